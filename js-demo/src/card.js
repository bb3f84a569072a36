// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The card shown for a mention: what the story says about an actor, event, claim or relation,
// with its attribution and certainty. Times and roles come from the SDK's query rows.
import { queryValue } from 'storydata';
import { h, words } from './dom.js';

// Each SDK call reads the whole story again, so a card's query is asked once per story version.
const answers = new WeakMap();
/**
 * The rows of an `events` query.
 * @param {import('./store.js').Model} model
 * @param {string} query
 * @returns {import('storydata').EventRow[]}
 */
function eventRows(model, query) {
  if (!answers.has(model)) answers.set(model, new Map());
  const cache = answers.get(model);
  if (!cache.has(query)) cache.set(query, model.sdk.query(model.text, query).rows);
  return cache.get(query);
}

const name = (story, id) =>
  story.actors?.find((a) => a.id === id)?.name ?? story.sources?.find((s) => s.id === id)?.title ?? id;

function attribution(story, item) {
  const a = item.attribution ?? {};
  return [
    h('dt', {}, 'Certainty'),
    h('dd', {}, a.certainty ?? 'stated'),
    a.according_to?.length && [
      h('dt', {}, 'According to'),
      h('dd', {}, a.according_to.map((id) => name(story, id)).join(', ')),
    ],
    a.wording && [h('dt', {}, 'Wording'), h('dd', {}, `“${a.wording}”`)],
  ];
}

function actorCard(model, actor) {
  const roles = eventRows(model, `events where actor = ${queryValue(actor.id)}`).map((row) => {
    const role = row.participants
      .filter((p) => p.actor === actor.id)
      .map((p) => p.role)
      .join(', ');
    return h('li', {}, `${role} in `, h('q', {}, row.summary));
  });
  return [
    h('p', { class: 'card-title' }, actor.name, h('span', { class: 'card-kind' }, words(actor.kind))),
    h(
      'dl',
      {},
      actor.aliases?.length && [h('dt', {}, 'Also called'), h('dd', {}, actor.aliases.join(', '))],
      actor.description && [h('dt', {}, 'Who'), h('dd', {}, actor.description)],
    ),
    roles.length ? [h('p', { class: 'card-sub' }, 'Role in events'), h('ul', {}, roles)] : null,
  ];
}

function eventCard(model, event) {
  const [row] = eventRows(model, `events where id = ${queryValue(event.id)}`);
  return [
    h(
      'p',
      { class: 'card-title' },
      event.summary ?? event.id,
      h('span', { class: 'card-kind' }, words(event.kind)),
    ),
    h(
      'dl',
      {},
      row?.time && [h('dt', {}, 'When'), h('dd', {}, row.time)],
      event.status && [h('dt', {}, 'Status'), h('dd', {}, event.status)],
      h('dt', {}, 'Who'),
      h(
        'dd',
        {},
        (event.participants ?? []).map((p) => `${name(model.story, p.actor)} (${p.role})`).join(', '),
      ),
      attribution(model.story, event),
    ),
  ];
}

function claimCard(model, claim) {
  return [
    h(
      'p',
      { class: 'card-title' },
      claim.quote ? h('q', {}, claim.text) : claim.text,
      h('span', { class: 'card-kind' }, claim.quote ? 'quote' : 'claim'),
    ),
    h(
      'dl',
      {},
      h('dt', {}, 'Speaker'),
      h('dd', {}, name(model.story, claim.speaker)),
      attribution(model.story, claim),
    ),
  ];
}

function relationCard(model, relation) {
  return [
    h(
      'p',
      { class: 'card-title' },
      `${name(model.story, relation.subject)} — ${words(relation.kind)} — ${name(model.story, relation.object)}`,
      h('span', { class: 'card-kind' }, 'relation'),
    ),
    h(
      'dl',
      {},
      relation.label && [h('dt', {}, 'In the text'), h('dd', {}, relation.label)],
      attribution(model.story, relation),
    ),
  ];
}

/**
 * Per item type, the story's list of such items and the card for one.
 * @typedef {'actors' | 'events' | 'claims' | 'relations'} ListName
 * @typedef {(model: import('./store.js').Model, item: any) => unknown[]} Card
 * @type {Record<import('./store.js').ItemType, [ListName, Card]>}
 */
const cards = {
  actor: ['actors', actorCard],
  event: ['events', eventCard],
  claim: ['claims', claimCard],
  relation: ['relations', relationCard],
};

/**
 * The card's content for {type, id}, or null when the story has no such item.
 * @param {import('./store.js').Model} model
 * @param {import('./store.js').Ref} ref
 */
export function describe(model, ref) {
  const [list, card] = cards[ref.type] ?? [];
  const item = model.story[list]?.find((i) => i.id === ref.id);
  return item ? h('section', { class: `card-part card-${ref.type}` }, card(model, item)) : null;
}
