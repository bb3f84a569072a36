// SPDX-License-Identifier: Apache-2.0
// Colour: on a terminal by default, never in a pipe, off with NO_COLOR, forced with --color.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cli, invalidDir, root, run } from './support.mjs';

const withError = `${invalidDir}/SD013-unknown-enum-value.json`;
const escape = '\x1b[';

// The command's output on a pseudo-terminal (util-linux's script), as a user sees it.
function onTerminal(args, env = {}) {
  const command = [cli, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, TERM: 'xterm', NO_COLOR: '', ...env },
  });
  return r.stdout;
}

test('a terminal gets colour: the location bold, the severity and the caret in its colour', () => {
  const out = onTerminal(['validate', withError]);
  assert.ok(out.includes(`${escape}1m${withError}:5:34:${escape}0m`), out);
  assert.ok(out.includes(`${escape}1;31merror SD013:${escape}0m`), out);
});

test('NO_COLOR, TERM=dumb and --color=never turn it off; --color=always turns it on in a pipe', () => {
  assert.ok(!onTerminal(['validate', withError], { NO_COLOR: '1' }).includes(escape));
  assert.ok(!onTerminal(['validate', withError], { TERM: 'dumb' }).includes(escape));
  assert.ok(!onTerminal(['validate', '--color=never', withError]).includes(escape));
  assert.ok(onTerminal(['validate', withError], { NO_COLOR: '' }).includes(escape));
  assert.ok(!run(['validate', withError]).stdout.includes(escape));
  const forced = run(['validate', '--color', 'always', withError]);
  assert.ok(forced.stdout.includes(`${escape}1;31merror SD013:`));
  // Without the escapes it is the plain output, byte for byte.
  assert.equal(
    forced.stdout.replaceAll(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), ''),
    run(['validate', withError]).stdout,
  );
  // The commands that print diagnostics on stderr colour them there.
  assert.ok(run(['convert', '--color=always', '--to', 'stix', withError]).stderr.includes(escape));
  const bad = run(['validate', '--color=sometimes', withError]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown colour mode 'sometimes': expected auto, always or never/);
});
