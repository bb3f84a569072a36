// SPDX-License-Identifier: Apache-2.0
// Workers as ES modules, so that they can import the package like the page does.
export default { worker: { format: 'es' }, build: { outDir: 'dist', emptyOutDir: true } };
