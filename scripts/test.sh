#!/usr/bin/env bash
# Builds storydata natively and to WebAssembly and runs every test in both. Ends with one
# summary line. Installs missing dependencies first (scripts/deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/deps.sh
export NODE_PATH=/usr/share/nodejs  # Debian's emcc needs acorn from there

run_preset() {
  local preset=$1
  echo "== $preset: configure, build, test"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
  ctest --preset "$preset" 2>&1 | tee "build/$preset-ctest.log"
}

status=0
summary=""
for preset in native wasm; do
  if run_preset "$preset"; then result=passed; else result=FAILED; status=1; fi
  counts=$(grep -Eo '[0-9]+% tests passed, [0-9]+ tests failed out of [0-9]+' "build/$preset-ctest.log" || echo "no tests ran")
  summary+="$preset: $counts ($result); "
done
echo "storydata tests: ${summary%; } — $([ $status -eq 0 ] && echo 'ALL PASSED' || echo 'FAILURES')"
exit $status
