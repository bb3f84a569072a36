// SPDX-License-Identifier: Apache-2.0
// @ts-check
// Embedding: inside an iframe the page tells its parent its height (public/embed.js, on the host
// page, checks that the message comes from its own frame); the page shows the snippet to copy.
import { h, fill } from './dom.js';

export function reportHeight() {
  if (window.parent === window) return;
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'storydata-demo:height', height }, '*');
  }).observe(document.documentElement);
}

// The snippet is HTML for another page: story text in it must be escaped there.
const attribute = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** @param {import('./store.js').Store} store */
export function createEmbed(root, store) {
  const code = h('code', {});
  root.append(
    h(
      'p',
      {},
      'Paste this into a page to embed the demo with its current selection and filters; the frame takes the height of its content.',
    ),
    h('pre', {}, code),
    h(
      'button',
      { type: 'button', onclick: () => navigator.clipboard?.writeText(code.textContent) },
      'Copy the snippet',
    ),
  );
  const update = () => {
    const page = new URL(location.href);
    const script = new URL('embed.js', page.origin + page.pathname);
    fill(
      code,
      `<iframe src="${attribute(page.href)}" title="${attribute(`Story: ${store.get().model?.story.article.headline ?? ''}`)}" data-storydata-demo style="width:100%;border:0"></iframe>\n<script src="${attribute(script.href)}" async></script>`,
    );
  };
  store.subscribe(update);
}
