// SPDX-License-Identifier: Apache-2.0
// Exit statuses: 0 valid, 1 invalid (an error, or a warning with --strict), 2 usage or I/O error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expected, fixtures, invalidDir, root, run, validDir, withTempDir } from './support.mjs';

const warningOnly = `${invalidDir}/SD223-contradictory-time.json`;
const infoOnly = `${invalidDir}/SD270-unused-actor.json`;
const withError = `${invalidDir}/SD013-unknown-enum-value.json`;

test('valid files exit 0', () => {
  const r = run(['validate', ...fixtures(validDir)]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stderr, '');
});

test('every invalid fixture exits 1 exactly when its golden diagnostics fail it', () => {
  for (const fixture of fixtures(invalidDir)) {
    const severities = new Set(expected(fixture).map((d) => d.severity));
    assert.equal(run(['validate', fixture]).status, severities.has('error') ? 1 : 0, fixture);
    const strict = severities.has('error') || severities.has('warning');
    assert.equal(run(['validate', '--strict', fixture]).status, strict ? 1 : 0, `--strict ${fixture}`);
  }
});

test('warnings pass, and fail with --strict', () => {
  assert.equal(run(['validate', warningOnly]).status, 0);
  assert.equal(run(['validate', '--strict', warningOnly]).status, 1);
});

test('infos never fail, even with --strict', () => {
  assert.equal(run(['validate', infoOnly]).status, 0);
  assert.equal(run(['validate', '--strict', infoOnly]).status, 0);
});

test('one invalid file among valid ones exits 1', () => {
  assert.equal(run(['validate', ...fixtures(validDir), withError]).status, 1);
});

test('a missing path exits 2 and says why, before checking anything', () => {
  const r = run(['validate', withError, 'no/such/file.json']);
  assert.equal(r.status, 2);
  assert.equal(r.stdout, '');
  assert.match(
    r.stderr,
    /^storydata validate: cannot read no\/such\/file\.json: No such file or directory$/m,
  );
});

test('a directory without .json files exits 2', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'notes.txt'), 'not a story');
    mkdirSync(join(dir, '.hidden'));
    writeFileSync(join(dir, '.hidden', 'skipped.json'), '{}'); // hidden folders are not searched
    const r = run(['validate', dir]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no \.json files in directory /);
  });
});

test('an unknown option exits 2 with a short usage on stderr', () => {
  for (const args of [
    ['validate', '--bogus', withError],
    ['fmt', '--strict', withError],
    ['schema', '-x'],
    ['--bogus'],
    ['frobnicate'],
  ]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /usage: storydata/);
    assert.ok(r.stderr.split('\n').length <= 4, `short usage, got:\n${r.stderr}`);
  }
});

test('a mistyped command or option: "did you mean" the nearest one', () => {
  for (const [args, hint] of [
    [['vaildate', withError], "did you mean 'validate'?"],
    [['--verison'], "did you mean '--version'?"],
    [['validate', '--strcit', withError], "did you mean '--strict'?"],
    [['fmt', '--jbos', '2', withError], "did you mean '--jobs'?"],
  ]) {
    const r = run(args);
    assert.equal(r.status, 2, args.join(' '));
    assert.ok(r.stderr.split('\n')[0].endsWith(hint), r.stderr);
  }
  assert.doesNotMatch(run(['frobnicate']).stderr, /did you mean/);
});

test('short flags bundle: -qj2 is -q -j 2', () => {
  const bundled = run(['validate', '-qj2', withError]);
  const apart = run(['validate', '-q', '-j', '2', withError]);
  assert.equal(bundled.status, 1);
  assert.deepEqual([bundled.stdout, bundled.stderr], [apart.stdout, apart.stderr]);
  assert.equal(run(['validate', '-qx', withError]).status, 2);
});

test('--select and --ignore choose semantic rules by code or name; structural checks always run', () => {
  assert.match(run(['validate', infoOnly]).stdout, /info SD270/);
  for (const args of [['--ignore', 'SD270'], ['--ignore=unused-actor'], ['--select', 'SD220']]) {
    const r = run(['validate', ...args, infoOnly]);
    assert.equal(r.status, 0, args.join(' '));
    assert.doesNotMatch(r.stdout, /info SD270/);
  }
  assert.match(run(['validate', '--select', 'SD220,SD270', infoOnly]).stdout, /info SD270/);
  assert.equal(run(['validate', '--select', 'SD270', withError]).status, 1); // SD013 still fails
  const strict = run(['validate', '--strict', '--ignore', 'SD223', warningOnly]);
  assert.equal(strict.status, 0, strict.stdout);
  const typo = run(['validate', '--ignore', 'SD27', infoOnly]);
  assert.equal(typo.status, 2);
  assert.match(typo.stderr, /no semantic rule is called 'SD27'; did you mean 'SD270'\?/);
  const structural = run(['validate', '--ignore', 'SD013', withError]);
  assert.equal(structural.status, 2);
  assert.match(structural.stderr, /'SD013' is a structural check, which always runs/);
});

test('bad option values and missing operands exit 2', () => {
  for (const args of [
    ['validate'],
    ['validate', '--format', 'xml', withError],
    ['validate', '-j', '0', withError],
    ['validate', '--max-diagnostics', 'many', withError],
    ['validate', '--max-bytes'],
    ['validate', '--strict=yes', withError],
    ['validate', '-', '-'],
    ['info'],
    ['info', withError, withError],
    ['schema', 'extra'],
    [],
  ]) {
    const r = run(args);
    assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
    assert.notEqual(r.stderr, '');
  }
});

test('a binary file is invalid JSON (exit 1), and the output stays valid UTF-8', () => {
  withTempDir((dir) => {
    const bytes = Buffer.alloc(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37 + 11) % 256; // every byte value, control characters included
    writeFileSync(join(dir, 'image.json'), bytes);
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    const control = /[\x00-\x08\x0b-\x1f\x7f]/;
    for (const format of ['text', 'json', 'sarif', 'github']) {
      const r = run(['validate', '--format', format, join(dir, 'image.json')]); // run() rejects invalid UTF-8
      assert.equal(r.status, 1, format);
      assert.match(r.stdout, /SD001/);
      assert.doesNotMatch(r.stdout, control, `${format}: no control characters reach the terminal`);
      if (format === 'text')
        assert.match(r.stdout, /\uFFFD/, 'the source line is shown, with U+FFFD for what is not text');
    }
  });
});

test('an empty file is invalid JSON', () => {
  const r = run(['validate', `${invalidDir}/SD001-empty.json`]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /SD001-empty\.json:1:1: error SD001: invalid JSON/);
});

test('- reads standard input', () => {
  const valid = readFileSync(join(root, fixtures(validDir)[0]));
  let r = run(['validate', '-'], { input: valid });
  assert.equal(r.status, 0, r.stdout);
  assert.match(r.stdout, /^<stdin>: ok$/m);
  r = run(['validate', '-'], { input: '{"storydata": "1.0", "id": "s", "article": {"hedline": "H"}}' });
  assert.equal(r.status, 1);
  assert.match(r.stdout, /^<stdin>:1:45: error SD012: unknown field "hedline" \(at \/article\/hedline\)$/m);
  r = run(['validate', '-'], { input: '' });
  assert.equal(r.status, 1);
});

test('--max-bytes and --max-diagnostics apply per story', () => {
  let r = run(['validate', '--max-bytes', '100', fixtures(validDir)[0]]);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /error SD002: document too large: \d+ bytes, the limit is 100/);
  r = run(['validate', '--format', 'json', '--max-diagnostics', '1', '-'], {
    input: '{"storydata": "1.0", "id": "s", "article": {"hedline": "H", "x": 1, "y": 2}}',
  });
  assert.deepEqual(
    JSON.parse(r.stdout).files[0].diagnostics.map((d) => d.code),
    ['SD012', 'SD009'],
  );
});
