// SPDX-License-Identifier: Apache-2.0
// The published schema and the SDK agree on structure: for every fixture, ajv's verdict on
// schema/story.schema.json equals the SDK's structural verdict (recorded in the golden
// .expected files: an SD0xx error means structurally invalid). The few cases where a JSON Schema
// cannot see what the SDK sees are listed, each with its reason, and checked to still differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const root = new URL('../../', import.meta.url);
const ajv = new Ajv2020({ strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(new URL('schema/story.schema.json', root), 'utf8')));

// Beyond what JSON.parse + a schema can see.
const schemaCannotSee = {
  'SD001-invalid-utf8.json': 'Node replaces invalid UTF-8 with U+FFFD before JSON.parse sees it',
  'SD003-too-deep.json': 'nesting limits are a parser safeguard, not part of the data model',
  'SD004-duplicate-key.json': 'JSON.parse keeps the last duplicate key silently',
  'SD014-malformed-date.json': 'a pattern cannot tell that 2015-02-29 does not exist',
};

function ajvVerdict(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch {
    return false;
  }
  return validate(document);
}

const fixtures = [];
for (const folder of ['tests/fixtures/valid', 'tests/fixtures/invalid', 'schema/examples']) {
  for (const name of readdirSync(new URL(`${folder}/`, root)).filter((f) => f.endsWith('.json'))) {
    const expected = new URL(`${folder}/${name.replace(/\.json$/, '.expected')}`, root);
    const golden = existsSync(expected) ? readFileSync(expected, 'utf8') : '';
    fixtures.push({ folder, name, sdkValid: !/^error SD0\d\d /m.test(golden) });
  }
}

test('there are fixtures of both verdicts', () => {
  assert.ok(fixtures.filter((f) => f.sdkValid).length >= 20);
  assert.ok(fixtures.filter((f) => !f.sdkValid).length >= 12);
});

for (const { folder, name, sdkValid } of fixtures) {
  test(`${folder}/${name}`, () => {
    const text = readFileSync(new URL(`${folder}/${name}`, root), 'utf8');
    const verdict = ajvVerdict(text);
    if (schemaCannotSee[name]) {
      assert.equal(sdkValid, false);
      assert.equal(verdict, true, `expected ajv to accept it: ${schemaCannotSee[name]}`);
    } else {
      assert.equal(verdict, sdkValid, ajv.errorsText(validate.errors));
    }
  });
}
