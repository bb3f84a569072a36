#!/usr/bin/env bash
# The main job: build the SDK natively and to WebAssembly, then validate the example story and
# print what it holds. (The interactive demo page will be served from here once it exists.)
set -euo pipefail
cd "$(dirname "$0")/.."
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
