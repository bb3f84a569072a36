// SPDX-License-Identifier: Apache-2.0
// WebAssembly and native give the same answers: the golden files the native doctest suite checks
// (exact diagnostics of every invalid fixture, the JSON of every query of the example story) are
// checked here against the package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { exampleStory, loadCore, read, readBytes, repoPath, sd } from './support.mjs';

// The golden text format of tests/test_golden_fixtures.cpp.
const golden = (diagnostics) =>
  diagnostics
    .map(
      (d) =>
        `${d.severity} ${d.code} ${d.pointer || '""'} ${d.line}:${d.column} ${d.message}\n` +
        (d.hint ? `  hint: ${d.hint}\n` : ''),
    )
    .join('');

const fixtures = (folder) =>
  readdirSync(repoPath(folder))
    .filter((f) => f.endsWith('.json'))
    .sort();

test('every invalid fixture: the same diagnostics as natively', () => {
  const folder = 'tests/fixtures/invalid/';
  assert.ok(fixtures(folder).length >= 30);
  for (const fixture of fixtures(folder)) {
    // Bytes, not text: some fixtures are invalid UTF-8 on purpose.
    assert.equal(
      golden(sd.validate(readBytes(folder + fixture)).diagnostics),
      read(folder + fixture.replace(/\.json$/, '.expected')),
      fixture,
    );
  }
});

test('every valid fixture: no diagnostics, as natively', () => {
  const folder = 'tests/fixtures/valid/';
  for (const fixture of fixtures(folder))
    assert.deepEqual(sd.validate(readBytes(folder + fixture)).diagnostics, [], fixture);
});

test('every golden query: the same JSON as natively, byte for byte', async () => {
  const core = await loadCore();
  const queries = read('tests/fixtures/queries/example.queries').split('\n').filter(Boolean);
  const expected = read('tests/fixtures/queries/example.expected').split('\n').filter(Boolean);
  assert.equal(queries.length, expected.length);
  queries.forEach((q, i) => assert.equal(core.query(exampleStory, q).result, expected[i], q));
});
