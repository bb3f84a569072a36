#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The main job: build the SDK to WebAssembly and natively, build the demo page (js-demo/) and
# serve it on localhost, printing its URL, and validate the example story and print what it holds.
# The page comes first: it needs only the WebAssembly package, so it is served while the native
# command builds. Each step prints its wall time.
#   ./scripts/demo.sh              serve in the foreground until Ctrl-C (PORT, default 8080)
#   ./scripts/demo.sh --no-serve   build and validate only (or DEMO_NO_SERVE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/timed.sh
serve=1
if [ "${1:-}" = "--no-serve" ] || [ -n "${DEMO_NO_SERVE:-}" ]; then serve=0; fi
export NODE_PATH=/usr/share/nodejs
quiet() { "$@" >/dev/null; }
# Only what the demo uses: the module behind the npm package, and the command.
build() { quiet cmake --preset "$1" && quiet cmake --build --preset "$1" --target "$2"; }

timed "installing what is missing" ./scripts/deps.sh --demo
timed "building the WebAssembly package" build wasm storydata_wasm
timed "building the demo page (js-demo/dist)" bash -c 'cd js-demo && npx vite build --logLevel warn'
server="" url=""
if [ "$serve" = 1 ]; then
  log=$(mktemp)
  node js-demo/serve.mjs --port "${PORT:-8080}" >"$log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
  # The server prints its URL once it listens, or dies (a port in use, say).
  until url=$(grep -o 'http://[^ ]*' "$log"); do
    kill -0 "$server" 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.1
  done
  echo "== the demo page is served at $url while the command builds"
fi
timed "building the storydata command" build native storydata_cli
story=schema/examples/south-korea-cyber-spying.story.json
echo "== validating $story"
./build/native/sdk/storydata validate "$story"
./build/native/sdk/storydata info "$story"
echo "== ready in $SECONDS s (${times%, })"
if [ -n "$server" ]; then
  echo "== serving the demo page at $url (Ctrl-C stops)"
  wait "$server"
fi
