// SPDX-License-Identifier: Apache-2.0
// A front-end developer's code against the generated declarations; compiled with
// `tsc --noEmit --strict` by typescript.test.mjs.
import type { Actor, Certainty, Event, Story } from '../../../wasm/types/story';

const seoul: Actor = {
  id: 'south-korea',
  kind: 'country',
  name: 'South Korea',
  aliases: ['Seoul'],
  identifiers: { wikidata: 'Q884' },
  mentions: [{ paragraph: 0, start: 0, end: 11, text: 'South Korea' }],
  'x-desk': { owner: 'asia' },
};

const spying: Event = {
  id: 'sk-spies',
  kind: 'espionage',
  summary: 'South Korea spied on the US.',
  participants: [{ actor: 'south-korea', role: 'agent' }, { actor: 'united-states', role: 'target' }],
  time: { start: '2014', approximate: true, label: 'in recent years' },
  attribution: { certainty: 'reported', according_to: ['nsa-document'] },
};

export const story: Story = {
  storydata: '1.0',
  id: 'typed',
  article: { headline: 'Typed', body: ['South Korea spied on the United States.'] },
  actors: [seoul],
  events: [spying],
};

export function atLeastReported(c: Certainty): boolean {
  const order: Certainty[] = ['denied', 'disputed', 'suspected', 'alleged', 'believed', 'reported', 'confirmed', 'stated'];
  return order.indexOf(c) >= order.indexOf('reported');
}

// @ts-expect-error: "persn" is not an ActorKind
export const typo: Actor = { id: 'a', kind: 'persn', name: 'A' };
