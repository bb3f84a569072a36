// The demo page: loads the SDK and the example story, wires the panels to one store, and turns
// each valid edit of the story into the model the panels draw (all computed by the SDK).
import { load } from 'storydata';
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

const status = $('#load-status');
try {
  const [sdk, text] = await Promise.all([load(), fetch(exampleUrl).then((r) => r.text())]);
  start(sdk, text);
} catch (error) {
  status.textContent = `The page could not start: ${error.message}`;
  throw error;
}

function start(sdk, text) {
  const derive = (state, patch) => {
    if (!state.model || !('model' in patch || 'selection' in patch || 'filters' in patch)) return state;
    const { matches, rows, error } = runFilters(sdk, state.model, state.filters);
    return { ...state, related: related(state.model, state.selection), matches, queryResult: { rows, error } };
  };
  const store = createStore({
    sdk, model: null, text: '', diagnostics: [], valid: false, matches: null,
    related: related(null, null), queryResult: { rows: [], error: null }, ...readHash(),
  }, derive);

  /** Validates text in WebAssembly; a valid story becomes the model every panel draws. */
  // Measured as "apply" (validation to redraw) for bench/demo_bench.mjs.
  function apply(text) {
    const start = performance.now();
    const { ok, diagnostics } = sdk.validate(text);
    if (!ok) {
      store.set({ text, diagnostics, valid: false });
      return performance.measure('apply', { start });
    }
    const { story } = sdk.parse(text);
    const model = { sdk, text, story, network: sdk.network(text), highlights: sdk.highlights(text), timeline: sdk.timeline(text) };
    store.set({ text, diagnostics, valid: true, model });
    performance.measure('apply', { start });
  }

  createArticle($('#article'), store);
  createNetwork($('#network'), store);
  createTimeline($('#timeline'), store);
  createTables($('#network-table'), $('#timeline-table'), store);
  createFilters($('#filters'), store, sdk.jsonSchema().$defs.Certainty.enum);
  createEditor($('#editor'), store, apply);
  createEmbed($('#embed'), store);
  store.subscribe((state) => document.body.classList.toggle('is-stale', !state.valid));
  syncHash(store);
  reportHeight();
  addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => { d.open = true; }));

  apply(text);
  status.textContent = '';
  document.documentElement.dataset.ready = 'true';
  performance.mark('graphics-drawn');
}
