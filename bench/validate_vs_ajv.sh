#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Validation throughput: storydata (native, structural + semantic checks) against Node's
# JSON.parse + ajv (structural checks only, on the published schema), on the same generated
# corpus, in one run. Prints both medians in MB/s and the ratio storydata / ajv.
# Usage: bench/validate_vs_ajv.sh [STORIES] [EVENTS_PER_STORY] [REPEATS]   (default 200 50 7)
set -euo pipefail
cd "$(dirname "$0")/.."
stories=${1:-200} events=${2:-50} repeats=${3:-7}

cmake -S . -B build/bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTORYDATA_BUILD_TESTS=OFF >/dev/null
cmake --build build/bench --target storydata-corpus storydata-bench-decode >/dev/null
(cd bench && [ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error)

corpus=build/bench/corpus-$stories-$events.ndjson
build/bench/bench/storydata-corpus --seed 1 --stories "$stories" --events "$events" --ndjson "$corpus" >/dev/null

native=$(build/bench/bench/storydata-bench-decode --repeat "$repeats" "$corpus")
storydata=$(awk '/^storydata::validate/ {print $2}' <<<"$native")
ajv=$(node bench/ajv_validate.mjs "$corpus" "$repeats" | node -e 'process.stdin.on("data", d => console.log(JSON.parse(d).mb_per_s.toFixed(1)))')
bytes=$(wc -c <"$corpus")

echo "corpus: $stories stories x $events events, $((bytes / 1000)) kB NDJSON; median of $repeats"
printf '%-44s %8s\n' "" "MB/s"
printf '%-44s %8s\n' "storydata validate (structure + semantics)" "$storydata"
printf '%-44s %8s\n' "JSON.parse + ajv (structure only)" "$ajv"
echo "ratio storydata/ajv = $(awk -v a="$storydata" -v b="$ajv" 'BEGIN {printf "%.2f", a / b}')"
