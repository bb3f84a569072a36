// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The URL hash holds the selection and the filters, so the address is a permalink to what is
// shown; it is the frame's own address, so the same link works as an iframe's src.
import { selectionKey, parseSelection } from './store.js';

const keys = { actor: 'actor', kind: 'kind', certainty: 'certainty', query: 'q' };

/** @returns {{ selection: import('./store.js').Ref | null, filters: import('./store.js').Filters }} */
export function readHash(hash = location.hash) {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters = /** @type {import('./store.js').Filters} */ (
    Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, params.get(key) ?? '']))
  );
  return { selection: parseSelection(params.get('select')), filters };
}

/** @param {import('./store.js').State} state */
export function writeHash(state) {
  const params = new URLSearchParams();
  if (state.selection) params.set('select', selectionKey(state.selection));
  for (const [field, key] of Object.entries(keys))
    if (state.filters[field]) params.set(key, state.filters[field]);
  const hash = params.size ? `#${params}` : '';
  if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
}

/** @param {import('./store.js').Store} store */
export function syncHash(store) {
  store.subscribe((state, previous) => {
    if (state.selection !== previous.selection || state.filters !== previous.filters) writeHash(state);
  });
  addEventListener('hashchange', () => store.set(readHash()));
}
