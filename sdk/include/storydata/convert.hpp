// SPDX-License-Identifier: Apache-2.0
// Converting stories to and from other formats: STIX 2.1, schema.org JSON-LD, IPTC ninjs,
// TimelineJS, GraphML, GEXF and GDELT. docs/convert.md has the field-by-field mapping tables.
#pragma once

#include <optional>
#include <span>
#include <storydata/describe.hpp>
#include <storydata/diagnostic.hpp>
#include <storydata/story.hpp>
#include <storydata/validate.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// A format storydata converts from or to (the story format itself is `story`).
enum class Format { story, stix, schema_org, ninjs2, ninjs3, timelinejs, graphml, gexf, gdelt };

/// What a format is called on the command line and what it can do.
struct FormatInfo {
  Format format;
  std::string_view name;        ///< "stix", "schema-org", "ninjs2", ...
  std::string_view description; ///< one line for `storydata convert --help`
  std::string_view extension;   ///< of files written in it: ".stix.json", ".graphml", ...
  bool can_import;
  bool can_export;
};
// `format` says in C++ what `name` says everywhere else, so only the others are described.
STORYDATA_STRUCT(FormatInfo, "A format storydata converts from or to, and what it can do.",
                 (name, "Its name, as `convert` takes it (\"stix\", \"schema-org\").")(
                     description, "One line on what it is.")(
                     extension, "The extension of files written in it (\".stix.json\").")(
                     can_import, "Whether stories can be read from it.")(
                     can_export, "Whether stories can be written in it."))

/// Every format, in the order of the Format enumeration.
std::span<const FormatInfo> formats() noexcept;
const FormatInfo& info(Format format) noexcept;
/// The format with this name (as in FormatInfo::name), or nullopt.
std::optional<Format> parse_format(std::string_view name) noexcept;
/// The format a document is written in, when its content says so unambiguously (a STIX bundle,
/// a TimelineJS document with "events", ...); nullopt when no format or several fit.
std::optional<Format> detect_format(std::string_view text) noexcept;
/// Every format whose content the document fits, in the order of the Format enumeration: empty
/// when none does, more than one when the document is ambiguous.
std::vector<Format> detect_formats(std::string_view text);

/// A story written in another format, and every field that format could not hold: each loss is
/// a warning whose pointer locates the dropped value in the story (line and column 0), or an
/// error when the story cannot be exported at all.
struct ExportResult {
  std::string text{};
  std::vector<Diagnostic> diagnostics{};
  bool ok() const noexcept;
};

/// A story read from another format, and what could not be mapped: warnings whose pointer
/// locates the unmapped value in the input, errors when the input is not that format.
struct ImportResult {
  Story story{};
  std::vector<Diagnostic> diagnostics{};
  bool ok() const noexcept;
};

/// Writes a story in `to`. Deterministic: the same story gives the same bytes. Never throws.
ExportResult export_story(const Story& story, Format to);
/// Reads a story from `text` written in `from`. Never throws; hostile input is an error.
ImportResult import_story(std::string_view text, Format from);

/// A conversion as `storydata convert` runs it: import, check the imported story (a story read
/// from its own format was validated on import), export.
struct Conversion {
  bool imported = false;                       ///< the input was read as a story
  std::optional<std::string> output{};         ///< the converted document, unless it failed
  std::vector<Diagnostic> input_diagnostics{}; ///< of importing: pointers into the input
  std::vector<Diagnostic> story_diagnostics{}; ///< the imported story's problems and the
                                               ///< losses of exporting it: pointers into it
  /// An output, and no error anywhere.
  bool ok() const noexcept;
};
Conversion convert_document(std::string_view text, Format from, Format to);

/// Every code converters report (SD3xx), in code order; docs/diagnostics.md lists them too.
std::span<const RuleInfo> conversion_codes() noexcept;

} // namespace storydata
