// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The timeline from the SDK's timeline(): each event on a time axis between the first and last
// day it may cover. A day is a dot, a span a bar, an open end fades out, an approximate time is
// drawn fuzzy, and a time with no days ("December") is listed by its label beside the axis.
// Events share one tab stop; arrow keys move through them in timeline order.
import { roving } from './roving.js';
import { h, fill, $$, words } from './dom.js';
import { passes } from './filters.js';

const width = 640;
const gutter = 210;
const lane = 24;
const day = (iso) => (iso ? Date.parse(`${iso}T00:00:00Z`) : null);
const year = (t) => new Date(t).getUTCFullYear();
const kindColour = (kinds, kind) => `var(--kind-${kinds.indexOf(kind) % 8})`;

function short(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** @param {import('./store.js').Store} store */
export function createTimeline(root, store) {
  const chart = h('div', { class: 'timeline-chart' });
  const undated = h('div', { class: 'timeline-undated' });
  const legend = h('ul', { class: 'legend timeline-legend', 'aria-label': 'Event kinds' });
  root.append(chart, undated, legend);
  const keyboard = roving(root, '.tl-item', {
    select: (item) => store.set({ selection: { type: 'event', id: item.dataset.id } }),
    clear: () => store.set({ selection: null }),
  });

  /** @param {import('./store.js').Model} model */
  function render(model) {
    const rows = model.timeline;
    const kinds = [...new Set(rows.map((r) => r.kind))];
    const dated = rows.filter((r) => r.first || r.last);
    const days = dated.flatMap((r) => [day(r.first), day(r.last)]).filter((d) => d !== null);
    if (!days.length) days.push(Date.now());
    const published = day(model.story.article.published?.slice(0, 10));
    const [from, to] = [
      Date.UTC(year(Math.min(...days)), 0, 1),
      Date.UTC(year(Math.max(...days, published ?? -Infinity)) + 1, 0, 1),
    ];
    const x = (t) => gutter + ((t - from) / (to - from || 1)) * (width - gutter - 12);
    const height = dated.length * lane + 30;
    const ticks = [];
    for (let y = year(from); y <= year(to); y++) {
      const tx = x(Date.UTC(y, 0, 1));
      ticks.push(
        h('svg:line', { x1: tx, x2: tx, y1: 0, y2: height - 22, class: 'tick' }),
        h('svg:text', { x: tx, y: height - 8, 'text-anchor': 'middle', class: 'tick-label' }, y),
      );
    }
    const items = dated.map((row, i) => {
      const [a, b] = [day(row.first), day(row.last)];
      const y = i * lane + 12;
      const colour = kindColour(kinds, row.kind);
      const x1 = a === null ? gutter : x(a);
      const x2 = b === null ? width - 12 : x(b + 86400000);
      const open = a === null ? 'open-start' : b === null ? 'open-end' : '';
      const mark =
        x2 - x1 < 6
          ? h('svg:circle', { cx: x1, cy: y, r: 5, fill: colour, class: 'mark' })
          : h('svg:rect', {
              x: x1,
              y: y - 5,
              width: x2 - x1,
              height: 10,
              rx: 3,
              fill: colour,
              class: `mark ${open}`,
              mask: open ? `url(#fade-${open})` : null,
            });
      return h(
        'svg:g',
        {
          class: `tl-item${row.approximate ? ' approximate' : ''}`,
          'data-id': row.id,
          tabindex: -1,
          role: 'button',
          'aria-label': `${row.time}: ${row.summary} (${words(row.kind)}${row.approximate ? ', approximate' : ''})`,
        },
        h('svg:title', {}, `${row.time} — ${row.summary}`),
        h('svg:text', { x: 4, y: y + 4, class: 'tl-label' }, short(`${row.time} · ${row.summary}`, 34)),
        mark,
      );
    });
    const fade = (id, x1, x2) =>
      h(
        'svg:linearGradient',
        { id: `g-${id}`, x1, x2, y1: 0, y2: 0 },
        h('svg:stop', { offset: 0, 'stop-color': 'white', 'stop-opacity': 1 }),
        h('svg:stop', { offset: 1, 'stop-color': 'white', 'stop-opacity': 0.1 }),
      );
    fill(
      chart,
      h(
        'svg:svg',
        {
          viewBox: `0 0 ${width} ${height}`,
          class: 'timeline-svg',
          role: 'group',
          'aria-label': 'Timeline of dated events: arrow keys move, Enter selects, Escape clears',
        },
        h(
          'svg:defs',
          {},
          fade('open-end', 0.4, 1),
          fade('open-start', 0.6, 0),
          ['open-end', 'open-start'].map((id) =>
            h(
              'svg:mask',
              { id: `fade-${id}`, maskContentUnits: 'objectBoundingBox' },
              h('svg:rect', { width: 1, height: 1, fill: `url(#g-${id})` }),
            ),
          ),
        ),
        ticks,
        items,
      ),
    );
    const vague = rows.filter((r) => !r.first && !r.last);
    fill(
      undated,
      vague.length
        ? [
            h('h3', {}, 'Without dates on the axis'),
            h(
              'div',
              {},
              vague.map((row) =>
                h(
                  'div',
                  {
                    class: 'tl-item approximate',
                    'data-id': row.id,
                    tabindex: -1,
                    role: 'button',
                    'aria-label': `${row.time}: ${row.summary} (${words(row.kind)})`,
                  },
                  h('span', { class: 'chip', 'data-kind': kinds.indexOf(row.kind) % 8 }, row.time),
                  ' ',
                  row.summary,
                ),
              ),
            ),
          ]
        : null,
    );
    fill(
      legend,
      kinds.map((k, i) =>
        h('li', {}, h('span', { class: 'chip', 'data-kind': i % 8, 'aria-hidden': 'true' }, ' '), words(k)),
      ),
    );
    keyboard.restore((item) => item.dataset.id);
  }

  store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.model !== previous.model) render(state.model);
    for (const item of $$('.tl-item', root)) {
      const id = item.dataset.id;
      item.classList.toggle('is-selected', state.selection?.type === 'event' && state.selection.id === id);
      item.classList.toggle('is-related', state.related.event.has(id));
      item.classList.toggle('is-dimmed', !passes(state.matches, { type: 'event', id }));
    }
  });
}
