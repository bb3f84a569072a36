// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The article with its spans marked: the SDK's highlights (UTF-16 offsets per text: the headline,
// the standfirst, each paragraph) cut each text into runs; a run covered by spans becomes a <mark> naming everything it mentions.
// Marks share one tab stop (arrow keys move between them); hover or focus shows a card.
import { roving } from './roving.js';
import { h, fill, $$ } from './dom.js';
import { describe } from './card.js';
import { selectionKey } from './store.js';
import { passes } from './filters.js';

const priority = { actor: 0, claim: 1, event: 2, relation: 3 };

/**
 * @param {string} text The headline, the standfirst or a paragraph.
 * @param {import('storydata').Highlight[]} spans Its spans.
 */
function runs(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.utf16Start, s.utf16End])])].sort(
    (a, b) => a - b,
  );
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const cover = spans
      .filter((s) => s.utf16Start <= from && s.utf16End >= to)
      .sort(
        (a, b) =>
          priority[a.type] - priority[b.type] || a.utf16End - a.utf16Start - (b.utf16End - b.utf16Start),
      );
    const key = cover.map((s) => `${s.type}:${s.id}`).join(' ');
    const last = out.at(-1);
    if (last && last.key === key) last.to = to;
    else out.push({ from, to, key, cover });
  }
  return out;
}

/** @param {import('./store.js').Store} store */
export function createArticle(root, store) {
  const body = h('div', { class: 'article-body' });
  const card = h('div', { class: 'card', id: 'mention-card', role: 'tooltip', hidden: true });
  root.append(body, card);
  const keyboard = roving(body, 'mark', {
    select: (mark) => store.set({ selection: refs(mark)[0] }),
    clear: () => {
      hide();
      store.set({ selection: null });
    },
  });

  /** @param {import('./store.js').Model} model */
  function render(model) {
    const { article } = model.story;
    const spans = Map.groupBy(model.highlights, (s) => `${s.part}:${s.paragraph}`);
    /** @param {string} text @param {string} key Its part and paragraph, as `spans` groups them. */
    const marked = (text, key) =>
      runs(text, spans.get(key) ?? []).map((run) => {
        const piece = text.slice(run.from, run.to);
        if (!run.cover.length) return piece;
        const types = [...new Set(run.cover.map((s) => s.type))];
        return h(
          'mark',
          {
            class: types.map((t) => `m-${t}`).join(' '),
            'data-refs': run.key,
            tabindex: -1,
            role: 'button',
            'aria-describedby': 'mention-card',
          },
          piece,
        );
      });
    fill(
      body,
      h('h2', { id: 'article-title' }, marked(article.headline, 'headline:0')),
      article.standfirst && h('p', { class: 'standfirst' }, marked(article.standfirst, 'standfirst:0')),
      (article.body ?? []).map((text, index) => h('p', {}, marked(text, `body:${index}`))),
    );
    keyboard.restore((mark) => mark.dataset.refs);
  }

  function refs(mark) {
    return mark.dataset.refs
      .split(' ')
      .map((key) => ({ type: key.slice(0, key.indexOf(':')), id: key.slice(key.indexOf(':') + 1) }));
  }

  function show(mark) {
    const { model } = store.get();
    fill(
      card,
      refs(mark)
        .slice(0, 3)
        .map((ref) => describe(model, ref)),
    );
    card.hidden = false;
    const box = mark.getBoundingClientRect();
    const top =
      box.bottom + 6 + card.offsetHeight > innerHeight ? box.top - card.offsetHeight - 6 : box.bottom + 6;
    card.style.left = `${Math.max(8, Math.min(box.left, innerWidth - card.offsetWidth - 8))}px`;
    card.style.top = `${Math.max(8, top)}px`;
  }
  const hide = () => {
    card.hidden = true;
  };

  body.addEventListener('mouseover', (event) => {
    const mark = event.target.closest('mark');
    if (mark) show(mark);
  });
  body.addEventListener('mouseout', (event) => {
    if (event.target.closest('mark') && document.activeElement !== event.target.closest('mark')) hide();
  });
  body.addEventListener('focusin', (event) => {
    if (event.target.matches('mark')) {
      keyboard.entered(event.target);
      show(event.target);
    }
  });
  body.addEventListener('focusout', hide);

  function mark(state) {
    const selected = selectionKey(state.selection);
    for (const element of $$('mark', body)) {
      const list = refs(element);
      element.classList.toggle(
        'is-selected',
        list.some((r) => selectionKey(r) === selected),
      );
      element.classList.toggle(
        'is-related',
        list.some((r) => state.related[r.type]?.has(r.id)),
      );
      element.classList.toggle('is-dimmed', !list.some((r) => passes(state.matches, r)));
    }
  }

  store.subscribe((state, previous) => {
    if (!state.model) return;
    if (state.model !== previous.model) render(state.model);
    mark(state);
  });
}
