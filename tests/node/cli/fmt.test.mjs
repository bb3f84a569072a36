// SPDX-License-Identifier: Apache-2.0
// `storydata fmt` on temporary copies: --check lists what is not canonical, rewriting makes it so,
// and a file with structural errors is never touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidDir, root, run, validDir, withTempDir } from './support.mjs';

const canonicalFixture = join(root, validDir, 'korean-unicode.story.json');
const canonical = readFileSync(canonicalFixture, 'utf8');
/** The same story, minified and with its fields in another order: valid, but not canonical. */
const scrambled = () => {
  const { article, ...rest } = JSON.parse(canonical);
  return JSON.stringify({ article, ...rest });
};

test('the valid fixtures are canonical', () => {
  const r = run(['fmt', '--check', validDir]);
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.equal(r.stdout, '');
});

test('--check lists the files that are not canonical and writes nothing', () => {
  withTempDir((dir) => {
    copyFileSync(canonicalFixture, join(dir, 'a.story.json'));
    writeFileSync(join(dir, 'b.story.json'), scrambled());
    const r = run(['fmt', '--check', dir]);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, `${dir}/b.story.json\n`);
    assert.equal(readFileSync(join(dir, 'b.story.json'), 'utf8'), scrambled());
  });
});

test('fmt rewrites files in canonical form, and leaves canonical ones alone', () => {
  withTempDir((dir) => {
    copyFileSync(canonicalFixture, join(dir, 'a.story.json'));
    writeFileSync(join(dir, 'b.story.json'), scrambled());
    const r = run(['fmt', dir]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `formatted ${dir}/b.story.json\n`);
    assert.equal(readFileSync(join(dir, 'b.story.json'), 'utf8'), canonical);
    assert.equal(run(['fmt', '--check', dir]).status, 0);
  });
});

test('a file with structural errors is not rewritten: its errors are printed, exit 1', () => {
  withTempDir((dir) => {
    const broken = join(dir, 'broken.json');
    copyFileSync(join(root, invalidDir, 'SD012-unknown-field.json'), broken);
    const before = readFileSync(broken, 'utf8');
    for (const args of [
      ['fmt', broken],
      ['fmt', '--check', broken],
    ]) {
      const r = run(args);
      assert.equal(r.status, 1, args.join(' '));
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /broken\.json:4:32: error SD012: unknown field "hedline"/);
      assert.equal(readFileSync(broken, 'utf8'), before);
    }
  });
});

test('semantic problems do not stop formatting', () => {
  withTempDir((dir) => {
    const file = join(dir, 'cycle.json');
    copyFileSync(join(root, invalidDir, 'SD250-cycle.json'), file);
    assert.equal(run(['fmt', file]).status, 0);
  });
});

test('- reads standard input and writes the canonical form to standard output', () => {
  let r = run(['fmt', '-'], { input: scrambled() });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, canonical);
  r = run(['fmt', '--check', '-'], { input: scrambled() });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '<stdin>\n');
  assert.equal(run(['fmt', '--check', '-'], { input: canonical }).status, 0);
  r = run(['fmt', '-'], { input: '{"id": 7}' });
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /<stdin>:1:8: error SD010/);
});

test('a missing path exits 2', () => {
  assert.equal(run(['fmt', 'no-such.json']).status, 2);
});
