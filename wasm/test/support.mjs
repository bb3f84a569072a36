// SPDX-License-Identifier: Apache-2.0
// Shared by the package's tests: the repository's files and one loaded module.
import { readFileSync } from 'node:fs';
import { load } from 'storydata';

const root = new URL('../../', import.meta.url);

export const repoPath = (path) => new URL(path, root);
export const read = (path) => readFileSync(repoPath(path), 'utf8');
export const exampleStory = read('schema/examples/south-korea-cyber-spying.story.json');
export const sd = await load();
export const readBytes = (path) => readFileSync(repoPath(path));

// The compiled module itself, under the package: for tests that need its raw answers.
export async function loadCore() {
  const { default: createCore } = await import('../dist/storydata-core.mjs');
  return createCore({ wasmBinary: readFileSync(new URL('../dist/storydata-core.wasm', import.meta.url)) });
}
