// The converters behind storydata::export_story and import_story, one pair per format, each in
// its own file (stix_export.cpp, stix_import.cpp, ...). The table in registry.cpp lists them.
#pragma once

#include <storydata/convert.hpp>

namespace storydata::convert {

using Exporter = ExportResult (*)(const Story&);
using Importer = ImportResult (*)(std::string_view);
/// Whether a document is, beyond doubt, written in the format (a cheap look at its content).
using Detector = bool (*)(std::string_view);

struct Converter {
  FormatInfo info;
  Exporter to = nullptr;
  Importer from = nullptr;
  Detector detect = nullptr;
};

} // namespace storydata::convert
