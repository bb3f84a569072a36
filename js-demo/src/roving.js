// SPDX-License-Identifier: Apache-2.0
// @ts-check
// Keyboard access to the items of a graphic (marks, timeline items, network nodes) as one tab
// stop: the WAI-ARIA "roving tabindex". Tab reaches the current item, arrows move, Enter or Space
// (or a click) selects, Escape clears. One home, so that every graphic behaves the same.
/** Moves through the items in document order: arrows step, Home and End go to the ends. */
function inOrder(items, item, key) {
  const index = items.indexOf(item);
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[key];
  if (step) return items[Math.max(0, Math.min(items.length - 1, index + step))];
  if (key === 'Home') return items[0];
  if (key === 'End') return items.at(-1);
  return undefined;
}

/**
 * @param {Element} root the graphic, which listens for clicks and keys
 * @param {string} selector what its items are
 * @param {object} actions
 * @param {(item: HTMLElement) => void} actions.select a click, Enter or Space on an item
 * @param {() => void} actions.clear Escape
 * @param {(item: HTMLElement, key: string) => HTMLElement | null | undefined} [actions.move]
 *   the item a key moves to (null: none that way; undefined: not a moving key); by default
 *   document order
 */
export function roving(root, selector, { select, clear, move }) {
  /** @type {HTMLElement | null} */
  let current = null;
  const items = () => /** @type {HTMLElement[]} */ ([...root.querySelectorAll(selector)]);

  /** @param {HTMLElement} item */
  function focus(item) {
    current?.setAttribute('tabindex', '-1');
    item.setAttribute('tabindex', '0');
    item.focus();
    current = item;
  }

  root.addEventListener('click', (event) => {
    const item = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest(selector));
    if (item) {
      focus(item);
      select(item);
    }
  });
  root.addEventListener('keydown', (event) => {
    const { key, target } = /** @type {KeyboardEvent} */ (event);
    const item = /** @type {HTMLElement | null} */ (/** @type {Element} */ (target).closest(selector));
    if (!item) return;
    const to = move ? move(item, key) : inOrder(items(), item, key);
    if (to !== undefined) {
      if (to) focus(to);
    } else if (key === 'Enter' || key === ' ') select(item);
    else if (key === 'Escape') clear();
    else return;
    event.preventDefault();
  });

  return {
    focus,
    /** @param {HTMLElement} item an item that got focus otherwise (by Tab) */
    entered(item) {
      current = item;
    },
    /**
     * After a render: the tab stop stays on the item of the same `key`, else the first.
     * @param {(item: HTMLElement) => string | undefined} key
     */
    restore(key) {
      const all = items();
      const was = current && key(current);
      current = all.find((n) => was !== undefined && key(n) === was) ?? all[0] ?? null;
      current?.setAttribute('tabindex', '0');
    },
  };
}
