// SPDX-License-Identifier: Apache-2.0
// The demo page in headless Chromium under its strict CSP: loading, one selection across the
// panels, keyboard use, live validation, untrusted text, filters and queries, the URL hash,
// embedding, accessibility (axe, WCAG 2 A and AA), and screenshots in light and dark mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { start, open, artifacts } from './support/browser.mjs';

const story = JSON.parse(
  readFileSync(new URL('../../schema/examples/south-korea-cyber-spying.story.json', import.meta.url)),
);
const xssFixture = new URL('fixtures/xss.story.json', import.meta.url).pathname;
const lenmoorFixture = new URL('../../tests/fixtures/valid/lenmoor-earthquake.story.json', import.meta.url)
  .pathname;
let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Types into the editor at once: like a paste, one input event. */
const edit = (page, text) =>
  page.$eval(
    '#story-json',
    (area, value) => {
      area.value = value;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );
const classes = (page, selector) =>
  page.$$eval(selector, (elements) => elements.map((e) => [...e.classList]));

test('loads under the strict CSP with no console errors and draws every panel', async () => {
  const { page, errors, response, close } = await open(env.browser, env.url);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  assert.equal(await page.locator('#network .node').count(), story.actors.length);
  assert.ok((await page.locator('#article mark').count()) > 50);
  assert.ok((await page.locator('#timeline .tl-item').count()) >= 5);
  assert.equal(await page.locator('#article h2').textContent(), story.article.headline);
  assert.match(await page.locator('#editor-status').textContent(), /^Valid story/);
  assert.deepEqual(errors, []);
  await close();
});

test('clicking a node selects the actor in every panel, and the hash records it', async () => {
  const { page, errors, close } = await open(env.browser, env.url);
  await page.click('#network .node[data-id="north-korea"] .symbol');
  assert.ok(
    (await page.getAttribute('#network .node[data-id="north-korea"]', 'class')).includes('is-selected'),
  );
  const marks = await classes(page, '#article mark[data-refs~="actor:north-korea"]');
  assert.ok(marks.length > 5 && marks.every((c) => c.includes('is-selected')));
  assert.ok(
    (await page.getAttribute('#timeline .tl-item[data-id="us-intrusion-north-korea"]', 'class')).includes(
      'is-related',
    ),
  );
  assert.ok(
    (await page.getAttribute('#timeline .tl-item[data-id="snowden-leak"]', 'class'))
      .split(' ')
      .every((c) => c !== 'is-related'),
  );
  assert.ok((await page.locator('#network-table tr.is-selected').count()) > 0);
  assert.match(await page.evaluate(() => location.hash), /select=actor%3Anorth-korea/);
  assert.deepEqual(errors, []);
  await close();
});

test('the hash is a permalink: selection and filters come back', async () => {
  const { page, close } = await open(env.browser, env.url, {
    hash: '#select=event%3Asony-cyberattack&kind=espionage',
  });
  assert.ok(
    (await page.getAttribute('#timeline .tl-item[data-id="sony-cyberattack"]', 'class')).includes(
      'is-selected',
    ),
  );
  assert.equal(await page.inputValue('select[name="kind"]'), 'espionage');
  assert.ok((await page.getAttribute('#network .node[data-id="china"]', 'class')).includes('is-dimmed'));
  assert.ok(!(await page.getAttribute('#network .node[data-id="nsa"]', 'class')).includes('is-dimmed'));
  await close();
});

test('keyboard: arrows move between neighbours and marks, Enter selects, Escape clears', async () => {
  const { page, close } = await open(env.browser, env.url);
  const active = () =>
    page.evaluate(() => document.activeElement.dataset.id ?? document.activeElement.dataset.refs);
  // One tab stop per panel: Tab from the article's marks reaches the network.
  assert.equal(await page.locator('#network .node[tabindex="0"]').count(), 1);
  await page.focus('#network .node[data-id="nsa"]');
  await page.keyboard.press('ArrowRight');
  const moved = await active();
  assert.notEqual(moved, 'nsa');
  const adjacent = await page.$$eval('#network .edge', (edges) =>
    edges.flatMap((e) =>
      e.dataset.from === 'nsa' ? [e.dataset.to] : e.dataset.to === 'nsa' ? [e.dataset.from] : [],
    ),
  );
  assert.ok(adjacent.includes(moved), `${moved} is a neighbour of nsa`);
  await page.keyboard.press('Enter');
  assert.ok((await page.getAttribute(`#network .node[data-id="${moved}"]`, 'class')).includes('is-selected'));
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.is-selected').count(), 0);

  await page.focus('#timeline .tl-item[tabindex="0"]');
  const first = await active();
  await page.keyboard.press('ArrowDown');
  const second = await active();
  assert.notEqual(second, first);
  await page.keyboard.press('Enter');
  assert.ok((await page.locator(`#article mark.is-selected[data-refs~="event:${second}"]`).count()) > 0);

  await page.focus('#article mark[tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  assert.match(await active(), /:/);
  assert.equal(await page.isVisible('#mention-card'), true);
  assert.ok((await page.textContent('#mention-card')).length > 10);
  await close();
});

test('an invalid edit lists the diagnostic at line:column; fixing it restores the graphics', async () => {
  const { page, errors, close } = await open(env.browser, env.url);
  const text = await page.inputValue('#story-json');
  const broken = text.replace('"kind": "agency"', '"kind": "agencyy"');
  await edit(page, broken);
  await page.waitForSelector('.diagnostic.error');
  assert.match(await page.textContent('.diagnostics'), /\d+:\d+ error SD013/);
  assert.match(await page.textContent('#editor-status'), /1 error/);
  assert.equal(await page.evaluate(() => document.body.classList.contains('is-stale')), true);
  await page.click('.diagnostic.error button');
  const caret = await page.evaluate(() => document.activeElement.selectionStart);
  assert.equal(broken.slice(caret, caret + 8), '"agencyy');

  await edit(page, text.replace('"name": "National Security Agency"', '"name": "No Such Agency"'));
  await page.waitForFunction(() => !document.body.classList.contains('is-stale'));
  assert.equal(await page.locator('.diagnostic.error').count(), 0);
  assert.equal(await page.locator('#network .node').count(), story.actors.length);
  assert.equal(await page.textContent('#network .node[data-id="nsa"] text'), 'No Such Agency');
  assert.deepEqual(errors, []);
  await close();
});

test('story text is rendered as text: a story full of markup shows it literally', async () => {
  const { page, errors, close } = await open(env.browser, env.url);
  await page.setInputFiles('#story-file', xssFixture);
  await page.waitForFunction(() =>
    document.querySelector('#article h2')?.textContent.includes('Headline with markup'),
  );
  const fixture = JSON.parse(readFileSync(xssFixture, 'utf8'));
  assert.equal(await page.textContent('#article h2'), fixture.article.headline);
  assert.equal(await page.textContent('#network .node[data-id="mallory"] text'), fixture.actors[0].name);
  await page.hover('#article mark[data-refs~="actor:mallory"]');
  assert.match(await page.textContent('#mention-card'), /<svg onload=window.__xss=5>/);
  await page.click('#timeline .tl-item[data-id="meeting"] .mark');
  assert.equal(await page.locator('main img, main script, main b, main i, main svg[onload]').count(), 0);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(errors, []);
  await close();
});

test("mentions and evidence in the headline and standfirst are marked like the body's", async () => {
  const { page, errors, close } = await open(env.browser, env.url);
  await page.setInputFiles('#story-file', lenmoorFixture);
  await page.waitForFunction(() => document.querySelector('#article h2')?.textContent.includes('Lenmoor'));
  assert.equal(await page.textContent('#article h2'), 'Earthquake kills dozens in Lenmoor');
  assert.deepEqual(
    await page.$$eval('#article h2 mark', (marks) => marks.map((m) => [m.textContent, m.dataset.refs])),
    [
      ['Earthquake kills dozens', 'event:quake'],
      ['Lenmoor', 'actor:lenmoor'],
    ],
  );
  assert.deepEqual(
    await page.$$eval('#article .standfirst mark', (marks) => marks.map((m) => m.dataset.refs)),
    ['actor:rescuers', 'actor:varra'],
  );
  await page.hover('#article h2 mark[data-refs="actor:lenmoor"]');
  assert.match(await page.textContent('#mention-card'), /Lenmoor/);
  assert.deepEqual(errors, []);
  await close();
});

test('a dropped story replaces the example; the edited story downloads', async () => {
  const { page, close } = await open(env.browser, env.url);
  const text = readFileSync(xssFixture, 'utf8');
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.story.json', { type: 'application/json' }));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, text);
  await page.waitForFunction(() => document.querySelectorAll('#network .node').length === 2);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Download story')]);
  assert.equal(download.suggestedFilename(), 'xss-fixture.story.json');
  assert.equal(readFileSync(await download.path(), 'utf8'), text);
  await close();
});

test('filters and the query box run through the SDK and dim what does not match', async () => {
  const { page, close } = await open(env.browser, env.url);
  await page.selectOption('select[name="certainty"]', 'confirmed');
  assert.ok(
    (await page.getAttribute('#timeline .tl-item[data-id="us-intrusion-north-korea"]', 'class')).includes(
      'is-dimmed',
    ),
  );
  assert.ok(
    !(await page.getAttribute('#timeline .tl-item[data-id="snowden-leak"]', 'class')).includes('is-dimmed'),
  );
  assert.match(await page.evaluate(() => location.hash), /certainty=confirmed/);
  await page.click('button[type="reset"]');
  await page.fill('input[name="query"]', 'events where agnt = nsa');
  await page.press('input[name="query"]', 'Enter');
  assert.match(await page.textContent('#query-status'), /agent.*column 14/);
  await page.fill('input[name="query"]', 'events where target = us');
  await page.press('input[name="query"]', 'Enter');
  assert.match(await page.textContent('#query-status'), /^5 rows/);
  assert.equal(await page.locator('.query-results tbody tr').count(), 5);
  assert.ok(
    (await page.getAttribute('#timeline .tl-item[data-id="snowden-leak"]', 'class')).includes('is-dimmed'),
  );
  await close();
});

test('embedded in an iframe, the frame takes the page height; other windows are ignored', async () => {
  const context = await env.browser.newContext();
  const page = await context.newPage();
  const host = `${env.url}host-test.html`;
  await page.route(host, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<iframe data-storydata-demo src="${env.url}#select=actor%3Ansa" title="demo" style="width:900px;height:100px"></iframe><script src="${env.url}embed.js"></script>`,
    }),
  );
  await page.goto(host);
  await page.waitForFunction(
    () => document.querySelector('iframe').getBoundingClientRect().height > 1000,
    null,
    { timeout: 15000 },
  );
  await page.evaluate(() => window.postMessage({ type: 'storydata-demo:height', height: 5 }, '*'));
  await page.waitForTimeout(100);
  assert.ok(
    await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height > 1000),
  );
  const frame = page.frames().find((f) => f !== page.mainFrame());
  assert.ok((await frame.getAttribute('#network .node[data-id="nsa"]', 'class')).includes('is-selected'));
  await context.close();
});

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds no WCAG 2 A/AA violations (${colorScheme}); screenshot`, async () => {
    const { page, close } = await open(env.browser, env.url, {
      colorScheme,
      hash: '#select=actor%3Asouth-korea',
    });
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    assert.deepEqual(
      violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
    await page.screenshot({ path: join(artifacts, `demo-${colorScheme}.png`), fullPage: true });
    await close();
  });
}
