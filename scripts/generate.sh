#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Regenerates the files derived from the C++ model (schema/story.schema.json,
# docs/schema.md, docs/diagnostics.md, wasm/types/*.d.ts, wasm/vocabulary.json).
# Tests fail when the checked-in copies are stale.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset native >/dev/null
cmake --build --preset native --target storydata-generate
./build/native/sdk/storydata-generate .
git status --short schema docs wasm/types wasm/vocabulary.json
