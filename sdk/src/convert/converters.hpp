// SPDX-License-Identifier: Apache-2.0
// What every converter shares: the function types behind storydata::export_story and
// import_story, and the loss-report entry. Each format declares its functions in its own folder
// (stix/stix.hpp, ninjs/ninjs.hpp, ...); the table in registry.cpp lists them.
#pragma once

#include "diagnostics/codes.hpp"

#include <nlohmann/json.hpp>
#include <optional>
#include <storydata/codec.hpp>
#include <storydata/convert.hpp>
#include <string>
#include <string_view>

namespace storydata::convert {

using Exporter = ExportResult (*)(const Story&);
using Importer = ImportResult (*)(std::string_view);
/// A document as detectors see it: its text, and the text parsed once (with the input limits) as
/// a JSON object, or null when it is not one.
struct Sniffed {
  std::string_view text;
  const nlohmann::json* object = nullptr;
};
/// Whether a document is, beyond doubt, written in the format (a cheap look at its content).
using Detector = bool (*)(const Sniffed&);

/// An entry of a loss report (SD301/SD302 exporting, SD311/SD312 importing): a warning at a JSON
/// Pointer, located later (imports) or never (exports, whose pointers lead into a story that has
/// no text).
inline Diagnostic loss(const RuleInfo& code, std::string pointer, std::string message) {
  return code::diagnostic(code, std::move(pointer), std::move(message));
}

/// SD313: the input is not a document of `format`, for the reason given. About the document as
/// a whole (1:1), or, with a pointer, about the value there (located later).
inline Diagnostic not_this_format(std::string_view format, std::string why,
                                  std::string pointer = {}) {
  auto d = code::diagnostic(code::not_this_format, std::move(pointer),
                            "not " + std::string(format) + ": " + std::move(why));
  if (d.pointer.empty()) d.line = d.column = 1;
  return d;
}

/// SD313 at 1:1 for a document larger than a story may be (DecodeOptions::max_bytes): every
/// importer refuses it unread. Nullopt within the limit.
inline std::optional<Diagnostic> over_size_limit(std::string_view text, std::string_view format) {
  constexpr std::size_t limit = DecodeOptions{}.max_bytes;
  if (text.size() <= limit) return std::nullopt;
  return not_this_format(format, "too large: " + std::to_string(text.size()) +
                                     " bytes, the limit is " + std::to_string(limit));
}

/// An import that stops at once: the input is not `format`, for the reason given.
inline ImportResult refuse(std::string_view format, std::string why) {
  return {{}, {not_this_format(format, std::move(why))}};
}

struct Converter {
  FormatInfo info;
  Exporter to = nullptr;
  Importer from = nullptr;
  Detector detect = nullptr;
};

} // namespace storydata::convert
