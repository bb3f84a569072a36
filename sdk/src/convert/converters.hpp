// What every converter shares: the function types behind storydata::export_story and
// import_story, and the loss-report entry. Each format declares its functions in its own folder
// (stix/stix.hpp, ninjs/ninjs.hpp, ...); the table in registry.cpp lists them.
#pragma once

#include <storydata/convert.hpp>
#include <string>
#include <string_view>

namespace storydata::convert {

using Exporter = ExportResult (*)(const Story&);
using Importer = ImportResult (*)(std::string_view);
/// Whether a document is, beyond doubt, written in the format (a cheap look at its content).
using Detector = bool (*)(std::string_view);

/// An entry of a loss report: a warning at a JSON Pointer, located later (imports) or never
/// (exports, whose pointers lead into a story that has no text).
inline Diagnostic loss(std::string_view code, std::string pointer, std::string message) {
  return {Severity::warning, std::string(code), std::move(pointer), 0, 0, std::move(message), ""};
}

struct Converter {
  FormatInfo info;
  Exporter to = nullptr;
  Importer from = nullptr;
  Detector detect = nullptr;
};

} // namespace storydata::convert
