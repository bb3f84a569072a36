// SPDX-License-Identifier: Apache-2.0
// Commands that rewrite a user's file (`fmt`, `convert -o`) never lose it: on a full disk, past a
// file-size limit or on a read-only file system the original stays byte for byte, no temporary
// file is left behind, and the error says why. A full and a read-only file system are real
// tmpfs mounts, made in a user namespace by util-linux's unshare.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { cli, root, run, withTempDir } from './support.mjs';

const example = readFileSync(join(root, 'schema/examples/south-korea-cyber-spying.story.json'), 'utf8');
/** Valid but not canonical, and a third smaller than the canonical text fmt writes. */
const minified = JSON.stringify(JSON.parse(example));

/** Runs `script` in sh with `args` as $1..., returning status and output. */
function sh(script, args, { unshare = false } = {}) {
  const command = unshare ? ['unshare', '--user', '--map-root-user', '--mount', 'sh'] : ['sh'];
  const r = spawnSync(command[0], [...command.slice(1), '-c', script, 'sh', ...args], { encoding: 'utf8' });
  assert.equal(r.error, undefined, String(r.error));
  return r;
}

/** A tmpfs of `size` at `dir`, holding `file` as story.json; runs `then` there ($1 the mount). */
const onTmpfs = (size, options, then) =>
  `mount -t tmpfs -o size=${size} tmpfs "$1" && cp "$2" "$1/story.json" && ` +
  (options ? `mount -o remount,${options} "$1" && ` : '') +
  `{ "$3" ${then}; echo "status=$?"; cmp -s "$1/story.json" "$2" && echo same; ls -A "$1"; }`;

test('fmt on a full disk fails, keeps the original byte for byte and leaves no temporary file', () => {
  withTempDir((dir) => {
    const original = join(dir, 'original.json');
    writeFileSync(original, minified);
    mkdirSync(join(dir, 'mnt'));
    // Room for the original, not for the canonical text beside it.
    const size = Math.ceil((minified.length + 4096) / 4096) * 4096;
    assert.ok(example.length > size - minified.length, 'the canonical text must not fit');
    const r = sh(onTmpfs(size, '', 'fmt "$1/story.json" 2>&1'), [join(dir, 'mnt'), original, cli], {
      unshare: true,
    });
    assert.match(
      r.stdout,
      /storydata fmt: cannot write .*story\.json: No space left on device/,
      r.stdout + r.stderr,
    );
    assert.match(r.stdout, /status=2\nsame\nstory\.json\n$/);
  });
});

test('a read-only file system: a clear error, nothing changed', () => {
  withTempDir((dir) => {
    const original = join(dir, 'original.json');
    writeFileSync(original, minified);
    mkdirSync(join(dir, 'mnt'));
    const r = sh(onTmpfs('1m', 'ro', 'fmt "$1/story.json" 2>&1'), [join(dir, 'mnt'), original, cli], {
      unshare: true,
    });
    assert.match(r.stdout, /cannot write .*story\.json: Read-only file system/, r.stdout + r.stderr);
    assert.match(r.stdout, /status=2\nsame\nstory\.json\n$/);
  });
});

test('past a file-size limit (ulimit -f), fmt and convert -o keep the original', () => {
  withTempDir((dir) => {
    const story = join(dir, 'story.json');
    const target = join(dir, 'out.json');
    writeFileSync(story, minified);
    writeFileSync(target, 'what was there before\n');
    // 16 blocks of 1,024 bytes: less than either output.
    const limited = (args) => sh('ulimit -f 16 && exec "$@"', [cli, ...args]);
    const formatted = limited(['fmt', story]);
    assert.equal(formatted.status, 2, formatted.stderr);
    assert.match(formatted.stderr, /cannot write .*story\.json: File too large/);
    assert.equal(readFileSync(story, 'utf8'), minified);
    const converted = limited(['convert', story, '-o', target]);
    assert.equal(converted.status, 2, converted.stderr);
    assert.match(converted.stderr, /cannot write .*out\.json: File too large/);
    assert.equal(readFileSync(target, 'utf8'), 'what was there before\n');
    assert.deepEqual(readdirSync(dir).sort(), ['out.json', 'story.json']);
  });
});

test('a rewritten file keeps its permission bits, and a link stays a link', () => {
  withTempDir((dir) => {
    const story = join(dir, 'story.json');
    writeFileSync(story, minified);
    chmodSync(story, 0o640);
    symlinkSync('story.json', join(dir, 'link.json'));
    const r = run(['fmt', join(dir, 'link.json')]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(story, 'utf8'), example);
    assert.equal(statSync(story).mode & 0o777, 0o640);
    assert.ok(lstatSync(join(dir, 'link.json')).isSymbolicLink());
    assert.deepEqual(readdirSync(dir).sort(), ['link.json', 'story.json']);
  });
});

test('convert -o creates a new file with the usual permissions, and writes to a device', () => {
  withTempDir((dir) => {
    const story = join(dir, 'story.json');
    copyFileSync(join(root, 'schema/examples/south-korea-cyber-spying.story.json'), story);
    const created = join(dir, 'new.stix.json');
    const umask = Number.parseInt(sh('umask', []).stdout.trim(), 8);
    const r = run(['convert', story, '--to', 'stix', '-o', created]);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(statSync(created).mode & 0o777, 0o666 & ~umask);
    assert.equal(JSON.parse(readFileSync(created, 'utf8')).type, 'bundle');
    const toDevice = run(['convert', story, '--to', 'stix', '-o', '/dev/null']);
    assert.equal(toDevice.status, 0, toDevice.stderr);
    assert.ok(statSync('/dev/null').isCharacterDevice());
  });
});
