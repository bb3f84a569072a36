#!/usr/bin/env node
// SPDX-License-Identifier: Apache-2.0
// `npx storydata`: the storydata command itself (sdk/cli), compiled to WebAssembly, reading and
// writing the real file system (Emscripten's NODERAWFS). Same options, output and exit codes as
// the native build; no compiler needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isatty } from 'node:tty';

const createCli = createRequire(import.meta.url)('../dist/storydata-cli.cjs');

await createCli({
  arguments: process.argv.slice(2),
  thisProgram: 'storydata',
  // Node 18+ has fetch(), which the 3.1.6 runtime would call on a file path.
  wasmBinary: readFileSync(new URL('../dist/storydata-cli.wasm', import.meta.url)),
  // The runtime starts with an environment of its own: the command reads NO_COLOR, TERM and
  // GITHUB_STEP_SUMMARY from the real one.
  preRun: [(cli) => Object.assign(cli.ENV, process.env)],
  // The runtime takes every standard stream for a terminal; only a real one is, so that colour
  // and progress follow the same rules as natively.
  onRuntimeInitialized() {
    for (const fd of [0, 1, 2]) this.FS.streams[fd].tty = isatty(fd);
  },
});
