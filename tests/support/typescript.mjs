// SPDX-License-Identifier: Apache-2.0
// How the tests type-check TypeScript users' code: `tsc --noEmit --strict` over one file, for
// ES2022. Only the arguments to node: tsc comes from the caller's own node_modules (tests/node/ and
// wasm/test/browser/ are separate npm projects), and each caller runs it its own way.
export function strictTscArgs(tsc, file, { module, moduleResolution }) {
  return [
    tsc,
    '--noEmit',
    '--strict',
    '--target',
    'es2022',
    '--module',
    module,
    '--moduleResolution',
    moduleResolution,
    file,
  ];
}
