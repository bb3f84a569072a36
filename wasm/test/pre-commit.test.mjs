// SPDX-License-Identifier: Apache-2.0
// The hooks of .pre-commit-hooks.yaml run by the real pre-commit (Debian's) in a fresh project:
// pre-commit installs the hook repository as `language: node` does, with the packed npm package
// in place of the published one, and the hooks check the project's story files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { read, repoPath } from './support.mjs';

const { version } = JSON.parse(read('wasm/package.json'));

test('the hooks name the package at the repository version', () => {
  const manifest = read('.pre-commit-hooks.yaml');
  const pinned = [...manifest.matchAll(/additional_dependencies: \["storydata@([^"]+)"\]/g)].map((m) => m[1]);
  assert.deepEqual(pinned, [version, version]);
  assert.equal(manifest.match(/^ {2}language: node$/gm).length, 2);
  // pre-commit packs the repository's root package to install the hooks: it needs a version.
  assert.equal(JSON.parse(read('package.json')).version, version);
});

test('pre-commit installs the hooks with language: node and they check story files', () => {
  const work = mkdtempSync(join(tmpdir(), 'storydata-pre-commit-'));
  try {
    const git = (cwd, ...args) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd });
    // The hook repository as pre-commit clones it: the manifest and the root package.
    const hooks = join(work, 'hooks');
    mkdirSync(hooks);
    for (const file of ['.pre-commit-hooks.yaml', 'package.json', 'package-lock.json'])
      copyFileSync(fileURLToPath(repoPath(file)), join(hooks, file));
    git(hooks, 'init', '-q');
    git(hooks, 'add', '.');
    git(hooks, 'commit', '-qm', 'hooks');
    const rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: hooks, encoding: 'utf8' }).trim();
    const packed = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
      cwd: fileURLToPath(repoPath('wasm/')),
      encoding: 'utf8',
    });
    const tarball = join(work, JSON.parse(packed)[0].filename);

    const project = join(work, 'project');
    mkdirSync(project);
    copyFileSync(
      fileURLToPath(repoPath('tests/fixtures/valid/editor-schema.story.json')),
      join(project, 'a.story.json'),
    );
    writeFileSync(join(project, 'b.story.json'), '{"storydata": "1.0"}');
    writeFileSync(join(project, 'package.json'), '{"not": "a story"}');
    writeFileSync(
      join(project, '.pre-commit-config.yaml'),
      `repos:
  - repo: ${hooks}
    rev: ${rev}
    hooks:
      - id: storydata-validate
        additional_dependencies: ["${tarball}"]
      - id: storydata-fmt
        additional_dependencies: ["${tarball}"]
`,
    );
    git(project, 'init', '-q');
    git(project, 'add', '.');
    const result = spawnSync('pre-commit', ['run', '--all-files'], {
      cwd: project,
      env: { ...process.env, PRE_COMMIT_HOME: join(work, 'cache') },
      encoding: 'utf8',
    });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /^storydata validate\.+Failed$/m);
    assert.match(result.stdout, /^b\.story\.json:1:1: error SD011: missing required field "id"$/m);
    assert.match(result.stdout, /^a\.story\.json: ok$/m);
    assert.doesNotMatch(result.stdout, /package\.json/);
    assert.match(result.stdout, /^storydata fmt --check\.+Failed$/m);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
