// SPDX-License-Identifier: Apache-2.0
// `storydata convert`: formats named or detected, the result on stdout or in -o, the loss report
// on stderr in every report format, and the exit statuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidDir, root, run, withTempDir } from './support.mjs';

const example = 'schema/examples/south-korea-cyber-spying.story.json';
const exampleText = readFileSync(join(root, example), 'utf8');

/** The rows of `--list-formats`: name, whether it imports and exports. */
function listedFormats() {
  const r = run(['convert', '--list-formats']);
  assert.equal(r.status, 0, r.stderr);
  const [header, ...rows] = r.stdout.trimEnd().split('\n');
  assert.match(header, /^format +import +export +extension +description$/);
  return rows.map((row) => {
    const [name, canImport, canExport] = row.split(/ +/);
    return { name, canImport: canImport === 'yes', canExport: canExport === 'yes' };
  });
}

test('--list-formats lists every format of docs/convert.md, the story format both ways', () => {
  const formats = listedFormats();
  const names = formats.map((f) => f.name);
  assert.deepEqual(names, [
    'story',
    'stix',
    'schema-org',
    'ninjs2',
    'ninjs3',
    'timelinejs',
    'graphml',
    'gexf',
    'gdelt',
  ]);
  assert.deepEqual(formats[0], { name: 'story', canImport: true, canExport: true });
  const doc = readFileSync(join(root, 'docs/convert.md'), 'utf8');
  for (const name of names.slice(1)) assert.ok(doc.includes(`\`${name}\``), `docs/convert.md names ${name}`);
});

test('story to story writes the canonical form, as fmt does, and reports no loss', () => {
  const r = run(['convert', '--from', 'story', '--to', 'story', example]);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, exampleText);
  assert.equal(r.stderr, `${example}: story to story in <stdout> (0 errors, 0 warnings, 0 infos)\n`);
});

test('the format of the input is detected, and --to defaults to story', () => {
  const minified = JSON.stringify(JSON.parse(exampleText));
  const r = run(['convert'], { input: minified });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, exampleText);
  assert.match(r.stderr, /^<stdin>: story to story in <stdout>/);
  assert.equal(run(['convert', '-'], { input: minified }).stdout, exampleText);
});

test('an input whose format cannot be told is a usage error naming the formats', () => {
  for (const input of ['not json at all', '[1, 2, 3]', '{"title": "neither"}']) {
    const r = run(['convert'], { input });
    assert.equal(r.status, 2, input);
    assert.equal(r.stdout, '');
    assert.match(
      r.stderr,
      /^storydata convert: cannot tell the format of <stdin>: .*give --from FORMAT \(one of story, stix, schema-org, ninjs2, ninjs3, timelinejs, graphml, gexf, gdelt\)\n$/,
    );
  }
});

test('-o writes the result to a file, and nothing to stdout', () => {
  withTempDir((dir) => {
    const out = join(dir, 'out.story.json');
    const r = run(['convert', example, '-o', out]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(readFileSync(out, 'utf8'), exampleText);
    assert.match(r.stderr, new RegExp(`story to story in ${out} `));
  });
});

test('an invalid story is reported as validate reports it, nothing is written, exit 1', () => {
  const fixture = `${invalidDir}/SD012-unknown-field.json`;
  const r = run(['convert', '--from', 'story', fixture]);
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  const validated = run(['validate', fixture])
    .stdout.split('\n')
    .filter((l) => !/checked:/.test(l))
    .join('\n');
  assert.ok(r.stderr.startsWith(validated), r.stderr);
  assert.match(r.stderr, /story to story in <stdout> failed \(1 error, 0 warnings, 0 infos\)\n$/);
});

test('the report comes in the formats validate has, on stderr', () => {
  const fixture = `${invalidDir}/SD012-unknown-field.json`;
  const json = JSON.parse(run(['convert', '--format', 'json', fixture, '--from', 'story']).stderr);
  assert.equal(json.files[0].path, fixture);
  assert.equal(json.files[0].valid, false);
  assert.equal(json.files[0].diagnostics[0].code, 'SD012');
  const sarif = JSON.parse(run(['convert', '--format', 'sarif', fixture, '--from', 'story']).stderr);
  assert.equal(sarif.runs[0].results[0].ruleId, 'SD012');
  assert.ok(
    sarif.runs[0].tool.driver.rules.some((r) => r.id === 'SD301'),
    'the conversion codes are SARIF rules',
  );
  const github = run(['convert', '--format', 'github', fixture, '--from', 'story']);
  assert.match(github.stderr, /^::error file=.*SD012-unknown-field\.json,line=4,col=32,title=SD012::/);
});

test('usage errors exit 2: unknown formats, formats that cannot be written, bad operands', () => {
  const cases = [
    [['convert', '--to', 'pdf', example], /unknown format 'pdf' for --to: expected one of story, stix/],
    [['convert', '--from', 'word', example], /unknown format 'word' for --from/],
    [['convert', example, example], /give only one file/],
    [['convert', 'no/such/file.json'], /cannot read no\/such\/file\.json/],
    [['convert', 'tests'], /cannot read tests/],
    [['convert', '--to'], /option '--to' needs a value/],
  ];
  for (const format of listedFormats()) {
    if (!format.canExport)
      cases.push([
        ['convert', '--to', format.name, example],
        new RegExp(`cannot write .*\\(${format.name}\\)`),
      ]);
    if (!format.canImport)
      cases.push([
        ['convert', '--from', format.name, example],
        new RegExp(`cannot read .*\\(${format.name}\\)`),
      ]);
  }
  for (const [args, message] of cases) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '', args.join(' '));
    assert.match(r.stderr, message, args.join(' '));
  }
});

test('a file that cannot be written is exit 2, after the report', () => {
  const r = run(['convert', example, '-o', 'no/such/dir/out.json']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /cannot write no\/such\/dir\/out\.json/);
});
