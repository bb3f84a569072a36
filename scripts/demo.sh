#!/usr/bin/env bash
# The main job: build the SDK natively and to WebAssembly, validate the example story and print
# what it holds, build the demo page (js-demo/) and serve it on localhost, printing its URL.
#   ./scripts/demo.sh              serve in the foreground until Ctrl-C (PORT, default 8080)
#   ./scripts/demo.sh --no-serve   build and validate only (or DEMO_NO_SERVE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
serve=1
if [ "${1:-}" = "--no-serve" ] || [ -n "${DEMO_NO_SERVE:-}" ]; then serve=0; fi
./scripts/deps.sh
export NODE_PATH=/usr/share/nodejs
for preset in native wasm; do
  echo "== building ($preset)"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" >/dev/null
done
story=schema/examples/south-korea-cyber-spying.story.json
echo "== validating $story"
./build/native/sdk/storydata validate "$story"
./build/native/sdk/storydata info "$story"
echo "== building the demo page (js-demo/dist)"
(cd js-demo && npx vite build --logLevel warn)
if [ "$serve" = 1 ]; then
  echo "== serving the demo page (Ctrl-C stops)"
  exec node js-demo/serve.mjs --port "${PORT:-8080}"
fi
