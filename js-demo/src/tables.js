// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The network and the timeline as tables: the same data for screen readers, for print and for
// anyone who prefers reading to looking. Each row's button selects like the graphics do.
import { h, fill, $$, words } from './dom.js';
import { selectionKey } from './store.js';
import { edgeVerb } from './vocab.js';

const pick = (ref, label) =>
  h('button', { type: 'button', class: 'link', 'data-ref': selectionKey(ref) }, label);

/** @param {import('./store.js').Store} store */
export function createTables(networkRoot, timelineRoot, store) {
  /** @param {import('./store.js').Model} model */
  function render(model) {
    const names = new Map(model.network.nodes.map((n) => [n.id, n.name]));
    fill(
      networkRoot,
      h(
        'table',
        {},
        h('caption', {}, `${model.network.nodes.length} actors, ${model.network.edges.length} connections`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['From', 'Connection', 'To', 'Certainty', 'Because of'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          model.network.edges.map((e) =>
            h(
              'tr',
              { 'data-refs': `actor:${e.from} actor:${e.to} ${e.source}:${e.via}` },
              h('td', {}, pick({ type: 'actor', id: e.from }, names.get(e.from))),
              h('td', {}, edgeVerb(e)),
              h('td', {}, pick({ type: 'actor', id: e.to }, names.get(e.to))),
              h('td', {}, e.certainty),
              h('td', {}, pick({ type: e.source, id: e.via }, `${e.source} ${e.via}`)),
            ),
          ),
        ),
      ),
    );
    fill(
      timelineRoot,
      h(
        'table',
        {},
        h('caption', {}, `${model.timeline.length} events with a time, in timeline order`),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['When', 'First day', 'Last day', 'Kind', 'Event'].map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          model.timeline.map((r) =>
            h(
              'tr',
              { 'data-refs': `event:${r.id}` },
              h('td', {}, r.time, r.approximate ? ' (approximate)' : ''),
              h('td', {}, r.first ?? 'open'),
              h('td', {}, r.last ?? 'open'),
              h('td', {}, words(r.kind)),
              h('td', {}, pick({ type: 'event', id: r.id }, r.summary)),
            ),
          ),
        ),
      ),
    );
  }

  for (const root of [networkRoot, timelineRoot]) {
    root.addEventListener('click', (event) => {
      const button = event.target.closest('button[data-ref]');
      if (!button) return;
      const key = button.dataset.ref;
      const at = key.indexOf(':');
      store.set({ selection: { type: key.slice(0, at), id: key.slice(at + 1) } });
    });
  }

  store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.model !== previous.model) render(state.model);
    const key = selectionKey(state.selection);
    for (const row of [networkRoot, timelineRoot].flatMap((root) => $$('tr[data-refs]', root)))
      row.classList.toggle('is-selected', Boolean(key) && row.dataset.refs.split(' ').includes(key));
  });
}
