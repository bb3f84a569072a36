// SPDX-License-Identifier: Apache-2.0
// The demo page's budgets: the gzip size of its JavaScript (the .wasm excluded) against 60 KB, and
// the time from navigation to the graphics drawn (the page's "graphics-drawn" performance mark)
// in headless Chromium, median of RUNS fresh browser contexts (default 9); and the time of one
// edit from validation to the graphics redrawn. Exits 1 over the size budget.
//   node bench/demo_bench.mjs [--json]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildPage, launch } from '../test/support/browser.mjs';
import { serve } from '../serve.mjs';

const budgetKB = 60;
const runs = Number(process.env.RUNS ?? 9);
const dist = await buildPage();

const files = readdirSync(dist, { recursive: true }).filter((f) => f.endsWith('.js'));
const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);

const { server, url } = await serve({ root: dist });
const browser = await launch();
const times = [];
const edits = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector('html[data-ready]', { timeout: 30000 });
  times.push(await page.evaluate(() => performance.getEntriesByName('graphics-drawn')[0].startTime));
  // One edit: validation in WebAssembly, the model rebuilt, every panel redrawn.
  edits.push(await page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(list.getEntries()[0].duration)).observe({ entryTypes: ['measure'] });
    const area = document.querySelector('#story-json');
    area.value += ' ';
    area.dispatchEvent(new Event('input'));
  })));
  await context.close();
}
await browser.close();
server.close();

times.sort((a, b) => a - b);
edits.sort((a, b) => a - b);
const result = {
  js_files: files.length, js_gzip_kb: +(gzipBytes / 1024).toFixed(1), js_budget_kb: budgetKB,
  graphics_drawn_ms: { median: +times[Math.floor(runs / 2)].toFixed(0), min: +times[0].toFixed(0), max: +times.at(-1).toFixed(0), runs },
  edit_redraw_ms: { median: +edits[Math.floor(runs / 2)].toFixed(0), min: +edits[0].toFixed(0), max: +edits.at(-1).toFixed(0), runs },
};
if (process.argv.includes('--json')) console.log(JSON.stringify(result));
else {
  console.log(`page JS: ${result.js_gzip_kb} KB gzip in ${files.length} file(s) (budget ${budgetKB} KB; .wasm excluded)`);
  console.log(`edit to graphics redrawn (validate, rebuild, redraw; after the 250 ms debounce): median ${result.edit_redraw_ms.median} ms (min ${result.edit_redraw_ms.min}, max ${result.edit_redraw_ms.max})`);
  console.log(`navigation to graphics drawn: median ${result.graphics_drawn_ms.median} ms (min ${result.graphics_drawn_ms.min}, max ${result.graphics_drawn_ms.max}, ${runs} runs, headless Chromium)`);
}
process.exit(result.js_gzip_kb > budgetKB ? 1 : 0);
