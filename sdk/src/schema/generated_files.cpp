// SPDX-License-Identifier: Apache-2.0
// The list of generated files, shared by the generator (sdk/tools/generate.cpp) and the test
// that fails when a checked-in copy is stale.
#include <array>
#include <storydata/schema.hpp>
#include <storydata/validate.hpp>

namespace storydata {

std::span<const GeneratedFile> generated_files() noexcept {
  static constexpr std::array<GeneratedFile, 8> files{{
      {"schema/story.schema.json", json_schema},
      {"wasm/vocabulary.json", vocabulary_json},
      {"docs/schema.md", schema_reference},
      {"docs/diagnostics.md", diagnostics_reference},
      {"wasm/types/story.d.ts", typescript_declarations},
      {"wasm/types/diagnostic.d.ts", diagnostic_declarations},
      {"wasm/types/query.d.ts", query_declarations},
      {"wasm/types/api.d.ts", api_declarations},
  }};
  return files;
}

} // namespace storydata
