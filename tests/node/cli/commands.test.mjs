// SPDX-License-Identifier: Apache-2.0
// --help and --version for the tool and every subcommand; schema, rules and info.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, run, validDir } from './support.mjs';

const commands = ['validate', 'fmt', 'info', 'schema', 'rules'];
const { version } = JSON.parse(run(['validate', '--format', 'json', validDir]).stdout);
// The schema version, as the published schema's $id ends ("urn:storydata:schema:story:1.1").
const schemaVersion = JSON.parse(readFileSync(join(root, 'schema/story.schema.json'), 'utf8'))
  .$id.split(':')
  .at(-1);

test('storydata --help lists every command', () => {
  for (const flag of ['--help', '-h']) {
    const r = run([flag]);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^usage: storydata <command> \[options\]\n/);
    for (const command of commands) assert.match(r.stdout, new RegExp(`^  ${command} +\\S`, 'm'));
  }
  const bare = run([]);
  assert.equal(bare.status, 2);
  assert.match(bare.stderr, /^usage: storydata/);
});

test('every subcommand has --help, wherever it is given', () => {
  for (const command of commands) {
    for (const args of [
      [command, '--help'],
      [command, '-h'],
      [command, 'some.json', '--help'],
    ]) {
      const r = run(args);
      assert.equal(r.status, 0, args.join(' '));
      assert.match(r.stdout, new RegExp(`^usage: storydata ${command}\\b.*\\n\\n`), args.join(' '));
      assert.match(r.stdout, /--version/);
    }
  }
  const help = run(['validate', '--help']).stdout;
  for (const option of [
    '--format',
    '--strict',
    '--ndjson',
    '--max-diagnostics',
    '--max-bytes',
    '--quiet',
    '--jobs',
    'exit status',
  ])
    assert.ok(help.includes(option), option);
});

test('--version everywhere', () => {
  for (const args of [['--version'], ...commands.map((c) => [c, '--version'])]) {
    const r = run(args);
    assert.equal(r.status, 0, args.join(' '));
    assert.equal(r.stdout, `storydata ${version} (schema ${schemaVersion})\n`);
  }
});

test('schema prints the published JSON Schema', () => {
  const r = run(['schema']);
  assert.equal(r.status, 0);
  assert.equal(r.stdout, readFileSync(join(root, 'schema/story.schema.json'), 'utf8'));
});

test('rules lists every semantic rule: code, severity, name, rationale', () => {
  const lines = run(['rules']).stdout.trimEnd().split('\n');
  assert.ok(lines.length >= 18);
  for (const line of lines) assert.match(line, /^SD2\d\d {2}(error|warning|info) +[a-z-]+ {2,}\S.*$/);
  assert.ok(lines.some((l) => l.startsWith('SD270  info     unused-actor ')));
});

test('info summarises a story', () => {
  const r = run(['info', `${validDir}/minimal-complete.story.json`]);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /^\S.*\n {2}story \S+, schema 1\.0\n {2}\d+ paragraphs, \d+ actors/);
  assert.equal(run(['info', 'tests/fixtures/invalid/SD012-unknown-field.json']).status, 1);
});
