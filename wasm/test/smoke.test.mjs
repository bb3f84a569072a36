// The WebAssembly module loads in Node 20 and round-trips the example story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const corePath = process.env.STORYDATA_CORE;
const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

// The factory is built for the web; under Node it is handed the .wasm bytes.
const { default: createCore } = await import(corePath);
const core = await createCore({ wasmBinary: readFileSync(corePath.replace(/\.mjs$/, '.wasm')) });

test('decodes and re-encodes the example story without loss', () => {
  const text = read('schema/examples/south-korea-cyber-spying.story.json');
  const result = core.decode(text);
  assert.deepEqual(result.diagnostics, []);
  assert.equal(result.ok, true);
  assert.deepEqual(JSON.parse(result.story), JSON.parse(text));
  assert.equal(core.decode(result.story).story, result.story);
});

test('reports diagnostics as plain objects', () => {
  const result = core.decode('{"storydata": "1.0", "id": "s", "article": {"headline": 1}}');
  assert.equal(result.ok, false);
  assert.equal(result.story, null);
  assert.deepEqual(result.diagnostics, [{
    severity: 'error', code: 'SD010', pointer: '/article/headline', line: 1, column: 57,
    message: 'expected a string, got a number', hint: '',
  }]);
});

test('validates with the semantic rules', () => {
  const clean = core.validate(read('schema/examples/south-korea-cyber-spying.story.json'));
  assert.deepEqual(clean, { ok: true, diagnostics: [] });
  const broken = core.validate(read('tests/fixtures/invalid/SD210-unresolved-reference.json'));
  assert.equal(broken.ok, false);
  assert.deepEqual(broken.diagnostics.map((d) => [d.code, d.pointer, d.line, d.column, d.hint]),
    [['SD210', '/events/0/participants/0/actor', 81, 20, 'did you mean `south-korea`?']]);
});

test('answers queries with the same JSON as the native SDK', () => {
  const story = read('schema/examples/south-korea-cyber-spying.story.json');
  const { result } = core.query(story, 'events where agent = south-korea and target = us');
  const rows = JSON.parse(result).rows;
  assert.deepEqual(rows.map((r) => r.id), ['sk-espionage-on-us']);
  const error = JSON.parse(core.query(story, 'events where agnt = nsa').result).error;
  assert.equal(error.column, 14);
});

test('serves the schema and versions', () => {
  assert.equal(core.jsonSchema(), read('schema/story.schema.json'));
  assert.equal(core.schemaVersion(), '1.0');
  assert.match(core.sdkVersion(), /^\d+\.\d+\.\d+$/);
});
