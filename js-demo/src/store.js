// The page's one state: the story shown, the selection and the filters. Panels subscribe and
// redraw from it, so selecting in one panel highlights in all of them. derive(state, patch) adds
// what follows from a change (what the selection touches, what the filters match).
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

/** A selection as written in the URL and in data attributes: "actor:nsa". */
export const selectionKey = (selection) => (selection ? `${selection.type}:${selection.id}` : '');

export function parseSelection(key) {
  const match = /^(actor|event|claim|relation):(.+)$/.exec(key ?? '');
  return match ? { type: match[1], id: match[2] } : null;
}

/**
 * What a selection touches, from the SDK's network edges: an actor's events and relations and the
 * actors at their other ends; an event's or relation's actors; a claim's speaker and subjects.
 */
export function related(model, selection) {
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
