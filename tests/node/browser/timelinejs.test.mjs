// SPDX-License-Identifier: Apache-2.0
// The real TimelineJS (npm @knight-lab/timelinejs) loads storydata's export of the example story in
// Chromium: no console or page errors, one slide per exported event plus the title slide, and the
// story's text shown as text. Debian's Chromium is driven by playwright-core; no browser is
// downloaded and nothing leaves 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { chromium } from 'playwright-core';
import { root, run } from '../cli/support.mjs';
import { launchChromium } from '../../support/chromium.mjs';

const require = createRequire(import.meta.url);
const dist = join(dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
const types = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.png': 'image/png',
};

const page = `<!doctype html>
<html><head><meta charset="utf-8"><title>storydata in TimelineJS</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dist/css/timeline.css">
<script src="/dist/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1000px; height: 600px"></div>
<script>
  fetch('/timeline.json').then((r) => r.json()).then((data) => {
    // TimelineJS fetches locales relative to script_path (by default its CDN), and its font
    // themes from Google Fonts: local files only, and the stylesheet's own fonts.
    window.timeline = new TL.Timeline('timeline', data, { script_path: location.origin + '/dist/js/', font: null });
    window.timeline.on('loaded', () => { window.timelineLoaded = true; });
  });
</script></body></html>`;

/** Serves the page, the export and TimelineJS's dist folder; anything else is a 404. */
function serve(timeline) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    if (path === '/') return response.writeHead(200, { 'content-type': 'text/html' }).end(page);
    if (path === '/timeline.json')
      return response.writeHead(200, { 'content-type': types['.json'] }).end(timeline);
    const file = normalize(join(dist, path.replace(/^\/dist\//, '')));
    if (path.startsWith('/dist/') && file.startsWith(dist + sep)) {
      try {
        const body = await readFile(file);
        return response
          .writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
          .end(body);
      } catch {
        // not there: a 404 below
      }
    }
    response.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('TimelineJS renders the export of the example story without errors', async (t) => {
  const exported = run([
    'convert',
    '--from',
    'story',
    '--to',
    'timelinejs',
    join(root, 'schema/examples/south-korea-cyber-spying.story.json'),
  ]);
  assert.equal(exported.status, 0, exported.stderr);
  const data = JSON.parse(exported.stdout);
  assert.ok(data.events.length > 0);

  const server = await serve(exported.stdout);
  t.after(() => server.close());
  const browser = await launchChromium(chromium);
  t.after(() => browser.close());
  const tab = await browser.newPage();
  const errors = [];
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  tab.on('pageerror', (error) => errors.push(`page: ${error.message}`));
  tab.on('requestfailed', (request) =>
    errors.push(`request: ${request.url()} ${request.failure()?.errorText}`),
  );
  tab.on('response', (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  // Only the local server: a request elsewhere would be a test that depends on the internet.
  await tab.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      errors.push(`outside request: ${route.request().url()}`);
      return route.abort();
    },
  );

  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.timelineLoaded === true, null, { timeout: 30000 });
  await tab.waitForSelector('.tl-slide');

  assert.equal(await tab.locator('.tl-slide').count(), data.events.length + 1); // + the title slide
  const headlines = await tab.locator('.tl-slide .tl-headline').allTextContents();
  // The export escapes story text; TimelineJS shows it as the story's own words.
  const unescape = (html) =>
    html
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  for (const slide of [data.title, ...data.events])
    assert.ok(headlines.includes(unescape(slide.text.headline)), `no slide shows ${slide.text.headline}`);
  assert.deepEqual(errors, []);
});
