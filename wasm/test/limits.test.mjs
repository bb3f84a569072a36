// SPDX-License-Identifier: Apache-2.0
// Past the limits of docs/limits.md every call refuses its input with a located error, and the
// module's memory grows by the copies of the input it was handed and no more: a 100 MB document and
// a 100,000-deep nesting for each call that reads one, and queries past their length limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { QueryError, StoryError } from 'storydata';
import { loadCore, sd } from './support.mjs';
import { deep, huge, hundredMB, nested, pastTheLimit } from '../../tests/support/hostile_input.mjs';

const small = '{"storydata": "1.0", "id": "s", "article": {"headline": "H"}}';

const where = (d) => [d.code, d.line, d.column];
const refusal = (code, line, column) => (error) =>
  error instanceof StoryError &&
  error.diagnostics.some((d) => d.code === code && d.line === line && d.column === column);

test('a 100 MB story: every call refuses it at 1:1', () => {
  assert.deepEqual(where(sd.validate(huge).diagnostics[0]), ['SD002', 1, 1]);
  assert.equal(sd.parse(huge).ok, false);
  for (const call of [sd.network, sd.highlights, (s) => sd.query(s, 'actors'), (s) => sd.egoNetwork(s, 'a')])
    assert.throws(() => call(huge), refusal('SD002', 1, 1));
  const converted = sd.convert(huge, { from: 'ninjs3', to: 'story' });
  assert.equal(converted.ok, false);
  assert.deepEqual(where(converted.diagnostics[0]), ['SD313', 1, 1]);
  assert.match(converted.diagnostics[0].message, /too large: 100000000 bytes, the limit is 67108864$/);
  assert.throws(() => sd.convert(huge, { to: 'stix' }), /cannot tell the input's format/);
});

test('100,000-deep nesting: located at the bracket past the limit', () => {
  assert.deepEqual(where(sd.validate(nested).diagnostics.at(-1)), ['SD003', 1, pastTheLimit]);
  assert.throws(() => sd.network(nested), refusal('SD003', 1, pastTheLimit));
  for (const from of ['stix', 'ninjs2', 'ninjs3', 'timelinejs']) {
    const converted = sd.convert(nested, { from, to: 'story' });
    assert.deepEqual(where(converted.diagnostics[0]), ['SD313', 1, pastTheLimit], from);
    assert.match(converted.diagnostics[0].message, /nested deeper than 128 levels$/);
  }
});

test('a query longer than 64 KiB: a QueryError at the first character past the limit', () => {
  const tooLong = (error) =>
    error instanceof QueryError && error.column === 65537 && /^query too long/.test(error.message);
  assert.throws(() => sd.query(small, `actors where id = ${'a'.repeat(hundredMB)}`), tooLong);
  assert.throws(() => sd.query(small, `events where id in ${'('.repeat(deep)}`), tooLong);
  assert.throws(
    () => sd.query(small, `events where id in ${'('.repeat(60_000)}`),
    (e) => e.column === 21,
  );
});

test('memory: the input is copied twice, and refusals leave nothing behind', async () => {
  const core = await loadCore();
  core.validate(small);
  const before = core.HEAPU8.length;
  core.validate(huge);
  const grown = core.HEAPU8.length;
  // Two copies: the buffer embind hands the text over in, and the std::string made from it.
  assert.ok(grown - before <= 2.1 * hundredMB + (16 << 20), `grew by ${grown - before} bytes`);
  for (const call of [core.validate, core.decode, core.network, core.highlights]) {
    call(huge);
    call(nested);
  }
  core.convert(huge, 'ninjs3', 'story');
  core.convert(nested, 'stix', 'story');
  core.query(huge, 'actors');
  assert.equal(core.HEAPU8.length, grown);
});
