#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Query latency: storydata's query engine (decoded and indexed once, in memory) against jq
# answering the same questions (bench/jq/*.jq) on the same NDJSON files; jq has no index, so each
# of its runs parses and scans the whole file. Prints one table, then how time and memory per
# event grow with the corpus. Rows are compared line by line; a difference is printed loudly and
# makes the exit status 1. Machines here are shared: medians, and no timing is ever asserted.
# Usage: bench/query_vs_jq.sh [--sizes "10000 100000 1000000"] [--per-story 100] [--jq-runs 5]
#                             [--jq-budget 120] [--x ID] [--y ID]
# BUILD_DIR (default build/bench) holds the Release build, the corpora and the rows.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="10000 100000 1000000" per_story=100 jq_runs=5 jq_budget=120
x=national-security-agency y=nsa-document
while (($#)); do
  case $1 in
    --sizes) sizes=$2 ;;
    --per-story) per_story=$2 ;;
    --jq-runs) jq_runs=$2 ;;      # runs of each jq program at most
    --jq-budget) jq_budget=$2 ;;  # seconds after which a jq program is not run again
    --x) x=$2 ;;
    --y) y=$2 ;;
    *) sed -n '9,10p' "$0" >&2; exit 2 ;;
  esac
  shift 2
done

if ! command -v jq >/dev/null; then
  echo "query_vs_jq: installing jq"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends jq >/dev/null
fi

build=${BUILD_DIR:-build/bench}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTORYDATA_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target storydata-corpus storydata-bench-query >/dev/null
work=$build/query-vs-jq
mkdir -p "$work"

# Median and nearest-rank p99 of the seconds on stdin, in milliseconds, then (how many runs).
stats() { sort -g | awk '{v[NR] = $1 * 1000} END {r = int(NR * 0.99 + 0.999999); printf "%.0f %.0f (%d)\n", v[int((NR + 1) / 2)], v[r], NR}'; }
# One timed jq run: "wall user+sys" seconds on stdout, its output in $1.
TIMEFORMAT='%R %U %S'
time_jq() {
  local out=$1; shift
  { time jq "$@" >"$out"; } 2>&1 | awk 'END {print $1, $2 + $3}'
}
# Runs jq $jq_runs times, or fewer once $jq_budget seconds have passed (a 1.3 GB file takes
# minutes a run).
bench_jq() {
  local out=$1 times=$2; shift 2
  : >"$times"
  local start=$SECONDS
  for ((run = 1; run <= jq_runs; run++)); do
    time_jq "$out" "$@" >>"$times"
    if ((SECONDS - start >= jq_budget)); then break; fi
  done
}

columns='%-8s %7s %8s %8s %8s  %-15s %7s %20s %19s %9s  %s'
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); jq $(jq --version | tr -d jq-)"
mismatches=() table=() growth=()
for events in $sizes; do
  stories=$((events / per_story))
  corpus=$work/events-$events.ndjson
  # Seeded, so the same every time: generated once (delete it to regenerate).
  if [ ! -s "$corpus" ]; then
    "$build/bench/storydata-corpus" --seed 1 --stories "$stories" --events "$per_story" --ndjson "$corpus" >/dev/null
  fi
  rows=$work/rows-$events
  mkdir -p "$rows/storydata" "$rows/jq"
  echo "$events events: storydata ..." >&2
  "$build/bench/storydata-bench-query" --x "$x" --y "$y" --rows "$rows/storydata" "$corpus" >"$rows/storydata.tsv"
  records=$(cat "$rows/storydata.tsv")

  echo "$events events: jq parse ..." >&2
  bench_jq /dev/null "$rows/parse.times" -c empty "$corpus"
  read -r parse_p50 parse_p99 < <(awk '{print $1}' "$rows/parse.times" | stats)
  read -r bytes events_read < <(awk -F'\t' '$1 == "corpus" {print $3, $5}' <<<"$records")
  read -r decode_s stories_bytes < <(awk -F'\t' '$1 == "decode" {print $2, $4}' <<<"$records")
  read -r corpus_s graph_s index_bytes < <(awk -F'\t' '$1 == "index" {print $2, $3, $5}' <<<"$records")
  mb=$(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}')
  index_s=$(awk -v a="$corpus_s" -v b="$graph_s" 'BEGIN {printf "%.3f", a + b}')
  per_event=$(awk -v b="$index_bytes" -v e="$events_read" 'BEGIN {printf "%.0f", b / e}')
  table+=("$(printf "$columns" "$events_read" "$mb" "$(printf %.3f "$decode_s")" "$index_s" "$per_event" "(jq parse)" "" "" "$parse_p50 / $parse_p99" "" "jq -c empty")")

  while IFS=$'\t' read -r kind name count runs p50 p99 _cpu _text; do
    [ "$kind" = query ] || continue
    program=bench/jq/$name.jq
    if [ ! -f "$program" ]; then
      table+=("$(printf "$columns" "" "" "" "" "" "$name" "$count" \
        "$(printf '%.2f / %.2f' "$p50" "$p99")" "n/a" "" "no jq program: impractical in jq")")
      continue
    fi
    echo "$events events: jq $name ..." >&2
    bench_jq "$rows/jq/$name.rows" "$rows/$name.times" -n -r -L bench/jq -f "$program" --arg x "$x" --arg y "$y" "$corpus"
    read -r jq_p50 jq_p99 < <(awk '{print $1}' "$rows/$name.times" | stats)
    jq_count=$(wc -l <"$rows/jq/$name.rows")
    if cmp -s "$rows/storydata/$name.rows" "$rows/jq/$name.rows"; then
      check="same rows"
    elif [ "$jq_count" -eq "$count" ]; then
      check="same count, rows differ"
      mismatches+=("$events events, $name: $count rows each, but not the same (diff $rows/storydata/$name.rows $rows/jq/$name.rows)")
    else
      check="MISMATCH: jq $jq_count rows"
      mismatches+=("$events events, $name: storydata $count rows, jq $jq_count")
    fi
    ratio=$(awk -v j="$jq_p50" -v s="$p50" 'BEGIN {printf (s > 0 ? "%.0f" : "-"), j / s}')
    table+=("$(printf "$columns" "" "" "" "" "" "$name" "$count" \
      "$(printf '%.2f / %.2f' "$p50" "$p99")" "$jq_p50 / $jq_p99" "$ratio" "$check")")
  done <<<"$records"

  growth+=("$(awk -v e="$events_read" -v d="$decode_s" -v c="$corpus_s" -v g="$graph_s" -v sb="$stories_bytes" \
    -v ib="$index_bytes" -v j="$parse_p50" \
    'BEGIN {printf "%-8s %12.2f %12.2f %12.2f %12.0f %12.0f %12.2f", e, d / e * 1e6, c / e * 1e6, g / e * 1e6, sb / e, ib / e, j / e * 1e3}')")
done

echo
printf "$columns\n" events MB "decode s" "index s" "B/event" \
  query rows "storydata p50/p99 ms" "jq p50/p99 ms" "jq/sd p50" "rows check"
printf '%s\n' "${table[@]}"
echo
echo "per event, as the corpus grows (µs: median wall time / events; B: heap / events)"
printf '%-8s %12s %12s %12s %12s %12s %12s\n' events "decode µs" "corpus µs" "graph µs" "stories B" "index B" "jq parse µs"
printf '%s\n' "${growth[@]}"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
if ((${#mismatches[@]})); then
  printf '\n!!! MISMATCH: %s\n' "${mismatches[@]}" >&2
  exit 1
fi
