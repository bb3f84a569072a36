// SPDX-License-Identifier: Apache-2.0
// The `storydata` package: the C++ SDK compiled to WebAssembly, as plain functions over plain
// data. Every call takes the story as text, bytes or an object and returns plain objects, so no
// C++ memory is ever left for JavaScript to free. Declarations: index.d.ts; guide: docs/js-api.md.
import createCore from './dist/storydata-core.mjs';

export class StoryError extends Error {
  constructor(diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    super(
      first
        ? `invalid story: ${first.code} ${first.pointer} ${first.line}:${first.column} ${first.message}`
        : 'invalid story',
    );
    this.name = 'StoryError';
    this.diagnostics = diagnostics;
  }
}

export class QueryError extends Error {
  constructor(message, column) {
    super(message);
    this.name = 'QueryError';
    this.column = column;
  }
}

export class LoadError extends Error {
  constructor(url, cause) {
    super(
      `cannot load the storydata WebAssembly module from ${url}: ${cause?.message ?? cause}` +
        ' (serve dist/storydata-core.wasm with the package, or pass load({ wasm }))',
      { cause },
    );
    this.name = 'LoadError';
    this.url = String(url);
  }
}

// The module's bytes from a file path or file: URL under Node. Through process.getBuiltinModule,
// so that browsers (a plain <script type="module"> too) and bundlers see no Node import.
async function readLocal(url) {
  const fs = globalThis.process?.getBuiltinModule?.('node:fs/promises');
  const href = String(url);
  if (!fs || !(href.startsWith('file:') || !href.includes('://'))) return null;
  return fs.readFile(href.startsWith('file:') ? new URL(href) : href);
}

// The compiled module, fetched here rather than by Emscripten 3.1.6's glue (which fetch()es file
// paths under Node and aborts on a failed fetch), so that every failure is a LoadError. Bundlers
// rewrite `new URL(..., import.meta.url)` to the asset they emit.
async function compile(url) {
  try {
    const bytes = await readLocal(url);
    if (bytes) return await WebAssembly.compile(bytes);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
    // Streaming compilation needs the application/wasm type, which some servers do not send.
    return await WebAssembly.compileStreaming(response.clone()).catch(async () =>
      WebAssembly.compile(await response.arrayBuffer()),
    );
  } catch (cause) {
    throw new LoadError(url, cause);
  }
}

async function coreOptions(wasm) {
  if (wasm instanceof ArrayBuffer || ArrayBuffer.isView(wasm)) return { wasmBinary: wasm };
  const module =
    wasm instanceof WebAssembly.Module
      ? wasm
      : await compile(wasm ?? new URL('./dist/storydata-core.wasm', import.meta.url));
  return {
    instantiateWasm: (imports, done) => {
      WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    },
  };
}

// Objects are sent as JSON text; strings and UTF-8 bytes as they are.
function text(input) {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input !== null && typeof input === 'object') return JSON.stringify(input);
  throw new TypeError('a story is JSON text, UTF-8 bytes (Uint8Array) or an object');
}

// A call that needs a valid story: its result, or a StoryError with the diagnostics.
function answer(reply) {
  if (reply.diagnostics) throw new StoryError(reply.diagnostics);
  return reply.result;
}

// A query's JSON result as an object, or a QueryError.
function rows(json) {
  const result = JSON.parse(json);
  if (result.error) throw new QueryError(result.error.message, result.error.column);
  return result;
}

/** A value of the query language: quoted, its backslashes and quotes escaped, so that any name
 * (with spaces, accents or quotes) is one value. */
export function queryValue(value) {
  return `'${String(value).replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

// "2014", "2014-11" or "2010/2015" as a time condition of the query language.
function during(time) {
  const [from, to] = String(time).split('/');
  return to === undefined
    ? `time = ${queryValue(from)}`
    : `time between ${queryValue(from)} and ${queryValue(to)}`;
}

function api(core) {
  const query = (input, q) => rows(answer(core.query(text(input), q)));
  return Object.freeze({
    version: core.sdkVersion(),
    schemaVersion: core.schemaVersion(),
    jsonSchema: () => JSON.parse(core.jsonSchema()),
    parse(input) {
      const { ok, story, diagnostics } = core.decode(text(input));
      return { ok, story: story === null ? null : JSON.parse(story), diagnostics };
    },
    validate: (input) => core.validate(text(input)),
    format(input) {
      const { ok, story, diagnostics } = core.decode(text(input));
      if (!ok) throw new StoryError(diagnostics);
      return story;
    },
    query,
    network: (input) => answer(core.network(text(input))),
    egoNetwork(input, actor, hops = 1) {
      const result = answer(core.egoNetwork(text(input), String(actor), hops));
      if (result.error) throw new QueryError(result.error, 1);
      return result;
    },
    path: (input, from, to) => query(input, `path from ${queryValue(from)} to ${queryValue(to)}`).rows,
    neighbours: (input, actor) => query(input, `neighbours of ${queryValue(actor)}`).rows,
    timeline(input, { during: time, involving = [] } = {}) {
      const conditions = [];
      if (time !== undefined) conditions.push(during(time));
      if (involving.length) conditions.push(`actor in (${involving.map(queryValue).join(', ')})`);
      return query(input, `timeline${conditions.length ? ` where ${conditions.join(' and ')}` : ''}`).rows;
    },
    provenance: (input, id) => query(input, `provenance of ${queryValue(id)}`).rows,
    highlights: (input) => answer(core.highlights(text(input))),
    formats: () => core.formats(),
    convert(input, { from = '', to }) {
      const result = core.convert(text(input), from, to);
      if (result.error) throw new TypeError(result.error);
      return result;
    },
  });
}

/** Loads the WebAssembly module; keep the returned object and reuse it. */
export async function load(options = {}) {
  return api(await createCore(await coreOptions(options.wasm)));
}
