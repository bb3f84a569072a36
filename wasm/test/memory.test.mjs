// SPDX-License-Identifier: Apache-2.0
// Calls leave nothing behind: the module's memory does not grow across 100,000 calls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exampleStory, loadCore } from './support.mjs';

const small = JSON.stringify({
  storydata: '1.0',
  id: 's',
  article: { headline: 'h', body: ['A met B.'] },
  actors: [{ id: 'a', kind: 'person', name: 'A', mentions: [{ paragraph: 0, start: 0, end: 1 }] }],
});

test('memory is flat across 100,000 calls', async () => {
  const core = await loadCore();
  const calls = [
    () => core.validate(small),
    () => core.decode(small),
    () => core.query(small, 'actors'),
    () => core.network(small),
    () => core.highlights(small),
    () => core.validate('{"broken'),
    () => core.query(small, 'events where agnt = a'),
    () => core.convert(small, 'story', 'story'),
  ];
  const run = (n) => {
    for (let i = 0; i < n; ++i) calls[i % calls.length]();
  };
  run(2_000); // warm up: the heap reaches its working size
  const before = core.HEAPU8.length;
  run(100_000);
  assert.equal(core.HEAPU8.length, before);
  // The example story through every story call, fewer times (each call decodes 60 KB).
  for (let i = 0; i < 200; ++i) {
    core.network(exampleStory);
    core.highlights(exampleStory);
    core.query(exampleStory, 'timeline');
  }
  const after = core.HEAPU8.length;
  for (let i = 0; i < 1_000; ++i) {
    core.network(exampleStory);
    core.highlights(exampleStory);
    core.query(exampleStory, 'timeline');
  }
  assert.equal(core.HEAPU8.length, after);
});
