// SPDX-License-Identifier: Apache-2.0
// The SARIF report validates against the SARIF 2.1.0 schema (a copy in tests/fixtures/sarif), lists
// every code storydata reports as a rule, and says what the JSON report says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { fixtures, invalidDir, root, run, validDir, withTempDir } from './support.mjs';

const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04');

// The schema is draft-04 and uses keywords ajv's strict mode rejects; the formats it names are
// checked here rather than ignored.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.addFormat('uri', (s) => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(s) && URL.canParse(s));
ajv.addFormat('uri-reference', (s) => !/\s|%(?![0-9A-F]{2})/i.test(s) && URL.canParse(s, 'file:///base/'));
ajv.addFormat('date-time', (s) => !Number.isNaN(Date.parse(s)));
const validateSarif = ajv.compile(
  JSON.parse(readFileSync(join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')),
);

function sarif(args, options) {
  const r = run(['validate', '--format', 'sarif', ...args], options);
  const log = JSON.parse(r.stdout);
  assert.ok(validateSarif(log), ajv.errorsText(validateSarif.errors));
  return { status: r.status, log };
}

/** The structural codes of docs/diagnostics.md: its table's code, severity and meaning. */
function documentedStructuralCodes() {
  const doc = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');
  return [...doc.matchAll(/^\| (SD0\d\d) \| (\w+) \| (.*?) \|/gm)].map(([, id, severity, meaning]) => ({
    id,
    severity,
    meaning,
  }));
}

/** The conversion codes of docs/diagnostics.md: code, severity, name and meaning. */
function documentedConversionCodes() {
  const doc = readFileSync(join(root, 'docs/diagnostics.md'), 'utf8');
  return [...doc.matchAll(/^\| (SD3\d\d) \| (\w+) \| `([a-z-]+)` \| (.*?) \|/gm)].map(
    ([, id, severity, name, meaning]) => ({ id, severity, name, meaning }),
  );
}

const level = { error: 'error', warning: 'warning', info: 'note' };

test('the report on the fixtures validates against the SARIF 2.1.0 schema', () => {
  const { status, log } = sarif([invalidDir, validDir]);
  assert.equal(status, 1);
  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  assert.equal(log.runs[0].columnKind, 'unicodeCodePoints');
  assert.equal(log.runs[0].tool.driver.name, 'storydata');
  assert.match(log.runs[0].tool.driver.version, /^\d+\.\d+\.\d+/);
  // The check has teeth: a result without a message, or a path that is no URI, is rejected.
  const broken = structuredClone(log);
  delete broken.runs[0].results[0].message;
  assert.equal(validateSarif(broken), false);
  const badUri = structuredClone(log);
  badUri.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'a b%.json';
  assert.equal(validateSarif(badUri), false);
});

test('the rules are every structural code of docs/diagnostics.md, every semantic rule and every conversion code', () => {
  const { rules } = sarif([validDir]).log.runs[0].tool.driver;
  const structural = documentedStructuralCodes();
  assert.ok(structural.length >= 10);
  const semantic = run(['rules'])
    .stdout.trimEnd()
    .split('\n')
    .map((line) => {
      const [, id, severity, name, rationale] = line.match(/^(SD\d{3}) +(\w+) +(\S+) +(.*)$/);
      return { id, severity, name, rationale };
    });
  assert.ok(semantic.length >= 18);
  const conversion = documentedConversionCodes();
  assert.ok(conversion.length >= 6);
  assert.deepEqual(
    rules.map((r) => r.id),
    [...structural, ...semantic, ...conversion].map((r) => r.id),
  );
  for (const [i, doc] of structural.entries()) {
    assert.equal(rules[i].fullDescription.text, doc.meaning, `${doc.id}: the SDK's table and the docs agree`);
    assert.equal(rules[i].defaultConfiguration.level, level[doc.severity], doc.id);
  }
  for (const [i, rule] of semantic.entries()) {
    const r = rules[structural.length + i];
    assert.equal(r.name, rule.name);
    assert.equal(r.fullDescription.text, rule.rationale);
    assert.equal(r.defaultConfiguration.level, level[rule.severity], rule.id);
  }
  for (const [i, code] of conversion.entries()) {
    const r = rules[structural.length + semantic.length + i];
    assert.equal(r.name, code.name);
    assert.equal(r.fullDescription.text, code.meaning);
    assert.equal(r.defaultConfiguration.level, level[code.severity], code.id);
  }
  for (const r of rules) {
    assert.match(r.name, /^[a-z]+(-[a-z0-9]+)*$/);
    assert.ok(r.shortDescription.text.length > 0);
  }
});

test('the results say what the JSON report says', () => {
  const { log } = sarif([invalidDir, validDir]);
  const json = JSON.parse(run(['validate', '--format', 'json', invalidDir, validDir]).stdout);
  const expected = json.files.flatMap((f) => f.diagnostics.map((d) => ({ path: f.path, ...d })));
  const { results, tool } = log.runs[0];
  assert.equal(results.length, expected.length);
  assert.deepEqual(log.runs[0].originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(root).href } });
  results.forEach((result, i) => {
    const d = expected[i];
    assert.equal(result.ruleId, d.code);
    assert.equal(tool.driver.rules[result.ruleIndex].id, d.code);
    assert.equal(result.level, level[d.severity]);
    assert.equal(result.message.text, d.hint ? `${d.message}\nhint: ${d.hint}` : d.message);
    assert.deepEqual(result.locations, [
      {
        physicalLocation: {
          artifactLocation: { uri: d.path, uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.column },
        },
      },
    ]);
    assert.deepEqual(result.properties, { pointer: d.pointer });
  });
});

test('paths become URI references: percent-encoded, absolute file URIs outside the working directory', () => {
  withTempDir((dir) => {
    const file = join(dir, 'a story #1.json');
    writeFileSync(file, '{"storydata": "1.0", "id": "s", "article": {"hedline": "H"}}');
    let location = sarif([file]).log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
    assert.deepEqual(location, { uri: pathToFileURL(file).href });
    location = sarif(['a story #1.json'], { cwd: dir }).log.runs[0].results[0].locations[0].physicalLocation
      .artifactLocation;
    assert.deepEqual(location, { uri: 'a%20story%20%231.json', uriBaseId: '%SRCROOT%' });
  });
});

test('a valid run has no results and still validates', () => {
  const { status, log } = sarif(fixtures(validDir));
  assert.equal(status, 0);
  assert.deepEqual(log.runs[0].results, []);
});
