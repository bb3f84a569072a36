// SPDX-License-Identifier: Apache-2.0
// Test harness: builds the page with Vite (unless DEMO_DIST names a built one), serves it with the
// strict CSP, and drives Debian's Chromium through playwright-core (no browser download).
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { serve } from '../../serve.mjs';
import { launchChromium } from '../../../tests/support/chromium.mjs';

const demo = fileURLToPath(new URL('../..', import.meta.url));
export const artifacts = process.env.DEMO_ARTIFACTS ?? join(demo, '..', 'build', 'js-demo-artifacts');

export async function buildPage() {
  if (process.env.DEMO_DIST) return process.env.DEMO_DIST;
  const outDir = mkdtempSync(join(tmpdir(), 'storydata-demo-'));
  await build({ root: demo, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}

export async function launch() {
  return launchChromium(chromium);
}

/** Builds, serves and launches once: {url, browser, close()}. */
export async function start() {
  mkdirSync(artifacts, { recursive: true });
  const { server, url } = await serve({ root: await buildPage() });
  const browser = await launch();
  return {
    url,
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/** A new page at url (hash optional) that records console errors and page errors. */
export async function open(browser, url, { colorScheme = 'light', hash = '' } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, colorScheme });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(url + hash);
  await page.waitForSelector('html[data-ready]', { timeout: 15000 });
  return { page, errors, response, close: () => context.close() };
}
