#!/usr/bin/env bash
# Runs every test: the JS lint (scripts/lint.sh), clang-tidy (scripts/tidy.sh), the suite
# natively, under WebAssembly (Node), under AddressSanitizer and UndefinedBehaviorSanitizer, then
# a bounded libFuzzer run (FUZZ_SECONDS, default 60). Installs missing dependencies first (scripts/deps.sh). Ends with
# one summary line.
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh || exit 1
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from there
mkdir -p build

run_preset() {
  local preset=$1
  echo "== $preset: configure, build, test"
  cmake --preset "$preset" >/dev/null && cmake --build --preset "$preset" &&
    ctest --preset "$preset" 2>&1 | tee "build/$preset-ctest.log"
}

status=0
summary=""
echo "== lint"
if ./scripts/lint.sh; then result=passed; else result=FAILED; status=1; fi
summary+="lint: $result; "
echo "== tidy"
if ./scripts/tidy.sh; then result=passed; else result=FAILED; status=1; fi
summary+="tidy: $result; "
for preset in native wasm sanitize; do
  if run_preset "$preset"; then result=passed; else result=FAILED; status=1; fi
  counts=$(grep -Eo '[0-9]+ tests failed out of [0-9]+' "build/$preset-ctest.log" 2>/dev/null || echo "did not run")
  summary+="$preset: $counts ($result); "
done
echo "== fuzz"
if ./scripts/fuzz.sh "${FUZZ_SECONDS:-60}" | tee build/fuzz.log; then result=passed; else result=FAILED; status=1; fi
summary+="fuzz: $(awk '/ executions/ {n += $2} END {print n + 0}' build/fuzz.log) executions in $(grep -c ' executions' build/fuzz.log) targets ($result)"
echo "storydata tests: $summary — $([ $status -eq 0 ] && echo 'ALL PASSED' || echo 'FAILURES')"
exit $status
