// SPDX-License-Identifier: Apache-2.0
// ESLint over the repository's JavaScript: the npm package (wasm/), the demo (js-demo/), the Node
// tests (tests/) and this file. Run by scripts/lint.sh. Layout is Prettier's (.prettierrc.json),
// so there are no style rules here: the recommended ones, and three that the code already keeps.
// An .mjs file, because the root package.json must not say "type": "module": the build trees
// below it hold Emscripten's CommonJS test runners (build/wasm/tests/storydata_tests.js).
import js from '@eslint/js';
import globals from 'globals';

const all = ['*.mjs', 'js-demo/**/*.{js,mjs}', 'wasm/**/*.{js,mjs}', 'tests/**/*.mjs'];
// Code that runs in a page or a worker: the demo and the package's bundler test page.
const browser = ['js-demo/src/**/*.js', 'js-demo/public/**/*.js', 'wasm/test/browser/page/{main,story}.js'];
const worker = ['js-demo/src/worker.js', 'wasm/test/browser/page/worker.js'];
// The package runs in Node, browsers and workers alike: it may use only what all of them have.
const universal = ['wasm/index.js', 'wasm/src/js/read-wasm.js'];
// Scripts that drive Chromium: their page.evaluate() and waitForFunction() callbacks run in the page.
const drivers = [
  'js-demo/test/page.test.mjs',
  'js-demo/bench/demo_bench.mjs',
  'tests/node/browser/*.test.mjs',
  'wasm/test/package.test.mjs',
];

export default [
  // bench/'s scripts are not in this change's scope (they are run by hand, bench/README.md).
  { ignores: ['**/node_modules/', '**/dist/', 'build/', 'build-*/', 'bench/'] },
  {
    files: all,
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      ...js.configs.recommended.rules,
      // Bindings are const unless reassigned, and never var: a `let` then tells the reader to
      // look for the reassignment.
      'prefer-const': 'error',
      'no-var': 'error',
      // === everywhere; the code has no `x == null` to make an exception for.
      eqeqeq: 'error',
    },
  },
  { files: all, ignores: [...browser, ...worker, ...universal], languageOptions: { globals: globals.node } },
  { files: browser, ignores: worker, languageOptions: { globals: globals.browser } },
  { files: worker, languageOptions: { globals: globals.worker } },
  { files: universal, languageOptions: { globals: globals['shared-node-browser'] } },
  { files: drivers, languageOptions: { globals: globals.browser } },
];
