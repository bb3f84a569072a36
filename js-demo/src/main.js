// SPDX-License-Identifier: Apache-2.0
// @ts-check
// The demo page: loads the SDK and the example story, wires the panels to one store, and turns
// each valid edit of the story into the model the panels draw (all computed by the SDK).
import { load } from 'storydata';
import wasmUrl from 'storydata/storydata-core.wasm?url';
import exampleUrl from '../../schema/examples/south-korea-cyber-spying.story.json?url';
import { $ } from './dom.js';
import { createStore, related } from './store.js';
import { createArticle } from './article.js';
import { createNetwork } from './network.js';
import { createTimeline } from './timeline.js';
import { createTables } from './tables.js';
import { createFilters, runFilters } from './filters.js';
import { createEditor } from './editor.js';
import { readHash, syncHash } from './hash.js';
import { createEmbed, reportHeight } from './embed.js';
import './style.css';

/** @typedef {import('./store.js').State} State */

// Validation and the model are built in a worker; the main thread's instance of the SDK answers
// the queries of filters and cards. Both instantiate the one module compiled here.
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const status = $('#load-status');
worker.onerror = (event) => {
  status.textContent = `The validator could not start: ${event.message}`;
};
try {
  const [module, text] = await Promise.all([
    WebAssembly.compileStreaming(fetch(wasmUrl)),
    fetch(exampleUrl).then((r) => r.text()),
  ]);
  worker.postMessage({ module });
  const sdk = await load({ wasm: module });
  start(sdk, text);
} catch (error) {
  status.textContent = `The page could not start: ${/** @type {Error} */ (error).message}`;
  throw error;
}

/**
 * @param {import('storydata').Storydata} sdk
 * @param {string} text The example story.
 */
function start(sdk, text) {
  /** @type {(state: State, patch: Partial<State>) => State} */
  const derive = (state, patch) => {
    if (!state.model || !('model' in patch || 'selection' in patch || 'filters' in patch)) return state;
    const { matches, rows, error } = runFilters(sdk, state.model, state.filters);
    return {
      ...state,
      related: related(state.model, state.selection),
      matches,
      queryResult: { rows, error },
    };
  };
  const store = createStore(
    {
      sdk,
      model: null,
      text: '',
      diagnostics: [],
      valid: false,
      matches: null,
      related: related(null, null),
      queryResult: { rows: [], error: null },
      ...readHash(),
    },
    derive,
  );

  // The latest edit wins. Measured as "apply" (edit to redraw) for bench/demo_bench.mjs.
  let latest = 0;
  let started = 0;
  const apply = (text) => {
    started = performance.now();
    worker.postMessage({ id: ++latest, text });
    store.set({ text });
  };
  /** @type {Promise<void>} */
  const drawn = new Promise((resolve) => {
    worker.onmessage = ({ data }) => {
      if (data.id !== latest) return;
      const { text } = store.get();
      if (data.ok)
        store.set({ diagnostics: data.diagnostics, valid: true, model: { sdk, text, ...data.model } });
      else store.set({ diagnostics: data.diagnostics, valid: false });
      performance.measure('apply', { start: started });
      resolve();
    };
  });

  createArticle($('#article'), store);
  createNetwork($('#network'), store);
  createTimeline($('#timeline'), store);
  createTables($('#network-table'), $('#timeline-table'), store);
  // The certainties, least certain first, as the schema lists them.
  const schema = /** @type {{ $defs: { Certainty: { enum: import('storydata').Certainty[] } } }} */ (
    sdk.jsonSchema()
  );
  createFilters($('#filters'), store, schema.$defs.Certainty.enum);
  createEditor($('#editor'), store, apply);
  createEmbed($('#embed'), store);
  store.subscribe((state) => document.body.classList.toggle('is-stale', !state.valid));
  syncHash(store);
  reportHeight();
  addEventListener('beforeprint', () =>
    document.querySelectorAll('details').forEach((d) => {
      d.open = true;
    }),
  );

  apply(text);
  drawn.then(() => {
    status.textContent = '';
    document.documentElement.dataset.ready = 'true';
    performance.mark('graphics-drawn');
  });
}
