// SPDX-License-Identifier: Apache-2.0
// Problems found in story data, as values.
#pragma once

#include <cstdint>
#include <span>
#include <storydata/describe.hpp>
#include <string>
#include <string_view>

namespace storydata {

STORYDATA_ENUM(Severity, "How serious a diagnostic is.",
               (error,
                "The document is invalid.")(warning,
                                            "Probably a mistake; fails validation in strict mode.")(
                   info, "Worth knowing; never fails validation."))

/// "error", "warning" or "info".
std::string_view to_string(Severity severity) noexcept;

/// One problem in a document: what, where (JSON Pointer and line:column) and how to fix it.
struct Diagnostic {
  Severity severity = Severity::error;
  std::string code{};
  std::string pointer{};
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::string message{};
  std::string hint{};

  bool operator==(const Diagnostic&) const = default;
};
STORYDATA_STRUCT(Diagnostic, "A problem found in a document.",
                 (severity,
                  "How serious it is.")(code,
                                        "Stable code, such as \"SD011\"; see docs/diagnostics.md.")(
                     pointer, "RFC 6901 JSON Pointer to the value concerned (\"/events/2/kind\").")(
                     line, "Line in the source text, from 1; 0 when unknown.")(
                     column, "Column in Unicode code points, from 1; 0 when unknown.")(
                     message,
                     "What is wrong.")(hint, "How to fix it; empty when there is no likely fix."))

/// Whether any of `diagnostics` is an error (what every result's `ok()` asks).
bool has_errors(std::span<const Diagnostic> diagnostics) noexcept;

} // namespace storydata
