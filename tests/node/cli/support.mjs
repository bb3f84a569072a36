// SPDX-License-Identifier: Apache-2.0
// Shared by the CLI tests: run the built `storydata` (STORYDATA_CLI, set by ctest) as a user would,
// from the repository root, and read the golden diagnostics of the fixtures.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../../', import.meta.url));
export const cli = process.env.STORYDATA_CLI;
assert.ok(cli, 'STORYDATA_CLI must name the built storydata binary (ctest sets it)');

const utf8 = new TextDecoder('utf-8', { fatal: true }); // output must be valid UTF-8

/** Runs `storydata ...args`; `input` goes to standard input, `env` adds to the environment.
 * Output is checked to be UTF-8. */
export function run(args, { input = '', cwd = root, env = {} } = {}) {
  const result = spawnSync(cli, args, { cwd, input, env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
  assert.equal(result.error, undefined, `cannot run ${cli}: ${result.error}`);
  return { status: result.status, stdout: utf8.decode(result.stdout), stderr: utf8.decode(result.stderr) };
}

export const invalidDir = 'tests/fixtures/invalid';
export const validDir = 'tests/fixtures/valid';

/** The fixtures of a folder, relative to the root, in the order the CLI sorts them. */
export function fixtures(dir) {
  return readdirSync(join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`);
}

/** The golden diagnostics of an invalid fixture (NAME.expected, written by the doctest suite). */
export function expected(fixture) {
  const text = readFileSync(join(root, fixture.replace(/\.json$/, '.expected')), 'utf8');
  const out = [];
  for (const line of text.split('\n').filter(Boolean)) {
    const hint = line.match(/^ {2}hint: (.*)$/);
    if (hint) {
      out.at(-1).hint = hint[1];
      continue;
    }
    const m = line.match(/^(error|warning|info) (SD\d{3}) (\S+) (\d+):(\d+) (.*)$/);
    assert.ok(m, `unexpected line in the golden file of ${fixture}: ${line}`);
    out.push({
      severity: m[1],
      code: m[2],
      pointer: m[3] === '""' ? '' : m[3],
      line: Number(m[4]),
      column: Number(m[5]),
      message: m[6],
      hint: '',
    });
  }
  return out;
}

/** A fresh folder under the system's temporary folder, removed after `body`. */
export function withTempDir(body) {
  const dir = mkdtempSync(join(tmpdir(), 'storydata-cli-'));
  try {
    return body(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
