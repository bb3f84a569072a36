// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The story's JSON in an editor, validated by the SDK as you type (debounced). Diagnostics are
// listed with line:column and move the caret there when clicked. Stories can be opened from a
// file or dropped on the page, and the edited story downloaded.
import { h, fill } from './dom.js';

const delay = 250;

/**
 * UTF-16 offset in text of a 1-based line and code-point column, as diagnostics give them.
 * @param {string} text
 * @param {number} line
 * @param {number} column
 */
export function offsetOf(text, line, column) {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  for (let c = 1; c < column && offset < text.length && text[offset] !== '\n'; c++)
    offset += text.codePointAt(offset) > 0xffff ? 2 : 1;
  return offset;
}

/**
 * @param {import('./store.js').Store} store
 * @param {(text: string) => void} apply Validates a text and, when valid, draws it.
 */
export function createEditor(root, store, apply) {
  const textarea = h('textarea', {
    id: 'story-json',
    spellcheck: 'false',
    autocomplete: 'off',
    wrap: 'off',
    'aria-describedby': 'editor-status',
  });
  const status = h('p', { id: 'editor-status', class: 'editor-status', role: 'status' });
  const list = h('ol', { class: 'diagnostics', 'aria-label': 'Problems' });
  const file = h('input', {
    type: 'file',
    accept: '.json,application/json',
    class: 'visually-hidden',
    id: 'story-file',
  });
  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('label', { for: 'story-file', class: 'button' }, 'Open a story…'),
    file,
    h('button', { type: 'button', onclick: download }, 'Download story'),
    h('span', { class: 'hint' }, 'or drop a .json file on the page'),
  );
  root.append(
    toolbar,
    h('label', { for: 'story-json', class: 'visually-hidden' }, 'Story JSON'),
    textarea,
    status,
    list,
  );

  let timer = 0;
  textarea.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => apply(textarea.value), delay);
  });

  async function open(blob) {
    const text = await blob.text();
    textarea.value = text;
    apply(text);
  }
  file.addEventListener('change', () => file.files[0] && open(file.files[0]));
  document.addEventListener('dragover', (event) => {
    // A drag event's dataTransfer is null only for one made by a script without one.
    if (![.../** @type {DataTransfer} */ (event.dataTransfer).types].includes('Files')) return;
    event.preventDefault();
    document.body.classList.add('is-dropping');
  });
  document.addEventListener('dragleave', (event) => {
    if (!event.relatedTarget) document.body.classList.remove('is-dropping');
  });
  document.addEventListener('drop', (event) => {
    document.body.classList.remove('is-dropping');
    const [dropped] = /** @type {DataTransfer} */ (event.dataTransfer).files;
    if (!dropped) return;
    event.preventDefault();
    open(dropped);
  });

  function download() {
    const { text, model } = store.get();
    const link = h('a', {
      href: URL.createObjectURL(new Blob([text], { type: 'application/json' })),
      download: `${model?.story.id ?? 'story'}.story.json`,
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** @param {import('storydata').Diagnostic} diagnostic */
  function reveal(diagnostic) {
    const at = offsetOf(textarea.value, diagnostic.line, diagnostic.column);
    textarea.focus();
    textarea.setSelectionRange(at, Math.min(at + 1, textarea.value.length));
    const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 18;
    textarea.scrollTop = Math.max(0, (diagnostic.line - 3) * lineHeight);
  }

  store.subscribe((state, previous) => {
    if (state.text !== textarea.value && state.text !== previous.text) textarea.value = state.text;
    if (state.diagnostics === previous.diagnostics) return;
    const count = (severity) => state.diagnostics.filter((d) => d.severity === severity).length;
    const [errors, warnings] = [count('error'), count('warning')];
    fill(
      status,
      state.valid
        ? `Valid story${warnings ? ` (${warnings} ${warnings === 1 ? 'warning' : 'warnings'})` : ''}.`
        : `${errors} ${errors === 1 ? 'error' : 'errors'}: the graphics show the last valid story.`,
    );
    status.className = `editor-status ${state.valid ? 'is-valid' : 'is-invalid'}`;
    fill(
      list,
      state.diagnostics.map((d) =>
        h(
          'li',
          { class: `diagnostic ${d.severity}` },
          h('button', { type: 'button', class: 'link', onclick: () => reveal(d) }, `${d.line}:${d.column}`),
          ` ${d.severity} ${d.code}: ${d.message}`,
          d.pointer && h('code', {}, ` ${d.pointer}`),
          d.hint && h('span', { class: 'diagnostic-hint' }, ` — ${d.hint}`),
        ),
      ),
    );
  });
}
