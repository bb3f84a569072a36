// SPDX-License-Identifier: Apache-2.0
// Every STIX export validates against the official STIX 2.1 JSON Schemas (OASIS, a copy in
// tests/fixtures/stix2.1/schemas): the example story and every valid fixture, object by object.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, sep } from 'node:path';
import { fixtures, root, run, validDir } from '../cli/support.mjs';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats');

const schemaDir = join(root, 'tests/fixtures/stix2.1/schemas');

/** Every schema file below the folder, so that their relative $refs resolve by $id. */
function schemaFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? schemaFiles(join(dir, entry.name))
      : entry.name.endsWith('.json')
        ? [join(dir, entry.name)]
        : [],
  );
}

// The OASIS schemas use keywords and patterns ajv's strict mode rejects; formats are checked.
const ajv = new Ajv2020({ strict: false, allErrors: true, unicodeRegExp: false }); // OASIS patterns escape '-'
addFormats(ajv);
const byType = new Map(); // "note" → the validator of sdos/note.json
for (const file of schemaFiles(schemaDir)) {
  const schema = JSON.parse(readFileSync(file, 'utf8'));
  ajv.addSchema(schema);
  if (/^(sdos|sros)$/.test(relative(schemaDir, file).split(sep)[0])) byType.set(schema.title, schema.$id);
}

/**
 * Checks a bundle: its envelope against common/bundle.json's rules, each object against the schema
 * of its type. (bundle.json itself cannot be used whole: its list of object schemas leaves out
 * note, opinion, grouping, location and incident, which then fall to its custom-object branch
 * and fail it.) Returns the errors, empty when valid.
 */
function bundleErrors(bundle) {
  const errors = [];
  if (bundle.type !== 'bundle') errors.push('type must be "bundle"');
  if (!/^bundle--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(bundle.id))
    errors.push(`bad bundle id ${bundle.id}`);
  if (!Array.isArray(bundle.objects) || bundle.objects.length === 0)
    return [...errors, 'objects must be a non-empty array'];
  for (const [i, object] of bundle.objects.entries()) {
    const id = byType.get(object.type);
    if (!id) {
      errors.push(`objects/${i}: no STIX 2.1 schema for type ${object.type}`);
      continue;
    }
    const validate = ajv.getSchema(id);
    if (!validate(object)) errors.push(`objects/${i} (${object.type}): ${ajv.errorsText(validate.errors)}`);
  }
  return errors;
}
const validateBundle = (bundle) => bundleErrors(bundle).length === 0;

function exportStix(path) {
  const r = run(['convert', '--from', 'story', '--to', 'stix', path]);
  assert.equal(r.status, 0, `${path}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const inputs = ['schema/examples/south-korea-cyber-spying.story.json', ...fixtures(validDir)];

for (const path of inputs) {
  test(`the STIX export of ${path} validates against the STIX 2.1 schemas`, () => {
    const bundle = exportStix(path);
    assert.deepEqual(bundleErrors(bundle), []);
    for (const object of bundle.objects) assert.equal(object.spec_version, '2.1');
  });
}

test('the schema check has teeth: a broken export is rejected', () => {
  assert.ok(byType.size >= 20, 'every SDO and SRO schema is loaded');
  const bundle = exportStix(inputs[0]);
  const noName = structuredClone(bundle);
  delete noName.objects.find((o) => o.type === 'campaign').name;
  assert.equal(validateBundle(noName), false);
  const badTime = structuredClone(bundle);
  badTime.objects[0].created = '2015-01';
  assert.equal(validateBundle(badTime), false);
  const badConfidence = structuredClone(bundle);
  badConfidence.objects.find((o) => 'confidence' in o).confidence = 101;
  assert.equal(validateBundle(badConfidence), false);
  const noteWithoutRefs = structuredClone(bundle);
  delete noteWithoutRefs.objects.find((o) => o.type === 'note').object_refs;
  assert.equal(validateBundle(noteWithoutRefs), false);
  const unknownType = structuredClone(bundle);
  unknownType.objects[0].type = 'story';
  assert.equal(validateBundle(unknownType), false);
});

test('the reference bundles validate too, so the schemas are read as intended', () => {
  for (const name of ['example-apt1.json', 'example-indicator-to-campaign.json']) {
    const bundle = JSON.parse(readFileSync(join(root, 'tests/fixtures/stix2.1', name), 'utf8'));
    assert.deepEqual(bundleErrors(bundle), [], name);
  }
});
