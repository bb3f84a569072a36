// SPDX-License-Identifier: Apache-2.0
// The GitHub Action's entry point (action/main.mjs) run as the runner runs it: under Node, with
// the INPUT_* and RUNNER_TEMP variables set, installing the packed npm package (no compiler) and
// validating a workspace; and the two action.yml files declaring the inputs it reads.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read, repoPath } from './support.mjs';

const main = fileURLToPath(repoPath('action/main.mjs'));
const { version } = JSON.parse(read('wasm/package.json'));
const work = mkdtempSync(join(tmpdir(), 'storydata-action-'));
const tarball = join(
  work,
  JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: fileURLToPath(repoPath('wasm/')),
      encoding: 'utf8',
    }),
  )[0].filename,
);
after(() => rmSync(work, { recursive: true, force: true }));
const workspace = join(work, 'workspace');
mkdirSync(join(workspace, 'stories'), { recursive: true });
mkdirSync(join(workspace, 'node_modules/pkg'), { recursive: true });
writeFileSync(join(workspace, 'package.json'), '{"name": "site"}');
writeFileSync(join(workspace, 'node_modules/pkg/package.json'), '{"name": "pkg"}');
cpSync(
  fileURLToPath(repoPath('tests/fixtures/valid/editor-schema.story.json')),
  join(workspace, 'stories/good.json'),
);
cpSync(
  fileURLToPath(repoPath('tests/fixtures/invalid/SD011-missing-field.json')),
  join(workspace, 'stories/bad.json'),
);

/** Runs the entry point as the runner would, with these inputs. */
function action(inputs) {
  const env = {
    ...process.env,
    RUNNER_TEMP: join(work, 'runner'),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return spawnSync(process.execPath, [main], { cwd: workspace, env, encoding: 'utf8' });
}

test('the action installs the package and annotates each problem on its line', () => {
  const result = action({ paths: 'stories', package: tarball, version });
  assert.equal(result.status, 1, result.stderr);
  assert.match(
    result.stdout,
    /^::error file=stories\/bad\.json,line=5,col=14,title=SD011::missing required field "kind"/m,
  );
  assert.match(result.stdout, /^2 files checked: 1 valid, 1 invalid/m);
  const good = action({ paths: 'stories/good.json', package: tarball });
  assert.equal(good.status, 0, good.stdout + good.stderr);
  // The default paths (.) and excludes: the workspace's package files are not stories.
  const all = action({ package: tarball, exclude: 'package*.json node_modules' });
  assert.match(all.stdout, /^2 files checked: 1 valid, 1 invalid/m);
  const only = action({ package: tarball, include: 'good.json', exclude: '' });
  assert.equal(only.status, 0, only.stdout + only.stderr);
});

test('the action writes SARIF to its output file, with one result per problem', () => {
  const sarif = join(work, 'report.sarif');
  const result = action({
    paths: 'stories\nstories/good.json',
    format: 'sarif',
    output: sarif,
    package: tarball,
  });
  assert.equal(result.status, 1, result.stderr);
  const log = JSON.parse(readFileSync(sarif, 'utf8'));
  assert.equal(log.version, '2.1.0');
  assert.deepEqual(
    log.runs[0].results.map((r) => r.ruleId),
    ['SD011'],
  );
});

test('the action fails, with an annotation, on another version or a wrong input', () => {
  const moved = action({ paths: 'stories', package: tarball, version: '9.9.9' });
  assert.equal(moved.status, 1);
  assert.match(
    moved.stdout,
    /^::error title=storydata::expected storydata 9\.9\.9, the action runs: storydata /m,
  );
  const strict = action({ paths: 'stories', package: tarball, strict: 'yes' });
  assert.equal(strict.status, 1);
  assert.match(strict.stdout, /^::error title=storydata::strict must be "true" or "false", not "yes"$/m);
  const missing = action({ package: join(work, 'no-such-package.tgz') });
  assert.equal(missing.status, 1);
  assert.match(missing.stdout, /^::error title=storydata::npm could not install /m);
});

test('a given command runs instead of the package (the native action passes its build)', () => {
  const command = fileURLToPath(repoPath('wasm/bin/storydata.js'));
  const result = action({ paths: 'stories/good.json', command, format: 'text', strict: 'true' });
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /^stories\/good\.json: ok$/m);
});

/** The input names an action.yml declares (the keys under `inputs:`). */
function declaredInputs(file) {
  const text = read(file);
  const block = text.slice(text.indexOf('\ninputs:\n'), text.indexOf('\nruns:\n'));
  return [...block.matchAll(/^ {2}([a-z_]+):$/gm)].map((m) => m[1]);
}

test('both actions declare what the entry point reads, and the native one passes each input on', () => {
  const used = readFileSync(main, 'utf8').matchAll(/(?:input|words)\('([a-z_]+)'\)/g);
  assert.deepEqual([...new Set([...used].map((m) => m[1]))].sort(), declaredInputs('action.yml').sort());
  const native = read('action/native/action.yml');
  for (const name of declaredInputs('action/native/action.yml'))
    assert.match(native, new RegExp(`INPUT_${name.toUpperCase()}: \\$\\{\\{ inputs\\.${name} \\}\\}`), name);
  assert.match(native, /INPUT_COMMAND: storydata/);
});
