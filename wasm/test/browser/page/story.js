// SPDX-License-Identifier: Apache-2.0
// A small story with one broken reference: both the page and the worker must find it.
export const story = {
  storydata: '1.0',
  id: 'vite',
  article: { headline: 'h', body: ['Seoul met 𝕏.'] },
  actors: [{ id: 'seoul', kind: 'location', name: 'Seoul', mentions: [{ paragraph: 0, start: 0, end: 5 }] }],
  events: [
    {
      id: 'meeting',
      kind: 'meeting',
      summary: 's',
      attribution: { certainty: 'stated' },
      participants: [{ actor: 'soul', role: 'agent' }],
    },
  ],
};

// What the test reads back: the codes found and the network's size.
export async function check(load) {
  const sd = await load();
  const { diagnostics } = sd.validate(story);
  const fixed = structuredClone(story);
  fixed.events[0].participants[0].actor = 'seoul';
  const { nodes } = sd.network(fixed);
  return `${sd.version} ${diagnostics.map((d) => d.code).join(',')} nodes=${nodes.length}`;
}
