// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The actor network from the SDK's network(): a force layout computed at once (no animation, so
// reduced motion needs nothing more), nodes by actor kind, typed directed edges styled by
// certainty, zoom and pan. Nodes share one tab stop; arrow keys move to the neighbour lying in
// that direction, Enter selects, Escape clears.
import {
  forceSimulation,
  forceLink,
  forceManyBody,
  forceCenter,
  forceCollide,
  forceX,
  forceY,
} from 'd3-force';
import { zoom, zoomIdentity } from 'd3-zoom';
import { select } from 'd3-selection';
import { roving } from './roving.js';
import { h, fill, $$, words } from './dom.js';
import { actorColour, actorShape, symbolPath, edgeVerb, edgeTone, certaintyStyles } from './vocab.js';
import { passes } from './filters.js';

const width = 640;
const height = 460;

/**
 * An actor of the network where the layout put it.
 * @typedef {import('storydata').NetworkNode & { x: number, y: number }} Placed
 */

/** @param {import('storydata').NetworkNode} node */
const radius = (node) => 6 + 2 * Math.sqrt(node.degree);

/**
 * @param {import('storydata').Network} network
 * @param {Map<string, Placed>} previous
 * @returns {Map<string, Placed>}
 */
function layout(network, previous) {
  // Actors already placed keep their place, so an edit does not reshuffle the picture.
  const nodes = network.nodes.map((n) => {
    const { x, y } = previous.get(n.id) ?? {};
    return x === undefined ? { ...n } : { ...n, x, y };
  });
  const pairs = new Map();
  for (const e of network.edges)
    pairs.set([e.from, e.to].sort().join('\n'), { source: e.from, target: e.to });
  forceSimulation(nodes)
    .force(
      'link',
      forceLink([...pairs.values()])
        .id((n) => n.id)
        .distance(90),
    )
    .force('charge', forceManyBody().strength(-450))
    .force(
      'collide',
      forceCollide((n) => radius(n) + 14),
    )
    .force('center', forceCenter(width / 2, height / 2))
    // A weak pull to the middle keeps actors without edges from drifting off.
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.08))
    .stop()
    .tick(previous.size ? 60 : 300);
  // The simulation has given every node its x and y.
  return new Map(nodes.map((n) => [n.id, /** @type {Placed} */ (n)]));
}

/** A view box around the nodes, with room for their names, in the panel's aspect ratio. */
function fit(nodes) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  let [x, y] = [Math.min(...xs) - 70, Math.min(...ys) - 30];
  let [w, h] = [Math.max(...xs) + 70 - x, Math.max(...ys) + 40 - y];
  if (w / h < width / height) [x, w] = [x - ((h * width) / height - w) / 2, (h * width) / height];
  else [y, h] = [y - ((w * height) / width - h) / 2, (w * height) / width];
  return `${x} ${y} ${w} ${h}`;
}

/**
 * Paths of the edges; parallel edges between two actors bend apart.
 * @param {import('storydata').NetworkEdge} edge
 * @param {number} index
 * @param {number} count
 * @param {Map<string, Placed>} positions
 */
function edgePath(edge, index, count, positions) {
  const a = positions.get(edge.from);
  const b = positions.get(edge.to);
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const length = Math.hypot(dx, dy) || 1;
  const bend = (index - (count - 1) / 2) * 18;
  const [mx, my] = [(a.x + b.x) / 2 - (dy / length) * bend, (a.y + b.y) / 2 + (dx / length) * bend];
  // Stop at the target's edge so the arrowhead shows.
  const r = radius(b) + 3;
  const [ex, ey] = [
    b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * r,
    b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * r,
  ];
  return `M${a.x},${a.y}Q${mx},${my} ${ex},${ey}`;
}

/** @param {import('./store.js').Store} store */
export function createNetwork(root, store) {
  const viewport = h('svg:g', { class: 'viewport' });
  const svg = h(
    'svg:svg',
    {
      viewBox: `0 0 ${width} ${height}`,
      class: 'network-svg',
      role: 'group',
      'aria-label': 'Actor network: arrow keys move between neighbours, Enter selects, Escape clears',
    },
    h(
      'svg:defs',
      {},
      ['firm', 'faint'].map((tone) =>
        h(
          'svg:marker',
          {
            id: `arrow-${tone}`,
            viewBox: '0 0 10 10',
            refX: 9,
            refY: 5,
            markerWidth: 7,
            markerHeight: 7,
            orient: 'auto-start-reverse',
          },
          h('svg:path', { d: 'M0,0L10,5L0,10Z', class: `arrow-${tone}` }),
        ),
      ),
    ),
    viewport,
  );
  const zoomer = zoom()
    .scaleExtent([0.3, 5])
    .on('zoom', (event) => viewport.setAttribute('transform', event.transform));
  select(svg).call(zoomer).on('dblclick.zoom', null);
  const zoomBy = (k) => select(svg).call(zoomer.scaleBy, k);
  const controls = h(
    'div',
    { class: 'zoom-controls' },
    h('button', { type: 'button', onclick: () => zoomBy(1.4), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', onclick: () => zoomBy(1 / 1.4), 'aria-label': 'Zoom out' }, '−'),
    h(
      'button',
      { type: 'button', onclick: () => select(svg).call(zoomer.transform, zoomIdentity) },
      'Reset view',
    ),
  );
  const legend = h('div', { class: 'legend', 'aria-label': 'Legend' });
  root.append(controls, svg, legend);

  let positions = new Map();
  let neighbours = new Map();
  const arrows = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
  const keyboard = roving(svg, '.node', {
    select: (node) => store.set({ selection: { type: 'actor', id: node.dataset.id } }),
    clear: () => store.set({ selection: null }),
    move(node, key) {
      if (!arrows[key]) return undefined;
      const target = next(node.dataset.id, arrows[key]);
      return target && svg.querySelector(`.node[data-id="${CSS.escape(target.id)}"]`);
    },
  });

  /** @param {import('./store.js').Model} model */
  function render(model) {
    positions = layout(model.network, positions);
    neighbours = new Map(model.network.nodes.map((n) => [n.id, new Set()]));
    const groups = Map.groupBy(model.network.edges, (e) => [e.from, e.to].sort().join('\n'));
    const edges = [...groups.values()].flatMap((list) =>
      list.map((edge, index) => {
        neighbours.get(edge.from)?.add(edge.to);
        neighbours.get(edge.to)?.add(edge.from);
        const label = `${positions.get(edge.from).name} ${edgeVerb(edge)} ${positions.get(edge.to).name} (${edge.certainty})`;
        return h(
          'svg:path',
          {
            class: `edge tone-${edgeTone(edge.kind)} cert-${certaintyStyles[edge.certainty] ?? 'firm'}`,
            d: edgePath(edge, index, list.length, positions),
            'data-via': edge.via,
            'data-source': edge.source,
            'data-from': edge.from,
            'data-to': edge.to,
            'data-verb': edgeVerb(edge),
            'marker-end': 'url(#arrow-firm)',
            'marker-start': edge.symmetric ? 'url(#arrow-firm)' : null,
          },
          h('svg:title', {}, label),
        );
      }),
    );
    const nodes = [...positions.values()].map((n) =>
      h(
        'svg:g',
        {
          class: 'node',
          transform: `translate(${n.x},${n.y})`,
          tabindex: -1,
          role: 'button',
          'data-id': n.id,
          'aria-label': `${n.name}, ${words(n.kind)}, ${n.degree} ${n.degree === 1 ? 'connection' : 'connections'}`,
        },
        h('svg:path', {
          d: symbolPath(actorShape(n.kind), radius(n)),
          fill: actorColour(n.kind),
          class: 'symbol',
        }),
        h('svg:text', { y: radius(n) + 13, 'text-anchor': 'middle' }, n.name),
      ),
    );
    svg.setAttribute('viewBox', fit([...positions.values()]));
    fill(
      viewport,
      h('svg:g', { class: 'edges' }, edges),
      h('svg:g', { class: 'edge-labels' }),
      h('svg:g', { class: 'nodes' }, nodes),
    );
    keyboard.restore((node) => node.dataset.id);
    renderLegend(model);
  }

  /** @param {import('./store.js').Model} model */
  function renderLegend(model) {
    const kinds = [...new Set(model.network.nodes.map((n) => n.kind))];
    const certainties = ['firm', 'reported', 'believed', 'alleged', 'contested'];
    const present = new Set(model.network.edges.map((e) => certaintyStyles[e.certainty]));
    const swatch = (d, colour) =>
      h(
        'svg:svg',
        { viewBox: '-10 -10 20 20', width: 16, height: 16, 'aria-hidden': 'true' },
        h('svg:path', { d, fill: colour }),
      );
    const line = (cls) =>
      h(
        'svg:svg',
        { viewBox: '0 0 36 10', width: 36, height: 10, 'aria-hidden': 'true' },
        h('svg:path', { d: 'M1,5H35', class: `edge ${cls}` }),
      );
    fill(
      legend,
      h(
        'ul',
        { 'aria-label': 'Actor kinds' },
        kinds.map((k) => h('li', {}, swatch(symbolPath(actorShape(k), 6), actorColour(k)), words(k))),
      ),
      h(
        'ul',
        { 'aria-label': 'Edge kinds' },
        ['hostile', 'friendly', 'structural', 'media', 'other'].map((t) =>
          h('li', {}, line(`tone-${t} cert-firm`), t),
        ),
      ),
      h(
        'ul',
        { 'aria-label': 'Certainty' },
        certainties
          .filter((c) => present.has(c))
          .map((c) =>
            h(
              'li',
              {},
              line(`tone-other cert-${c}`),
              {
                firm: 'stated, confirmed',
                reported: 'reported',
                believed: 'believed',
                alleged: 'alleged, suspected',
                contested: 'disputed, denied',
              }[c],
            ),
          ),
      ),
    );
  }

  /** The neighbour closest to the arrow's direction (within 90°), else any node that way. */
  function next(id, [dx, dy]) {
    const from = positions.get(id);
    const score = (n) => {
      const [vx, vy] = [n.x - from.x, n.y - from.y];
      const along = (vx * dx + vy * dy) / (Math.hypot(vx, vy) || 1);
      return along <= 0.01 ? Infinity : Math.hypot(vx, vy) * (2 - along);
    };
    const best = (ids) =>
      [...ids]
        .map((i) => positions.get(i))
        .filter((n) => n && n.id !== id)
        .reduce((a, n) => (score(n) < (a ? score(a) : Infinity) ? n : a), null);
    return best(neighbours.get(id) ?? []) ?? best(positions.keys());
  }

  // Nodes select through roving(); an edge selects the event or relation it comes from.
  svg.addEventListener('click', (event) => {
    const edge = event.target.closest('.edge');
    if (edge && !event.target.closest('.node'))
      store.set({ selection: { type: edge.dataset.source, id: edge.dataset.via } });
  });

  function mark(state) {
    const { selection, related, matches } = state;
    for (const node of $$('.node', svg)) {
      const id = node.dataset.id;
      node.classList.toggle('is-selected', selection?.type === 'actor' && selection.id === id);
      node.classList.toggle('is-related', related.actor.has(id));
      node.classList.toggle('is-dimmed', !passes(matches, { type: 'actor', id }));
      node.setAttribute('aria-pressed', String(selection?.type === 'actor' && selection.id === id));
    }
    const labels = [];
    for (const edge of $$('.edge', viewport)) {
      const on =
        related[edge.dataset.source].has(edge.dataset.via) &&
        (selection?.type !== 'actor' ||
          edge.dataset.from === selection.id ||
          edge.dataset.to === selection.id);
      edge.classList.toggle('is-related', on);
      edge.classList.toggle(
        'is-dimmed',
        !passes(matches, { type: edge.dataset.source, id: edge.dataset.via }),
      );
      edge.setAttribute('marker-end', on || !selection ? 'url(#arrow-firm)' : 'url(#arrow-faint)');
      if (on) {
        const point = edge.getPointAtLength(edge.getTotalLength() / 2);
        labels.push(
          h(
            'svg:text',
            { x: point.x, y: point.y - 3, 'text-anchor': 'middle', class: 'edge-label' },
            edge.dataset.verb,
          ),
        );
      }
    }
    svg.classList.toggle('has-selection', Boolean(selection));
    const layer = viewport.querySelector('.edge-labels');
    if (layer) fill(layer, labels);
  }

  store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.model !== previous.model) render(state.model);
    mark(state);
  });
}
