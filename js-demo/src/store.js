// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The page's one state: the story shown, the selection and the filters. Panels subscribe and
// redraw from it, so selecting in one panel highlights in all of them. derive(state, patch) adds
// what follows from a change (what the selection touches, what the filters match).

/**
 * What the panels draw: the story and what the SDK builds from it (worker.js), with the text and
 * the SDK that answer the queries of filters and cards.
 * @typedef {object} Model
 * @property {import('storydata').Storydata} sdk
 * @property {string} text
 * @property {import('storydata').Story} story
 * @property {import('storydata').Network} network
 * @property {import('storydata').Highlight[]} highlights
 * @property {import('storydata').TimelineRow[]} timeline
 */
/** @typedef {'actor' | 'event' | 'claim' | 'relation'} ItemType */
/**
 * An item of the story, as selected: {type: 'actor', id: 'nsa'}.
 * @typedef {{ type: ItemType, id: string }} Ref
 */
/**
 * Ids per item type; a type without a set is not restricted.
 * @typedef {Partial<Record<ItemType, Set<string> | null>>} Matches
 */
/** @typedef {{ actor: string, kind: string, certainty: string, query: string }} Filters */
/**
 * @typedef {object} State
 * @property {import('storydata').Storydata} sdk
 * @property {Model | null} model The last valid story's: the panels keep it while the text has errors.
 * @property {string} text
 * @property {import('storydata').Diagnostic[]} diagnostics
 * @property {boolean} valid
 * @property {Ref | null} selection
 * @property {Filters} filters
 * @property {Record<ItemType, Set<string>>} related
 * @property {Matches | null} matches Null: everything passes.
 * @property {{ rows: import('storydata').QueryRow[], error: QueryProblem | null }} queryResult
 */
/** @typedef {{ message: string, column: number }} QueryProblem */
/**
 * @typedef {object} Store
 * @property {() => State} get
 * @property {(patch: Partial<State>) => void} set
 * @property {(listener: (state: State, previous: State) => void) => void} subscribe
 */

/**
 * @param {State} initial
 * @param {(state: State, patch: Partial<State>) => State} [derive]
 * @returns {Store}
 */
export function createStore(initial, derive = (state) => state) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    set(patch) {
      const previous = state;
      state = derive({ ...state, ...patch }, patch);
      for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
    },
  };
}

/**
 * A selection as written in the URL and in data attributes: "actor:nsa".
 * @param {Ref | null} selection
 */
export const selectionKey = (selection) => (selection ? `${selection.type}:${selection.id}` : '');

/**
 * @param {string | null} key
 * @returns {Ref | null}
 */
export function parseSelection(key) {
  const match = /^(actor|event|claim|relation):(.+)$/.exec(key ?? '');
  return match ? { type: /** @type {ItemType} */ (match[1]), id: match[2] } : null;
}

/**
 * What a selection touches, from the SDK's network edges: an actor's events and relations and the
 * actors at their other ends; an event's or relation's actors; a claim's speaker and subjects.
 * @param {Model | null} model
 * @param {Ref | null} selection
 * @returns {State['related']}
 */
export function related(model, selection) {
  /** @type {State['related']} */
  const out = { actor: new Set(), event: new Set(), relation: new Set(), claim: new Set() };
  if (!model || !selection) return out;
  out[selection.type]?.add(selection.id);
  for (const edge of model.network.edges) {
    const touches =
      selection.type === 'actor'
        ? edge.from === selection.id || edge.to === selection.id
        : edge.via === selection.id;
    if (!touches) continue;
    out[edge.source].add(edge.via);
    out.actor.add(edge.from).add(edge.to);
  }
  if (selection.type === 'claim') {
    const claim = model.story.claims?.find((c) => c.id === selection.id);
    for (const id of [claim?.speaker, ...(claim?.about_actors ?? [])]) if (id) out.actor.add(id);
    for (const id of claim?.about_events ?? []) out.event.add(id);
  }
  return out;
}
