// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes through format detection and every importer (STIX, ninjs 2 and 3,
// TimelineJS, GDELT). Each gives a story or located diagnostics, never a crash; a story an
// importer accepts encodes to a document that decodes, and exports to every format without an
// error of the exporter's own.
#include <cstdint>
#include <cstdlib>
#include <storydata/storydata.hpp>

namespace {

void check(const std::vector<storydata::Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.code.empty() || d.message.empty()) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using storydata::Format;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)storydata::detect_formats(text);
  for (const Format from :
       {Format::stix, Format::ninjs2, Format::ninjs3, Format::timelinejs, Format::gdelt}) {
    const auto imported = storydata::import_story(text, from);
    check(imported.diagnostics);
    if (!imported.ok()) continue;
    if (!storydata::decode(storydata::encode(imported.story)).ok()) std::abort();
    for (const auto& format : storydata::formats()) {
      if (!format.can_export) continue;
      const auto exported = storydata::export_story(imported.story, format.format);
      check(exported.diagnostics);
      if (!exported.ok()) std::abort();
    }
  }
  return 0;
}
