// SPDX-License-Identifier: Apache-2.0
// Under Node: the .wasm bytes from a file path or file: URL (Emscripten 3.1.6 cannot fetch them).
import { readFile } from 'node:fs/promises';

export async function readWasm(url) {
  const href = String(url);
  return href.startsWith('file:') || !href.includes('://') ? readFile(url) : null;
}
