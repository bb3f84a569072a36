// SPDX-License-Identifier: Apache-2.0
// What validate reads: NDJSON streams, directories searched recursively, and the same output in the
// same order for any number of jobs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtures, invalidDir, root, run, validDir, withTempDir } from './support.mjs';

/** A story on one line, as NDJSON holds it. */
const oneLine = (fixture) => JSON.stringify(JSON.parse(readFileSync(join(root, fixture), 'utf8')));

test('--ndjson: every non-blank line is a story, located by its line in the stream', () => {
  const stream = [
    oneLine(`${validDir}/korean-unicode.story.json`),
    '',
    '{"storydata": "1.0", "id": "s", "article": {"hedline": "H"}}',
    '{"storydata": "1.0", "id": "t", "article": {"headline": "H"}} trailing',
    ' \r ', // blank: a stray carriage return is JSON white space
    oneLine(`${invalidDir}/SD270-unused-actor.json`),
    oneLine(`${validDir}/minimal-complete.story.json`),
  ].join('\r\n');
  withTempDir((dir) => {
    writeFileSync(join(dir, 'stories.ndjson'), stream);
    const json = JSON.parse(
      run(['validate', '--ndjson', '--format', 'json', 'stories.ndjson'], { cwd: dir }).stdout,
    );
    assert.deepEqual(
      json.files.map((f) => [f.path, f.valid]),
      [['stories.ndjson', false]],
    );
    const unused = stream.split('\r\n')[5];
    const iran = [...unused.slice(0, unused.indexOf('{"id":"iran"'))].length + 1; // code points
    assert.deepEqual(
      json.files[0].diagnostics.map((d) => [d.code, d.line, d.column]),
      [
        ['SD011', 3, 44],
        ['SD012', 3, 45],
        ['SD001', 4, 57],
        ['SD270', 6, iran],
      ],
    );
    assert.deepEqual(json.summary, {
      files: 1,
      stories: 5,
      valid: 3,
      invalid: 2,
      errors: 3,
      warnings: 0,
      infos: 1,
    });

    const text = run(['validate', '--ndjson', 'stories.ndjson'], { cwd: dir });
    assert.equal(text.status, 1);
    const lines = text.stdout.split('\n');
    assert.equal(
      lines[0],
      'stories.ndjson:3:44: error SD011: missing required field "headline" (at /article)',
    );
    assert.equal(
      lines[1],
      '  {"storydata": "1.0", "id": "s", "article": {"hedline": "H"}}',
      'the line of the stream, without its \\r',
    );
    assert.equal(lines[2], `  ${' '.repeat(43)}^`);
    assert.ok(text.stdout.includes(`stories.ndjson:6:${iran}: info SD270: actor "iran" is never mentioned`));
    assert.match(
      text.stdout,
      /\n5 stories checked in 1 file: 3 valid, 2 invalid \(3 errors, 0 warnings, 1 info\)\n$/,
    );

    const piped = run(['validate', '--ndjson', '--format', 'github', '-'], { input: stream });
    assert.match(piped.stdout, /^::error file=<stdin>,line=4,col=57,title=SD001::/m);
    assert.equal(run(['validate', '--ndjson', '-'], { input: stream.split('\r\n')[0] }).status, 0);
  });
});

test('directories are searched recursively for .json files, in sorted order, hidden ones skipped', () => {
  withTempDir((dir) => {
    const valid = join(root, validDir, 'minimal-complete.story.json');
    mkdirSync(join(dir, 'b/nested'), { recursive: true });
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, '.git'));
    for (const path of [
      'b/nested/z.json',
      'b/a.story.json',
      'a/m.json',
      'top.json',
      '.git/ignored.json',
      'a/.hidden.json',
    ])
      copyFileSync(valid, join(dir, path));
    writeFileSync(join(dir, 'a/readme.txt'), 'not a story');
    // The same file reached twice, here by a link and then by name, is checked once.
    symlinkSync(join(dir, 'top.json'), join(dir, 'a/link-to-top.json'));
    const r = run(['validate', '.', 'top.json'], { cwd: dir });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'a/link-to-top.json: ok',
      'a/m.json: ok',
      'b/a.story.json: ok',
      'b/nested/z.json: ok',
      '4 files checked: 4 valid, 0 invalid (0 errors, 0 warnings, 0 infos)',
    ]);
  });
});

test('--include and --exclude choose the files below a directory, by name or by path', () => {
  withTempDir((dir) => {
    const valid = join(root, validDir, 'minimal-complete.story.json');
    mkdirSync(join(dir, 'stories/archive'), { recursive: true });
    mkdirSync(join(dir, 'node_modules/pkg'), { recursive: true });
    for (const path of [
      'stories/a.story.json',
      'stories/archive/old.story.json',
      'stories/notes.json',
      'node_modules/pkg/x.story.json',
    ])
      copyFileSync(valid, join(dir, path));
    writeFileSync(join(dir, 'package.json'), '{"name": "p"}');
    writeFileSync(join(dir, 'package-lock.json'), '{}');
    writeFileSync(join(dir, 'stories/b.ndjson'), `${oneLine(`${validDir}/minimal-complete.story.json`)}\n`);
    const checked = (...args) => {
      const r = run(['validate', ...args], { cwd: dir });
      return [r.status, r.stdout.trimEnd().split('\n').slice(0, -1)];
    };
    assert.deepEqual(checked('--exclude', 'node_modules', '--exclude=package*.json', '.'), [
      0,
      ['stories/a.story.json: ok', 'stories/archive/old.story.json: ok', 'stories/notes.json: ok'],
    ]);
    assert.deepEqual(checked('--include', '*.story.json', '--exclude', 'stories/archive/*', '.'), [
      0,
      ['node_modules/pkg/x.story.json: ok', 'stories/a.story.json: ok'],
    ]);
    // A file named on the command line is read whatever the patterns say.
    assert.deepEqual(
      checked('--include', '*.story.json', '--exclude', 'archive', 'stories', 'stories/notes.json'),
      [0, ['stories/a.story.json: ok', 'stories/notes.json: ok']],
    );
    const none = run(['validate', '--exclude', '*', 'stories'], { cwd: dir });
    assert.equal(none.status, 2);
    assert.equal(
      none.stderr,
      'storydata validate: no file in directory stories is selected by --include/--exclude\n',
    );
    const fmt = run(['fmt', '--check', '--exclude', 'node_modules', '--exclude', 'package*.json', '.'], {
      cwd: dir,
    });
    assert.equal(fmt.status, 0, fmt.stdout + fmt.stderr);
  });
});

test('the output is the same, in the same order, with -j 1 and -j 4', () => {
  for (const format of ['text', 'json', 'sarif', 'github']) {
    const args = ['validate', '--format', format, invalidDir, validDir, ...fixtures(invalidDir).reverse()];
    const one = run([...args, '-j', '1']);
    const four = run([...args, '-j4']);
    assert.equal(one.status, 1);
    assert.equal(four.stdout, one.stdout, format);
    assert.equal(four.status, one.status);
  }
});
