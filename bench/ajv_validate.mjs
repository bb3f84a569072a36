// SPDX-License-Identifier: Apache-2.0
// The competitor for validation: Node's JSON.parse + ajv (draft 2020-12, compiled once) on the
// published schema, over a corpus in NDJSON (one story per line). Prints one JSON line:
// {"tool", "documents", "bytes", "valid", "median_seconds", "mb_per_s"}.
// Usage: node ajv_validate.mjs CORPUS.ndjson [REPEATS]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const [corpusPath, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg ?? 7);
const schema = JSON.parse(readFileSync(new URL('../schema/story.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true }).compile(schema);
const lines = readFileSync(corpusPath, 'utf8').split('\n').filter((line) => line.length > 0);
const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line), 0);

let valid = 0;
const times = [];
for (let r = 0; r < repeats; ++r) {
  valid = 0;
  const start = process.hrtime.bigint();
  for (const line of lines) if (validate(JSON.parse(line))) ++valid;
  times.push(Number(process.hrtime.bigint() - start) / 1e9);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({
  tool: 'JSON.parse + ajv', documents: lines.length, bytes, valid,
  median_seconds: median, mb_per_s: bytes / 1e6 / median,
}));
