#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs every test: the JS lint (scripts/lint.sh), clang-tidy (scripts/tidy.sh), the suite
# natively, under WebAssembly (Node), under AddressSanitizer and UndefinedBehaviorSanitizer, the
# quick start's scripts/demo.sh (on the trees just built), then a bounded libFuzzer run
# (FUZZ_SECONDS, default 60). Installs missing dependencies first
# (scripts/deps.sh). Prints each step's wall time and ends with one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/timed.sh
logged() { local log=$1; shift; "$@" 2>&1 | tee "$log"; }
quiet() { "$@" >/dev/null; }

timed deps ./scripts/deps.sh || exit 1
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from there
mkdir -p build

run_preset() {
  local preset=$1
  echo "== $preset: configure, build, test"
  timed "$preset configure" quiet cmake --preset "$preset" &&
    timed "$preset build" cmake --build --preset "$preset" &&
    timed "$preset test" logged "build/$preset-ctest.log" ctest --preset "$preset" -j "$(nproc)"
}

status=0
summary=""
echo "== lint"
if timed lint ./scripts/lint.sh; then result=passed; else result=FAILED; status=1; fi
summary+="lint: $result; "
echo "== tidy"
if timed tidy ./scripts/tidy.sh; then result=passed; else result=FAILED; status=1; fi
summary+="tidy: $result; "
for preset in native wasm sanitize; do
  if run_preset "$preset"; then result=passed; else result=FAILED; status=1; fi
  counts=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "build/$preset-ctest.log" 2>/dev/null || echo "did not run")
  summary+="$preset: $counts ($result); "
done
echo "== demo"
if timed demo ./scripts/demo.sh --no-serve; then result=passed; else result=FAILED; status=1; fi
summary+="demo: $result; "
echo "== fuzz"
if timed fuzz logged build/fuzz.log ./scripts/fuzz.sh "${FUZZ_SECONDS:-60}"; then result=passed; else result=FAILED; status=1; fi
summary+="fuzz: $(awk '/ executions/ {n += $2} END {print n + 0}' build/fuzz.log) executions in $(grep -c ' executions' build/fuzz.log) targets ($result)"
echo "step times: ${times%, }; in all $SECONDS s"
echo "storydata tests: $summary — $([ $status -eq 0 ] && echo 'ALL PASSED' || echo 'FAILURES')"
exit $status
