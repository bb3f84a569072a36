// SPDX-License-Identifier: Apache-2.0
// The npm package's budgets: size (gzip), time until the module is ready in Node, and validation
// throughput in WebAssembly against JSON.parse + ajv in the same Node process, on the same corpus.
// Usage: node bench/wasm_bench.mjs CORPUS.ndjson [REPEATS]   (bench/wasm_bench.sh makes the corpus)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const [corpusPath, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg ?? 7);
const wasmDir = new URL('../wasm/', import.meta.url);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => (n / 1024).toFixed(1);

// Size: what a page downloads (the .wasm, the Emscripten glue, the package's own module).
const files = ['dist/storydata-core.wasm', 'dist/storydata-core.mjs', 'index.js'];
let raw = 0, gzip = 0;
console.log('size                         raw KB   gzip KB');
for (const file of files) {
  const bytes = readFileSync(new URL(file, wasmDir));
  const packed = gzipSync(bytes, { level: 9 }).length;
  raw += bytes.length; gzip += packed;
  console.log(`${file.padEnd(28)} ${kb(bytes.length).padStart(6)} ${kb(packed).padStart(9)}`);
}
console.log(`${'total'.padEnd(28)} ${kb(raw).padStart(6)} ${kb(gzip).padStart(9)}   budget 150, goal 100`);

// Ready: `await load()` in a fresh process (compile + instantiate), median of fresh processes.
const readyScript = `const t = performance.now(); const { load } = await import('storydata');
  await load(); console.log(performance.now() - t);`;
const ready = [];
for (let r = 0; r < repeats; ++r)
  ready.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', readyScript],
    { cwd: new URL('.', wasmDir), encoding: 'utf8' })));
console.log(`\nmodule ready in Node: median ${median(ready).toFixed(1)} ms of ${repeats} processes (budget 50 ms)`);

// Throughput on the same lines: storydata.validate (structure + semantic rules, in WebAssembly)
// against JSON.parse + ajv (structure only).
const { load } = await import(new URL('index.js', wasmDir));
const sd = await load();
const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const schema = JSON.parse(readFileSync(new URL('../schema/story.schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ strict: true }).compile(schema);
const text = readFileSync(corpusPath, 'utf8');
const lines = text.split('\n').filter((line) => line.length > 0);
const bytes = Buffer.byteLength(text);

function throughput(validate) {
  const times = [];
  let valid = 0;
  for (let r = 0; r < repeats; ++r) {
    valid = 0;
    const start = performance.now();
    for (const line of lines) if (validate(line)) ++valid;
    times.push((performance.now() - start) / 1000);
  }
  return { valid, mbps: bytes / 1e6 / median(times) };
}
const wasm = throughput((line) => sd.validate(line).ok);
const competitor = throughput((line) => ajv(JSON.parse(line)));
console.log(`\nvalidation, ${lines.length} stories, ${(bytes / 1e6).toFixed(1)} MB NDJSON, median of ${repeats}`);
console.log(`storydata (WebAssembly, structure + semantics) ${wasm.mbps.toFixed(1).padStart(6)} MB/s  valid ${wasm.valid}`);
console.log(`JSON.parse + ajv (structure only)              ${competitor.mbps.toFixed(1).padStart(6)} MB/s  valid ${competitor.valid}`);
console.log(`ratio storydata/ajv = ${(wasm.mbps / competitor.mbps).toFixed(2)}`);
