#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Fuzzes the SDK's entry points with libFuzzer (ASan + UBSan) for a bounded time.
#   scripts/fuzz.sh [SECONDS] [TARGET...]        SECONDS in all (default 100; scripts/test.sh gives 60), shared by the
#                                                targets (default: every one); prints a line each
#   scripts/fuzz.sh --merge [TARGET...]          folds what runs found into the kept corpora
# Each target starts from its seeds (fixtures, examples, queries) and its kept corpus in
# tests/fuzz/corpus/TARGET, so a run goes on from where the kept runs stopped; new inputs go to
# build/fuzz/corpus/TARGET. A crash leaves its input in build/fuzz/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
all_targets=(fuzz_validate fuzz_query fuzz_import fuzz_text fuzz_cli)
merge=false
[ "${1:-}" = --merge ] && { merge=true; shift; }
seconds=100
[[ "${1:-}" =~ ^[0-9]+$ ]] && { seconds=$1; shift; }
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

# The targets live in the sanitizer tree beside the unit tests, sharing its objects.
cmake --preset sanitize >/dev/null
cmake --build --preset fuzz >/dev/null

# The seeds of a target: real inputs of its kind, from the repository.
seed() {
  local target=$1 dir=build/fuzz/seeds/$1
  rm -rf "$dir" && mkdir -p "$dir"
  case $target in
    fuzz_validate) cp tests/fixtures/valid/*.json tests/fixtures/invalid/*.json schema/examples/*.json "$dir" ;;
    fuzz_query) split -l 1 -d -a 3 tests/fixtures/queries/example.queries "$dir/query-" ;;
    fuzz_import) cp tests/fixtures/stix2.1/*.json tests/fixtures/ninjs/*.json tests/fixtures/timelinejs/*.json \
                    tests/fixtures/gdelt/*.tsv schema/examples/*.json "$dir" ;;
    fuzz_text) cp tests/fixtures/ninjs/*.json tests/fixtures/timelinejs/*.json "$dir" ;;
    fuzz_cli) cp tests/fixtures/valid/*.json "$dir"
              printf -- '--format\0sarif\0--strict\0-j4\0a.json\0-\0--\0-x' >"$dir/args-1"
              printf -- '--max-bytes=100\0--from\0stix\0-o\0out.json\0--to=timelinejs' >"$dir/args-2"
              printf '{"a": 1}\r\n\n  \n{"b": 2}\n' >"$dir/ndjson-1" ;;
  esac
}

# Inputs longer than this teach a target nothing more (text helpers are linear) and slow it.
max_len() {
  case $1 in
    fuzz_text|fuzz_cli|fuzz_query) echo 8192 ;;
    *) echo 65536 ;;
  esac
}

dictionary() {
  case $1 in
    fuzz_query) echo -dict=tests/fuzz/query.dict ;;
    fuzz_validate|fuzz_import|fuzz_text) echo -dict=tests/fuzz/json.dict ;;
  esac
}

status=0
for target in "${targets[@]}"; do
  seed "$target"
  mkdir -p "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target"
  binary=build/sanitize/tests/fuzz/$target
  if $merge; then
    "$binary" -merge=1 -max_len=65536 "tests/fuzz/corpus/$target" "build/fuzz/corpus/$target" \
      "build/fuzz/seeds/$target" >"build/fuzz/$target-merge.log" 2>&1 || status=$?
    echo "$target: $(ls "tests/fuzz/corpus/$target" | wc -l) inputs kept"
    continue
  fi
  log=build/fuzz/$target.log
  rc=0
  # shellcheck disable=SC2046 # the dictionary option is one word or none
  "$binary" -max_total_time=$((seconds / ${#targets[@]} > 0 ? seconds / ${#targets[@]} : 1)) \
    -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix=build/fuzz/ $(dictionary "$target") \
    "build/fuzz/corpus/$target" "tests/fuzz/corpus/$target" "build/fuzz/seeds/$target" \
    >"$log" 2>&1 || rc=$?
  runs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" | grep -Eo '[0-9]+$' || echo 0)
  coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+' || echo 0)
  echo "$target: $runs executions, coverage $coverage edges$([ $rc -eq 0 ] || echo ', FAILED')"
  if [ $rc -ne 0 ]; then
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" || tail -40 "$log"
    status=1
  fi
done
[ $status -eq 0 ] || echo "fuzz: FAILED (see build/fuzz/)"
exit $status
