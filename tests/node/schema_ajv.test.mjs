// SPDX-License-Identifier: Apache-2.0
// The published JSON Schema compiles in ajv (draft 2020-12, strict mode) and accepts the
// example stories and its own examples; it rejects what the SDK rejects structurally.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const ajv = new Ajv2020({ strict: true, allErrors: true });
const validate = ajv.compile(read('schema/story.schema.json'));

test('the schema compiles in strict mode', () => {
  assert.equal(typeof validate, 'function');
});

test('the example stories are valid', () => {
  const examples = readdirSync(new URL('schema/examples/', root)).filter((f) => f.endsWith('.story.json'));
  assert.ok(examples.length > 0);
  for (const file of [
    ...examples.map((f) => `schema/examples/${f}`),
    'tests/fixtures/valid/korean-unicode.story.json',
  ]) {
    assert.ok(validate(read(file)), `${file}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('every example the schema offers editors is valid where it is offered, and ids have them', () => {
  const schema = read('schema/story.schema.json');
  let checked = 0;
  for (const [type, def] of Object.entries(schema.$defs)) {
    for (const [field, property] of Object.entries(def.properties ?? {})) {
      const pattern = property.pattern ?? property.items?.pattern;
      if (pattern) assert.ok(property.examples?.length, `${type}.${field} (an id or a date) has examples`);
      const check = ajv.getSchema(`${schema.$id}#/$defs/${type}/properties/${field}`);
      for (const example of property.examples ?? []) {
        assert.ok(
          check(example),
          `${type}.${field}: ${JSON.stringify(example)}: ${ajv.errorsText(check.errors)}`,
        );
        checked++;
      }
    }
  }
  assert.ok(checked >= 50, `${checked} examples`);
});

test('structural mistakes are rejected', () => {
  const base = { storydata: '1.0', id: 's', article: { headline: 'H' } };
  assert.ok(validate(base));
  const invalid = [
    { ...base, storydata: '2.0' },
    { ...base, id: 'bad id' },
    { ...base, unknown: 1 },
    { ...base, actors: [{ id: 'a', kind: 'persn', name: 'A' }] },
    { ...base, actors: [{ id: 'a', kind: 'person' }] },
    {
      ...base,
      events: [
        {
          id: 'e',
          kind: 'leak',
          summary: 'S',
          attribution: { certainty: 'stated' },
          time: { start: '2014-13' },
        },
      ],
    },
    {
      ...base,
      actors: [{ id: 'a', kind: 'person', name: 'A', mentions: [{ paragraph: -1, start: 0, end: 1 }] }],
    },
  ];
  for (const story of invalid) assert.equal(validate(story), false, JSON.stringify(story));
  assert.ok(validate({ ...base, 'x-anything': { deep: [1, null] } }));
});
