#!/usr/bin/env bash
# Fuzzes decode + validate + the encode round trip with libFuzzer for a bounded time (seconds,
# default 60), starting from every fixture and example story. New inputs it finds go to
# build/fuzz/corpus; a crash leaves its input in build/fuzz/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz >/dev/null
mkdir -p build/fuzz/corpus build/fuzz/seeds
cp tests/fixtures/valid/*.json tests/fixtures/invalid/*.json schema/examples/*.json build/fuzz/seeds/
status=0
./build/fuzz/tests/fuzz/fuzz_validate -max_total_time="$seconds" -max_len=65536 -timeout=10 \
  -print_final_stats=1 -artifact_prefix=build/fuzz/ build/fuzz/corpus build/fuzz/seeds \
  >build/fuzz/last-run.log 2>&1 || status=$?
grep -E '^(stat::number_of_executed_units|==[0-9]+==ERROR|SUMMARY|artifact_prefix)' build/fuzz/last-run.log || true
[ $status -eq 0 ] || { tail -40 build/fuzz/last-run.log; echo "fuzz: FAILED (see build/fuzz/)"; }
exit $status
