// SPDX-License-Identifier: Apache-2.0
// The configuration file: .storydata.json found from the working directory upward, or --config,
// its settings under the commands' option names, and located errors for every mistake in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { invalidDir, root, run, validDir, withTempDir } from './support.mjs';

const infoOnly = join(root, invalidDir, 'SD270-unused-actor.json');
const warningOnly = join(root, invalidDir, 'SD223-contradictory-time.json');
const valid = join(root, validDir, 'minimal-complete.story.json');

/** A project folder: stories/a.json (an SD270 info), stories/w.json (an SD223 warning),
 * stories/drafts/d.json and the configuration given, written as text. */
function project(dir, config) {
  mkdirSync(join(dir, 'stories/drafts'), { recursive: true });
  copyFileSync(infoOnly, join(dir, 'stories/a.json'));
  copyFileSync(warningOnly, join(dir, 'stories/w.json'));
  copyFileSync(valid, join(dir, 'stories/drafts/d.json'));
  if (config !== undefined)
    writeFileSync(
      join(dir, '.storydata.json'),
      typeof config === 'string' ? config : JSON.stringify(config, null, 2),
    );
}

/** The files that `storydata validate ...args` checks from `cwd`. */
const checked = (args, cwd) => {
  const r = run(['validate', '--format=json', ...args], { cwd });
  assert.equal(r.stderr, '');
  return JSON.parse(r.stdout).files.map((f) => f.path);
};

test('the nearest .storydata.json above the working directory is read; --no-config reads none', () => {
  withTempDir((dir) => {
    project(dir, { ignore: ['unused-actor'], validate: { strict: true } });
    const cwd = join(dir, 'stories');
    const configured = run(['validate', '.'], { cwd });
    assert.equal(configured.status, 1, 'strict from the file: the SD223 warning fails');
    assert.doesNotMatch(configured.stdout, /SD270/);
    assert.match(configured.stdout, /warning SD223/);
    const plain = run(['validate', '--no-config', '.'], { cwd });
    assert.equal(plain.status, 0);
    assert.match(plain.stdout, /info SD270/);
    // Deeper still: the search goes up more than one folder.
    assert.equal(run(['validate', '../a.json'], { cwd: join(dir, 'stories/drafts') }).status, 0);
    assert.doesNotMatch(run(['validate', '../a.json'], { cwd: join(dir, 'stories/drafts') }).stdout, /SD270/);
  });
});

test('--config names the file; the command line wins over it, and repeatable options add to it', () => {
  withTempDir((dir) => {
    project(dir);
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ validate: { format: 'json' }, ignore: 'SD270' }));
    const json = run(['validate', '--config', 'ci.json', 'stories/a.json'], { cwd: dir });
    assert.equal(json.status, 0);
    assert.deepEqual(JSON.parse(json.stdout).files[0].diagnostics, []);
    const text = run(['validate', '--config=ci.json', '--format', 'text', 'stories/w.json'], { cwd: dir });
    assert.match(text.stdout, /^stories\/w\.json:92:20: warning SD223/m);
    // --ignore adds SD223 to the file's SD270: neither is reported.
    const both = run(['validate', '--config', 'ci.json', '--format=text', '--ignore', 'SD223', 'stories'], {
      cwd: dir,
    });
    assert.doesNotMatch(both.stdout, /SD270|SD223/);
    const missing = run(['validate', '--config', 'nowhere.json', 'stories'], { cwd: dir });
    assert.equal(missing.status, 2);
    assert.match(
      missing.stderr,
      /^storydata validate: cannot read nowhere\.json: No such file or directory$/m,
    );
  });
});

test('include and exclude globs with / are relative to the configuration file, wherever it runs', () => {
  withTempDir((dir) => {
    project(dir, { exclude: ['stories/drafts/*'], include: ['*.json'] });
    assert.deepEqual(checked(['.'], dir), ['stories/a.json', 'stories/w.json']);
    assert.deepEqual(checked(['.'], join(dir, 'stories')), ['a.json', 'w.json']);
    assert.deepEqual(checked(['--no-config', '.'], join(dir, 'stories')), [
      'a.json',
      'drafts/d.json',
      'w.json',
    ]);
    // A folder name in the file's own path is not a glob of it.
    const odd = join(dir, 'odd [*]');
    mkdirSync(odd);
    project(odd, { exclude: 'stories/drafts/*' });
    assert.deepEqual(checked(['stories'], odd), ['stories/a.json', 'stories/w.json']);
    // fmt and query take the same selection from the file.
    const fmt = run(['fmt', '--check', '.'], { cwd: dir });
    assert.doesNotMatch(fmt.stdout + fmt.stderr, /drafts/);
    const query = run(['query', 'stories', 'events'], { cwd: dir });
    assert.equal(query.status, 0, query.stderr);
  });
});

test('a setting under a command applies to it alone; top-level settings to every command that has them', () => {
  withTempDir((dir) => {
    project(dir, { query: { format: 'json' }, validate: { format: 'github' }, 'max-bytes': 100000 });
    const validate = run(['validate', 'stories/w.json'], { cwd: dir });
    assert.match(validate.stdout, /^::warning file=stories\/w\.json,/m);
    const query = run(['query', 'stories/w.json', 'events'], { cwd: dir });
    assert.equal(query.status, 0, query.stderr);
    assert.equal(JSON.parse(query.stdout).form, 'events');
    const small = run(['validate', '--format=text', 'stories/w.json'], { cwd: dir });
    assert.equal(small.status, 0);
    writeFileSync(join(dir, '.storydata.json'), JSON.stringify({ 'max-bytes': 10 }));
    assert.match(
      run(['validate', 'stories/w.json'], { cwd: dir }).stdout,
      /error SD002: document too large: \d+ bytes, the limit is 10$/m,
    );
  });
});

test('every mistake in the file exits 2 with its file, line and column', () => {
  withTempDir((dir) => {
    project(dir);
    const cases = [
      [
        '{\n  "strcit": true\n}',
        /: \.storydata\.json:2:13: 'strcit' is not a setting; did you mean 'strict'\?$/m,
      ],
      [
        '{\n  "validate": {\n    "check": true\n  }\n}',
        /: \.storydata\.json:3:14: 'check' is not a setting of storydata validate/m,
      ],
      ['{"fmt": {"strict": true}}', /'strict' is not a setting of storydata fmt/],
      [
        '{"validate": []}',
        /: \.storydata\.json:1:14: 'validate' holds the settings of storydata validate, as an object$/m,
      ],
      ['{"strict": "yes"}', /'strict' is true or false/],
      ['{"jobs": -1}', /'jobs' is a string or a whole number/],
      [
        '{"jobs": 0}',
        /: \.storydata\.json:1:10: option '--jobs' expects a whole number from 1 to 1024, not '0'/m,
      ],
      ['{"ignore": ["SD270", 7]}', /: \.storydata\.json:1:22: 'ignore' holds strings$/m],
      ['{"ignore": "SD27"}', /no semantic rule is called 'SD27'; did you mean 'SD270'\?/],
      [
        '{"format": "sarif"}',
        /unknown format 'sarif': expected table, json or ndjson \(for storydata query\)/,
      ],
      ['{"strict": true,}', /: \.storydata\.json:1:17: not a storydata configuration: invalid JSON/m],
      ['[]', /: \.storydata\.json:1:1: not a storydata configuration: the document is not a JSON object$/m],
    ];
    for (const [config, message] of cases) {
      writeFileSync(join(dir, '.storydata.json'), config);
      for (const command of [
        ['validate', 'stories'],
        ['fmt', '--check', 'stories'],
      ]) {
        const r = run(command, { cwd: dir });
        assert.equal(r.status, 2, `${config}: ${r.stdout}`);
        assert.match(r.stderr, message, config);
      }
      // Help and the version need no configuration.
      assert.equal(run(['validate', '--help'], { cwd: dir }).status, 0);
    }
    writeFileSync(join(dir, '.storydata.json'), '{"$schema": "x", "strict": false}');
    assert.equal(run(['validate', 'stories'], { cwd: dir }).status, 0);
  });
});
