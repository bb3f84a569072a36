// SPDX-License-Identifier: Apache-2.0
// Validation: structure (decoding) and meaning (semantic rules), with every problem located.
#pragma once

#include <span>
#include <storydata/codec.hpp>
#include <storydata/diagnostic.hpp>
#include <storydata/story.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// A semantic rule: what it checks and why, as listed in docs/diagnostics.md.
struct RuleInfo {
  std::string_view code;      ///< stable code, "SD2xx"
  Severity severity;          ///< severity of what it reports
  std::string_view name;      ///< short kebab-case name ("unresolved-reference")
  std::string_view rationale; ///< one line: why the rule exists
  std::string_view example;   ///< what triggers it
};

/// Every semantic rule, in code order.
std::span<const RuleInfo> rules() noexcept;

/// Every diagnostic code, structural and semantic, as a Markdown reference (docs/diagnostics.md
/// holds a copy).
std::string diagnostics_reference();

/// The semantic problems of a decoded story: broken references, impossible times, spans that
/// miss their text, events without the roles their kind needs, cycles, inconsistent attribution.
/// Diagnostics carry JSON Pointers but no line:column (there is no source text); they come in a
/// fixed order: by rule, then by position in the story.
std::vector<Diagnostic> check(const Story& story);

/// Decodes and validates JSON text. Semantic rules run only on a structurally valid story, so
/// that one missing field does not cascade into a dozen broken references. Every diagnostic has
/// a line:column; they are sorted by position, then by code, and capped at
/// `options.max_diagnostics`.
DecodeResult validate(std::string_view json, const DecodeOptions& options = {});

} // namespace storydata
