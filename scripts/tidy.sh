#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# clang-tidy over the core and the command with the checks of .clang-tidy, on the native build's
# compile commands (configure the native preset first). Exits non-zero on any finding.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f build/native/compile_commands.json ] || cmake --preset native >/dev/null
# The compile commands are g++'s: clang-tidy's clang does not know every warning option.
run-clang-tidy -quiet -p build/native -j "$(nproc)" -extra-arg=-Wno-unknown-warning-option \
  'sdk/CMakeFiles/storydata(_cli_parts|_cli)?\.dir/Unity/' > build/tidy.log 2>&1 || { sed 's/\x1b\[[0-9;]*m//g' build/tidy.log | grep -E "(warning|error):" | sort -u; echo "tidy: FAILED"; exit 1; }
echo "tidy: passed"
