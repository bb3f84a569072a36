// The converters behind storydata::export_story and import_story, one pair per format, each in
// its own file (stix_export.cpp, stix_import.cpp, ...). The table in registry.cpp lists them.
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

// One function per direction and format, each in its own file.
ExportResult export_schema_org(const Story& story);
ExportResult export_ninjs2(const Story& story);
ExportResult export_ninjs3(const Story& story);
ImportResult import_ninjs2(std::string_view text);
ImportResult import_ninjs3(std::string_view text);
bool is_ninjs2(std::string_view text);
bool is_ninjs3(std::string_view text);
ExportResult export_graphml(const Story& story);
ExportResult export_gexf(const Story& story);
ImportResult import_gdelt(std::string_view text);
bool is_gdelt(std::string_view text);

} // namespace storydata::convert
