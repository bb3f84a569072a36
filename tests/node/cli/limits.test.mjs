// SPDX-License-Identifier: Apache-2.0
// Past the limits of docs/limits.md the command refuses its input with a located error, and its
// peak memory is the input it read and no more: a 100 MB file and a 100,000-deep nesting for
// each command that reads stories, and queries past their length limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, run, withTempDir } from './support.mjs';
import { huge, hundredMB, nested, pastTheLimit } from '../../support/hostile_input.mjs';

/** `storydata ...args` under /usr/bin/time: its output, and its peak resident memory in bytes. */
function measured(args, cwd) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', cli, ...args], { cwd, maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `cannot run /usr/bin/time: ${result.error}`);
  const stderr = result.stderr.toString().trimEnd().split('\n');
  const peak = Number(stderr.pop()) * 1024; // time's line comes last
  return { status: result.status, stdout: result.stdout.toString(), stderr: stderr.join('\n'), peak };
}

// What the command takes to start (natively a few MB; the npm command's Node runtime ~55 MB),
// and 28 MB of working room: a refusal may add that and, at most, the one copy of the file read.
const started = measured(['--version']).peak;
const room = started + (28 << 20);
const readOnce = room + hundredMB;

test('a 100 MB story: SD002 at 1:1, as a file or an NDJSON line, after reading it once', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'big.json'), huge);
    const file = measured(['validate', 'big.json'], dir);
    assert.equal(file.status, 1);
    assert.match(
      file.stdout,
      /^big\.json:1:1: error SD002: document too large: 100000000 bytes, the limit is 67108864$/m,
    );
    assert.ok(file.peak <= readOnce, `peak ${file.peak} bytes`);
    writeFileSync(join(dir, 'big.ndjson'), `{}\n${huge}\n`);
    const stream = measured(['validate', '--ndjson', 'big.ndjson'], dir);
    assert.equal(stream.status, 1);
    assert.match(stream.stdout, /^big\.ndjson:2:1: error SD002: document too large/m);
    assert.ok(stream.peak <= readOnce, `peak ${stream.peak} bytes`);
  });
});

test('a 100 MB document to convert or query: refused at 1:1, nothing written', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'big.json'), huge);
    const convert = measured(
      ['convert', '--from', 'ninjs3', '--to', 'story', 'big.json', '-o', 'out.json'],
      dir,
    );
    assert.equal(convert.status, 1);
    assert.match(
      convert.stderr,
      /^big\.json:1:1: error SD313: not .*: too large: 100000000 bytes, the limit is 67108864$/m,
    );
    assert.equal(existsSync(join(dir, 'out.json')), false);
    assert.ok(convert.peak <= readOnce, `peak ${convert.peak} bytes`);
    const query = measured(['query', 'big.json', 'actors'], dir);
    assert.equal(query.status, 1);
    assert.ok(query.peak <= readOnce, `peak ${query.peak} bytes`);
  });
});

test('100,000-deep nesting: located at the bracket past the limit, by every command', () => {
  withTempDir((dir) => {
    writeFileSync(join(dir, 'deep.json'), nested);
    const validate = measured(['validate', 'deep.json'], dir);
    assert.equal(validate.status, 1);
    assert.match(
      validate.stdout,
      new RegExp(`^deep\\.json:1:${pastTheLimit}: error SD003: nesting too deep: more than 128 levels`, 'm'),
    );
    assert.ok(validate.peak <= room, `peak ${validate.peak} bytes`);
    for (const from of ['stix', 'ninjs2', 'ninjs3', 'timelinejs']) {
      const convert = run(['convert', '--from', from, '--to', 'story', join(dir, 'deep.json')]);
      assert.equal(convert.status, 1, from);
      assert.match(
        convert.stderr,
        new RegExp(`:1:${pastTheLimit}: error SD313: not .*: nested deeper than 128 levels`),
        from,
      );
    }
    assert.equal(run(['fmt', '--check', join(dir, 'deep.json')]).status, 1);
  });
});

test('a query longer than 64 KiB is refused at the first character past the limit', () => {
  const long = run(['query', 'schema/examples/', `actors where id = ${'a'.repeat(100_000)}`]);
  assert.equal(long.status, 2);
  assert.match(long.stderr, /column 65537: query too long: 100018 bytes, the limit is 65536/);
  const brackets = run(['query', 'schema/examples/', `events where id in ${'('.repeat(60_000)}`]);
  assert.equal(brackets.status, 2);
  assert.match(brackets.stderr, /column 21: /);
});
