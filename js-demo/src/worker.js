// SPDX-License-Identifier: Apache-2.0
// @ts-check
// Validation off the main thread: each SDK call reads and validates the whole story, so checking an
// edit and building what the panels draw (network, highlights, timeline) takes several passes;
// here they do not block typing. The page sends the compiled module first, then texts; replies
// carry the request's id so stale answers can be dropped.
import { load } from 'storydata';

/** @type {Promise<import('storydata').Storydata>} */
let ready;

onmessage = async ({ data: { module, id, text } }) => {
  if (module) {
    ready = load({ wasm: module });
    return;
  }
  const sdk = await ready;
  const { ok, diagnostics } = sdk.validate(text);
  const model = ok
    ? {
        story: sdk.parse(text).story,
        network: sdk.network(text),
        highlights: sdk.highlights(text),
        timeline: sdk.timeline(text),
      }
    : null;
  postMessage({ id, ok, diagnostics, model });
};
