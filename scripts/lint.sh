#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Checks the repository's JavaScript (the npm package in wasm/, the demo in js-demo/, the Node
# tests in tests/): layout with Prettier, mistakes with ESLint, and the demo's types with tsc
# against the package's declarations (js-demo/jsconfig.json). One line per tool; exits non-zero
# if any of them finds something. The tools come from the root package.json, the demo's
# dependencies from js-demo/'s (scripts/deps.sh installs both).
# `npx prettier --write <files>` and `npx eslint --fix` repair most of what they report.
set -euo pipefail
cd "$(dirname "$0")/.."
for dir in . js-demo; do
  [ -d "$dir/node_modules" ] || { echo "lint: no node_modules/ in $dir: run scripts/deps.sh"; exit 1; }
done

# The files ESLint lints too (eslint.config.mjs); .prettierignore keeps the rest out.
files=('*.mjs' 'js-demo/**/*.{js,mjs}' 'wasm/**/*.{js,mjs}' 'tests/**/*.mjs')
status=0
check() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then
    echo "lint: $name passed"
  else
    echo "$output"
    echo "lint: $name FAILED"
    status=1
  fi
}
# Every hand-written source file names its licence on its first line (after a #! line);
# generated files say so in their first two lines instead.
spdx() {
  local file missing=0
  while read -r file; do
    head -2 "$file" | grep -q 'SPDX-License-Identifier: Apache-2.0\|Generated' || { echo "$file: no SPDX-License-Identifier line"; missing=1; }
  done < <(git ls-files '*.cpp' '*.hpp' '*.in' '*.js' '*.mjs' '*.ts' '*.sh' '*.cmake' '*.py' '*CMakeLists.txt' .ci/run | grep -v /corpus/)
  return $missing
}
check licence spdx
check prettier npx --no-install prettier --check --log-level warn "${files[@]}"
check eslint npx --no-install eslint --max-warnings 0
check tsc npx --no-install tsc -p js-demo/jsconfig.json
exit $status
