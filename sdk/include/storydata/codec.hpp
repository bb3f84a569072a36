// SPDX-License-Identifier: Apache-2.0
// Reading and writing stories as JSON.
#pragma once

#include <cstddef>
#include <storydata/diagnostic.hpp>
#include <storydata/story.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// Limits that keep hostile input from exhausting memory or stack.
struct DecodeOptions {
  std::size_t max_bytes = std::size_t{64} << 20; ///< larger documents are refused (SD002)
  std::size_t max_depth = 128;                   ///< deeper nesting is refused (SD003)
  std::size_t max_diagnostics = 1000;            ///< reporting stops after this many
};

/// A decoded story and every structural problem found on the way. When `diagnostics` holds an
/// error, `story` holds what could be read and should not be trusted.
struct DecodeResult {
  Story story{};
  std::vector<Diagnostic> diagnostics{};

  bool ok() const noexcept;
};

/// Decodes a story from JSON text (UTF-8, an optional BOM). Never throws: every problem, from
/// invalid UTF-8 to an unknown enum value, becomes a Diagnostic with a JSON Pointer and
/// line:column. Diagnostics come in document order.
DecodeResult decode(std::string_view json, const DecodeOptions& options = {});

/// Encodes a story as canonical JSON: two-space indentation, fields in declaration order,
/// defaults (empty lists, false, absent optionals) left out, `x-` fields last in key order.
/// Encoding is deterministic: equal stories give identical bytes.
std::string encode(const Story& story);

} // namespace storydata
