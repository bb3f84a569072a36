#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The npm package's size, start-up and throughput budgets (bench/wasm_bench.mjs), on a generated
# corpus. Builds the package (wasm preset) and the corpus generator if needed.
# Usage: bench/wasm_bench.sh [STORIES] [EVENTS_PER_STORY] [REPEATS]   (default 100 50 7)
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-100} events=${2:-50} repeats=${3:-7}
export NODE_PATH=/usr/share/nodejs

cmake --preset wasm >/dev/null && cmake --build --preset wasm --target storydata_wasm >/dev/null
cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTORYDATA_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench --target storydata-corpus >/dev/null
(cd bench && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)

corpus=build/bench/corpus-$stories-$events.ndjson
build/bench/bench/storydata-corpus --seed 1 --stories "$stories" --events "$events" --ndjson "$corpus" >/dev/null
node bench/wasm_bench.mjs "$corpus" "$repeats"
