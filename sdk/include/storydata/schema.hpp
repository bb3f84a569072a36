// The published description of story documents, generated from the C++ model.
#pragma once

#include <string>

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

} // namespace storydata
