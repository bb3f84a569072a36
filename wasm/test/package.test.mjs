// SPDX-License-Identifier: Apache-2.0
// The package as users get it: `npm pack`, installed into a fresh project, used from Node and from
// a Vitest suite, type checked with `tsc --strict`, and built into a page by Vite that runs in
// Chromium, on the page and in a Web Worker, under a strict Content Security Policy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoPath } from './support.mjs';
import { serve } from './browser/serve.mjs';
import { launchChromium } from '../../tests/support/chromium.mjs';
import { strictTscArgs } from '../../tests/support/typescript.mjs';

const wasmDir = fileURLToPath(repoPath('wasm/'));
const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));
const project = mkdtempSync(join(tmpdir(), 'storydata-consumer-'));
const run = (cmd, args, cwd = project) => execFileSync(cmd, args, { cwd, encoding: 'utf8' });

// Pack and install the tarball, offline: the package has no dependencies.
const tarball = join(
  project,
  JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], wasmDir))[0].filename,
);
writeFileSync(
  join(project, 'package.json'),
  JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
);
run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--loglevel=error', tarball]);

test('the tarball holds the module, the glue, the command, the types, the schema, the vocabulary and the licence, nothing else', () => {
  const files = readdirSync(join(project, 'node_modules/storydata'), { recursive: true }).sort();
  assert.deepEqual(
    files.filter((f) => !['bin', 'dist', 'types'].includes(f)),
    [
      'README.md',
      'bin/storydata.js',
      'dist/LICENSE',
      'dist/story.schema.json',
      'dist/storydata-cli.cjs',
      'dist/storydata-cli.wasm',
      'dist/storydata-core.mjs',
      'dist/storydata-core.wasm',
      'index.d.ts',
      'index.js',
      'package.json',
      'types/api.d.ts',
      'types/diagnostic.d.ts',
      'types/query.d.ts',
      'types/story.d.ts',
      'vocabulary.json',
    ],
  );
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules/storydata/package.json'), 'utf8'));
  assert.equal(manifest.license, 'Apache-2.0');
  assert.match(readFileSync(join(project, 'node_modules/storydata/dist/LICENSE'), 'utf8'), /Apache License/);
});

test('the vocabulary imports as JSON without loading the module', () => {
  writeFileSync(
    join(project, 'vocabulary.mjs'),
    `
    import vocabulary from 'storydata/vocabulary.json' with { type: 'json' };
    const { espionage } = vocabulary.event_kinds;
    console.log(JSON.stringify([espionage.verb, espionage.required_roles, vocabulary.roles.speaker.doer]));`,
  );
  assert.equal(run('node', ['vocabulary.mjs']).trim(), '["spies on",["agent","target"],true]');
});

test('a fresh Node project imports and uses it', () => {
  writeFileSync(
    join(project, 'use.mjs'),
    `
    import { load } from 'storydata';
    const sd = await load();
    const story = { storydata: '1.0', id: 's', article: { headline: 'h', body: [] },
                    actors: [{ id: 'a', kind: 'person', name: 'A' }] };
    console.log(JSON.stringify([sd.validate(story).ok, sd.query(story, 'actors').count]));`,
  );
  assert.equal(run('node', ['use.mjs']).trim(), '[true,1]');
});

test('npx storydata runs the command from the installed package: files, standard input, exit codes', () => {
  const npx = (args, input = '') =>
    spawnSync('npx', ['--offline', '--no-install', 'storydata', ...args], {
      cwd: project,
      input,
      encoding: 'utf8',
    });
  assert.match(npx(['--version']).stdout, /^storydata \d+\.\d+\.\d+ \(schema \d+\.\d+\)\n$/);
  writeFileSync(join(project, 'bad.json'), '{"storydata": "1.0"}');
  const bad = npx(['validate', '--format', 'json', 'bad.json']);
  assert.equal(bad.status, 1, bad.stderr);
  assert.equal(JSON.parse(bad.stdout).files[0].path, 'bad.json');
  const good = npx(
    ['validate', '-'],
    JSON.stringify({ storydata: '1.0', id: 's', article: { headline: 'h', body: [] } }),
  );
  assert.equal(good.status, 0, good.stdout + good.stderr);
  assert.equal(npx(['validate', '--no-such-option']).status, 2);
});

test('CommonJS code requires it, and a missing module is a LoadError', () => {
  writeFileSync(
    join(project, 'use.cjs'),
    `
    const { load, LoadError } = require('storydata');
    load().then(async (sd) => {
      const missing = await load({ wasm: 'no-such.wasm' }).catch((e) => e);
      console.log(JSON.stringify([sd.validate('{}').ok, missing instanceof LoadError, missing.url]));
    });`,
  );
  assert.equal(run('node', ['use.cjs']).trim(), '[false,true,"no-such.wasm"]');
});

test('a Vitest suite loads it and runs its calls', () => {
  writeFileSync(
    join(project, 'story.test.js'),
    `
    import { load, LoadError } from 'storydata';
    const story = { storydata: '1.0', id: 's', article: { headline: 'h', body: [] },
                    actors: [{ id: 'a', kind: 'person', name: 'A' }] };
    test('validates and queries', async () => {
      const sd = await load();
      expect(sd.validate(story).ok).toBe(true);
      expect(sd.query(story, 'actors').count).toBe(1);
      expect(sd.validate('{"storydata": "1.0"}').diagnostics.map((d) => d.code)).toContain('SD011');
    });
    test('rejects a missing module with a LoadError', async () => {
      await expect(load({ wasm: 'no-such.wasm' })).rejects.toBeInstanceOf(LoadError);
    });`,
  );
  const vitest = join(browserDir, 'node_modules/vitest/vitest.mjs');
  const out = spawnSync('node', [vitest, 'run', '--globals', 'story.test.js'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CI: '1' },
  });
  assert.equal(out.status, 0, out.stdout + out.stderr);
  assert.match(out.stdout, /Tests {2}2 passed \(2\)/);
});

test('TypeScript users get types that check under --strict', () => {
  writeFileSync(
    join(project, 'use.ts'),
    `
    import { load, QueryError, type Story, type Diagnostic } from 'storydata';
    const sd = await load();
    const story: Story = { storydata: '1.0', id: 's', article: { headline: 'h', body: [] } };
    const problems: Diagnostic[] = sd.validate(story).diagnostics;
    const kinds: string[] = sd.network(story).nodes.map((n) => n.kind);
    try { sd.query(story, 'actors where'); } catch (e) { if (e instanceof QueryError) console.log(e.column); }
    console.log(problems.length, kinds, sd.timeline(story, { during: '2014' }).length);`,
  );
  const tsc = join(browserDir, 'node_modules/typescript/bin/tsc');
  const typecheck = (file) =>
    run('node', strictTscArgs(tsc, file, { module: 'nodenext', moduleResolution: 'nodenext' }));
  typecheck('use.ts');
  writeFileSync(
    join(project, 'wrong.ts'),
    `
    import { load } from 'storydata';
    const sd = await load();
    sd.validate({ storydata: '1.0', id: 's', article: { headline: 1, body: [] } });`,
  );
  assert.throws(
    () => typecheck('wrong.ts'),
    (e) => /wrong\.ts\(4,\d+\): error TS2322/.test(e.stdout),
  );
});

test('a page built by Vite runs it in Chromium, on the page and in a worker, under a strict CSP', async () => {
  cpSync(join(browserDir, 'page'), join(project, 'page'), { recursive: true });
  run(
    'node',
    [join(browserDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
    join(project, 'page'),
  );
  const dist = join(project, 'page/dist');
  assert.ok(
    readdirSync(join(dist, 'assets')).some((f) => f.endsWith('.wasm')),
    'Vite emitted the .wasm',
  );
  await inChromium(dist, '', async (page) => {
    const expected = /^\d+\.\d+\.\d+ SD210 nodes=1$/;
    await page.waitForFunction(
      () =>
        !document.querySelectorAll('output')[1].textContent.startsWith('loading') &&
        !document.querySelectorAll('output')[0].textContent.startsWith('loading'),
    );
    assert.match(await page.textContent('#page'), expected);
    assert.match(await page.textContent('#worker'), expected);
  });
});

test('a plain <script type="module"> imports it from node_modules, without a bundler', async () => {
  writeFileSync(
    join(project, 'plain.html'),
    '<!doctype html><title>plain</title><output id="ok">loading</output><output id="missing">loading</output>' +
      '<script type="module" src="plain.js"></script>',
  );
  writeFileSync(
    join(project, 'plain.js'),
    `
    import { load, LoadError } from './node_modules/storydata/index.js';
    const sd = await load();
    document.querySelector('#ok').textContent = String(sd.validate('{}').diagnostics[0].code);
    try {
      await load({ wasm: new URL('./no-such.wasm', import.meta.url) });
    } catch (e) {
      document.querySelector('#missing').textContent = (e instanceof LoadError) + ' ' + e.message;
    }`,
  );
  await inChromium(project, 'plain.html', async (page) => {
    await page.waitForFunction(() => document.querySelector('#missing').textContent !== 'loading');
    assert.equal(await page.textContent('#ok'), 'SD011');
    assert.match(
      await page.textContent('#missing'),
      /^true cannot load the storydata WebAssembly module from http:\/\/127\.0\.0\.1:\d+\/no-such\.wasm: HTTP 404/,
    );
  });
});

/** Serves `root` with the strict CSP, opens `path` in Chromium and runs `body(page)`; the page
 * must log no error but the one 404 a test asks for. */
async function inChromium(root, path, body) {
  const { chromium } = await import(join(browserDir, 'node_modules/playwright-core/index.mjs'));
  const server = await serve(root);
  const browser = await launchChromium(chromium);
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().includes('404')) errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + path);
    await body(page);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    server.close();
  }
}
