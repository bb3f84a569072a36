// SPDX-License-Identifier: Apache-2.0
// @ts-check
// Filters and the query box. Both are answered by the SDK's query API: the filters become a
// query in the query language, and a typed query is run as it is. What they match is kept as
// sets of ids per item type (null: everything passes), which every panel uses to dim the rest.
import { h, fill, words } from './dom.js';
import { queryValue } from 'storydata';

/**
 * Whether {type, id} passes the current filters and query.
 * @param {import('./store.js').Matches | null} matches
 * @param {import('./store.js').Ref} ref
 */
export const passes = (matches, ref) => !matches || !matches[ref.type] || matches[ref.type].has(ref.id);

/**
 * The query the filter controls stand for, or "" without filters.
 * @param {import('./store.js').Filters} filters
 */
export function filterQuery({ actor, kind, certainty }) {
  const conditions = [
    actor && `actor = ${queryValue(actor)}`,
    kind && `kind = ${kind}`,
    certainty && `certainty >= ${certainty}`,
  ].filter(Boolean);
  return conditions.length ? `events where ${conditions.join(' and ')}` : '';
}

/**
 * @param {import('storydata').QueryRow[]} rows
 * @param {import('./store.js').Model} model
 * @returns {import('./store.js').Matches}
 */
function idsOf(rows, model) {
  const isEvent = new Set((model.story.events ?? []).map((e) => e.id));
  const sets = { actor: null, event: null, relation: null, claim: null };
  const add = (type, id) => (sets[type] ??= new Set()).add(id);
  for (const row of rows) {
    if (row.type === 'event' || row.type === 'timeline') add('event', row.id);
    else if (row.type === 'step') {
      add('actor', row.actor);
      if (row.via) add(isEvent.has(/** @type {string} */ (row.via)) ? 'event' : 'relation', row.via);
    } else if (row.type === 'actor' || row.type === 'claim' || row.type === 'relation') add(row.type, row.id);
  }
  return sets;
}

/**
 * Narrows each set of a by b (null means no restriction).
 * @param {import('./store.js').Matches | null} a
 * @param {import('./store.js').Matches} b
 * @returns {import('./store.js').Matches}
 */
function intersect(a, b) {
  if (!a) return b;
  const out = {};
  for (const type of Object.keys(a))
    out[type] = !a[type]
      ? b[type]
      : !b[type]
        ? a[type]
        : new Set([...a[type]].filter((id) => b[type].has(id)));
  return out;
}

/**
 * Runs the filters and the query on the story: {matches, rows, error}. Matched events and relations
 * bring in their actors (from the SDK's network edges), so the network shows who takes part.
 * @param {import('storydata').Storydata} sdk
 * @param {import('./store.js').Model} model
 * @param {import('./store.js').Filters} filters
 * @returns {{ matches: import('./store.js').Matches | null } & import('./store.js').State['queryResult']}
 */
export function runFilters(sdk, model, filters) {
  let matches = null;
  let rows = [];
  let error = null;
  const filter = filterQuery(filters);
  if (filter) {
    const ids = (rows) => rows.flatMap((r) => ('id' in r ? [r.id] : []));
    const events = new Set(ids(sdk.query(model.text, filter).rows));
    const relationQuery = filters.kind
      ? null
      : `relations${filters.actor || filters.certainty ? ' where ' : ''}${[filters.actor && `actor = ${queryValue(filters.actor)}`, filters.certainty && `certainty >= ${filters.certainty}`].filter(Boolean).join(' and ')}`;
    const relations = new Set(relationQuery ? ids(sdk.query(model.text, relationQuery).rows) : []);
    matches = { event: events, relation: relations, actor: null, claim: null };
  }
  if (filters.query.trim()) {
    try {
      const result = sdk.query(model.text, filters.query);
      rows = result.rows;
      matches = intersect(matches, idsOf(rows, model));
    } catch (thrown) {
      const queryError = /** @type {import('storydata').QueryError} */ (thrown);
      if (queryError.name !== 'QueryError') throw thrown;
      error = { message: queryError.message, column: queryError.column };
    }
  }
  if (matches && !matches.actor && (matches.event || matches.relation)) {
    matches.actor = new Set(filters.actor ? [filters.actor] : []);
    for (const edge of model.network.edges)
      if (matches[edge.source]?.has(edge.via)) matches.actor.add(edge.from).add(edge.to);
  }
  return { matches, rows, error };
}

const field = (label, control) => h('label', { class: 'field' }, h('span', {}, label), control);

/**
 * The filter form; sets the store's filters, {actor, kind, certainty, query}.
 * @param {import('./store.js').Store} store
 * @param {import('storydata').Certainty[]} certainties
 */
export function createFilters(root, store, certainties) {
  const actor = h('select', { name: 'actor' });
  const kind = h('select', { name: 'kind' });
  const certainty = h(
    'select',
    { name: 'certainty' },
    h('option', { value: '' }, 'any'),
    certainties.map((c) => h('option', { value: c }, `${c} or firmer`)),
  );
  const query = h('input', {
    name: 'query',
    type: 'text',
    spellcheck: 'false',
    autocomplete: 'off',
    placeholder: 'events where target = us',
    'aria-describedby': 'query-status',
  });
  const status = h('p', { id: 'query-status', class: 'query-status', 'aria-live': 'polite' });
  const results = h('div', { class: 'query-results' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filters and query' },
    field('Actor', actor),
    field('Event kind', kind),
    field('Certainty', certainty),
    h(
      'div',
      { class: 'query-row' },
      field('Query', query),
      h('button', { type: 'submit' }, 'Run'),
      h('button', { type: 'reset' }, 'Clear'),
    ),
  );
  root.append(form, status, results);

  const read = () => ({
    actor: actor.value,
    kind: kind.value,
    certainty: certainty.value,
    query: query.value,
  });
  for (const select of [actor, kind, certainty])
    select.addEventListener('change', () => store.set({ filters: read() }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    store.set({ filters: read() });
  });
  form.addEventListener('reset', () => setTimeout(() => store.set({ filters: read() })));

  /** @param {import('./store.js').Model} model */
  function options(model) {
    const nodes = [...model.network.nodes].sort((a, b) => a.name.localeCompare(b.name));
    fill(
      actor,
      h('option', { value: '' }, 'any'),
      nodes.map((n) => h('option', { value: n.id }, n.name)),
    );
    const kinds = [...new Set((model.story.events ?? []).map((e) => e.kind))];
    fill(
      kind,
      h('option', { value: '' }, 'any'),
      kinds.map((k) => h('option', { value: k }, words(k))),
    );
  }

  store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.model !== previous.model) options(state.model);
    const f = state.filters;
    actor.value = f.actor;
    kind.value = f.kind;
    certainty.value = f.certainty;
    if (document.activeElement !== query) query.value = f.query;
    const { error, rows } = state.queryResult;
    if (error) {
      fill(
        status,
        `${error.message} (column ${error.column})`,
        h('br'),
        h('code', { class: 'caret' }, `${f.query}\n${' '.repeat(Math.max(0, error.column - 1))}^`),
      );
      status.classList.add('is-error');
    } else {
      status.classList.remove('is-error');
      fill(status, f.query.trim() ? `${rows.length} ${rows.length === 1 ? 'row' : 'rows'}` : '');
    }
    fill(results, rows.length ? table(rows) : null);
  });
}

const cell = (value) =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' ? Object.values(v).join('/') : v)).join(', ')
    : value === null || value === undefined
      ? ''
      : String(value);

/** @param {import('storydata').QueryRow[]} rows */
function table(rows) {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter(
    (c) => c !== 'type' && c !== 'story',
  );
  return h(
    'table',
    {},
    h('caption', {}, 'Query result'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          {},
          columns.map((c) => h('td', {}, cell(r[c]))),
        ),
      ),
    ),
  );
}
