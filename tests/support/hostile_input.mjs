// SPDX-License-Identifier: Apache-2.0
// The hostile inputs of the limit tests (docs/limits.md), shared by the command's tests
// (tests/node/cli/) and the package's (wasm/test/): a 100 MB story and one nested 100,000 deep.
export const hundredMB = 100_000_000;
export const deep = 100_000;
const prefix = '{"storydata": "1.0", "id": "s", "x-a": ';
export const huge = `${prefix}"${'a'.repeat(hundredMB - prefix.length - 3)}"}`;
export const nested = `${prefix}${'['.repeat(deep)}${']'.repeat(deep)}}`;
/** The column of the bracket at depth 129, past the limit of 128 (the root object is depth 1). */
export const pastTheLimit = prefix.length + 128;
