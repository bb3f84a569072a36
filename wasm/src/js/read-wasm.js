// SPDX-License-Identifier: Apache-2.0
// In browsers and workers the module fetches the .wasm itself (streaming compilation).
export async function readWasm() {
  return null;
}
