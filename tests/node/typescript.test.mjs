// SPDX-License-Identifier: Apache-2.0
// The generated TypeScript declarations compile under --strict, accept a real usage example and
// reject a wrong enum value (the example's @ts-expect-error fails the build if it is accepted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { strictTscArgs } from '../support/typescript.mjs';

test('tsc --noEmit --strict accepts the usage example', () => {
  const tsc = fileURLToPath(new URL('node_modules/typescript/bin/tsc', import.meta.url));
  const usage = fileURLToPath(new URL('types/usage.ts', import.meta.url));
  const run = spawnSync(
    process.execPath,
    strictTscArgs(tsc, usage, { module: 'es2022', moduleResolution: 'node' }),
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stdout + run.stderr);
});
