// SPDX-License-Identifier: Apache-2.0
// The formats storydata converts between.
#include "converters.hpp"
#include "diagnostics/codes.hpp"
#include "gdelt/gdelt.hpp"
#include "graph/graph.hpp"
#include "ninjs/ninjs.hpp"
#include "schema_org/schema_org.hpp"
#include "stix/stix.hpp"
#include "support/json_input.hpp"
#include "timelinejs/timelinejs.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <storydata/codec.hpp>
#include <storydata/validate.hpp>

namespace storydata {
namespace convert {
namespace {

ExportResult story_to(const Story& story) {
  return {encode(story), {}};
}

ImportResult story_from(std::string_view text) {
  auto result = validate(text);
  return {std::move(result.story), std::move(result.diagnostics)};
}

// A story says so in its first field's name: an object with a "storydata" version string.
bool is_story(const Sniffed& document) {
  if (!document.object) return false;
  const auto version = document.object->find("storydata");
  return version != document.object->end() && version->is_string();
}

// In the order of the Format enumeration; a converter a format lacks is null.
constexpr std::array<Converter, 9> converters{{
    {{Format::story, "story", "storydata's own format (canonical JSON)", ".story.json", true, true},
     story_to,
     story_from,
     is_story},
    {{Format::stix, "stix", "STIX 2.1 bundle", ".stix.json", true, true},
     export_stix,
     import_stix,
     is_stix_bundle},
    {{Format::schema_org, "schema-org", "schema.org JSON-LD (NewsArticle)", ".jsonld", false, true},
     export_schema_org,
     nullptr,
     nullptr},
    {{Format::ninjs2, "ninjs2", "IPTC ninjs 2.2", ".ninjs.json", true, true},
     export_ninjs2,
     import_ninjs2,
     is_ninjs2},
    {{Format::ninjs3, "ninjs3", "IPTC ninjs 3.1", ".ninjs.json", true, true},
     export_ninjs3,
     import_ninjs3,
     is_ninjs3},
    {{Format::timelinejs, "timelinejs", "TimelineJS 3 JSON", ".timeline.json", true, true},
     export_timelinejs,
     import_timelinejs,
     is_timelinejs},
    {{Format::graphml, "graphml", "GraphML actor network", ".graphml", false, true},
     export_graphml,
     nullptr,
     nullptr},
    {{Format::gexf, "gexf", "GEXF 1.3 actor network", ".gexf", false, true},
     export_gexf,
     nullptr,
     nullptr},
    {{Format::gdelt, "gdelt", "GDELT 2.0 event rows (tab-separated)", ".tsv", true, false},
     nullptr,
     import_gdelt,
     is_gdelt},
}};

const Converter& converter(Format format) noexcept {
  return converters[static_cast<std::size_t>(format)];
}

} // namespace
} // namespace convert

using namespace convert;

bool ExportResult::ok() const noexcept {
  return !has_errors(diagnostics);
}

bool ImportResult::ok() const noexcept {
  return !has_errors(diagnostics);
}

std::span<const FormatInfo> formats() noexcept {
  static const auto infos = [] {
    std::array<FormatInfo, converters.size()> out{};
    std::transform(converters.begin(), converters.end(), out.begin(),
                   [](const Converter& c) { return c.info; });
    return out;
  }();
  return infos;
}

const FormatInfo& info(Format format) noexcept {
  return converter(format).info;
}

std::optional<Format> parse_format(std::string_view name) noexcept {
  for (const auto& c : converters)
    if (c.info.name == name) return c.info.format;
  return std::nullopt;
}

std::vector<Format> detect_formats(std::string_view text) {
  const auto object = parse_json_object(text);
  const Sniffed document{text, object ? &*object : nullptr};
  std::vector<Format> out;
  for (const auto& c : converters)
    if (c.detect && c.detect(document)) out.push_back(c.info.format);
  return out;
}

std::optional<Format> detect_format(std::string_view text) noexcept {
  const auto found = detect_formats(text);
  if (found.size() != 1) return std::nullopt;
  return found.front();
}

ExportResult export_story(const Story& story, Format to) {
  if (const auto fn = converter(to).to) return fn(story);
  return {{},
          {code::diagnostic(code::cannot_export, "",
                            "storydata cannot write " + std::string(info(to).description))}};
}

ImportResult import_story(std::string_view text, Format from) {
  if (const auto fn = converter(from).from) return fn(text);
  return {{}, {not_this_format(info(from).description, "storydata cannot read this format")}};
}

bool Conversion::ok() const noexcept {
  return output && !has_errors(input_diagnostics) && !has_errors(story_diagnostics);
}

Conversion convert_document(std::string_view text, Format from, Format to) {
  Conversion out;
  ImportResult imported = import_story(text, from);
  out.imported = imported.ok();
  out.input_diagnostics = std::move(imported.diagnostics);
  if (!out.imported) return out;
  if (from != Format::story) out.story_diagnostics = check(imported.story);
  ExportResult exported = export_story(imported.story, to);
  if (exported.ok()) out.output = std::move(exported.text);
  out.story_diagnostics.insert(out.story_diagnostics.end(),
                               std::make_move_iterator(exported.diagnostics.begin()),
                               std::make_move_iterator(exported.diagnostics.end()));
  return out;
}

std::span<const RuleInfo> conversion_codes() noexcept {
  return code::conversion();
}

} // namespace storydata
