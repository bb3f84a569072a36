// SPDX-License-Identifier: Apache-2.0
// The published description of story documents, generated from the C++ model.
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace storydata {

/// The JSON Schema (draft 2020-12) of story documents, as pretty-printed JSON. Generated from the
/// same descriptions as the codec, so the two always agree (schema/story.schema.json holds a copy).
std::string json_schema();

/// The schema reference in Markdown: every type, field and enum value with its description
/// (docs/schema.md holds a copy).
std::string schema_reference();

/// TypeScript declarations of the story types, with the same descriptions as JSDoc
/// (wasm/types/story.d.ts holds a copy).
std::string typescript_declarations();

/// TypeScript declarations of Diagnostic and Severity, as the npm package returns them
/// (wasm/types/diagnostic.d.ts holds a copy).
std::string diagnostic_declarations();

/// TypeScript declarations of query rows, one interface per row type and their union `QueryRow`
/// (wasm/types/query.d.ts holds a copy).
std::string query_declarations();

/// TypeScript declarations of the network, highlights and formats the npm package returns
/// (wasm/types/api.d.ts holds a copy).
std::string api_declarations();

/// The kind traits of <storydata/kinds.hpp> as JSON: for each event kind its principal and
/// counterpart roles, required roles, tone and verb; for each role whether it acts; for each
/// relation kind whether it is symmetric (wasm/vocabulary.json holds a copy, which the npm package
/// ships as `storydata/vocabulary.json`).
std::string vocabulary_json();

/// A file generated from the model and checked in: its path below the repository root and the
/// function that writes its contents.
struct GeneratedFile {
  std::string_view path;
  std::string (*contents)();
};

/// Every generated file, the functions above and diagnostics_reference() (docs/diagnostics.md).
/// `storydata-generate` writes them and the tests check that the checked-in copies are current.
std::span<const GeneratedFile> generated_files() noexcept;

} // namespace storydata
