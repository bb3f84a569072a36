// SPDX-License-Identifier: Apache-2.0
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative URLs: the built page works from any folder, and inside an iframe.
  base: './',
  build: {
    outDir: 'dist',
    // Inlined data: URLs would break under the page's Content-Security-Policy.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  worker: { format: 'es' },
  // The example story lives in ../schema/examples.
  server: { fs: { allow: ['..'] } },
});
