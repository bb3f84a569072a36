// SPDX-License-Identifier: Apache-2.0
#include "convert_support.hpp"

#include <doctest/doctest.h>

namespace test {

std::string loss_report(const std::vector<storydata::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.code + " " + d.pointer + "\n";
  return out;
}

storydata::ExportResult check_lossy_export(storydata::Format format, const std::string& golden) {
  auto first = storydata::export_story(test::example(), format);
  const auto second = storydata::export_story(test::example(), format);
  REQUIRE(first.ok());
  CHECK(first.text == second.text);
  for (const auto& d : first.diagnostics) {
    CAPTURE(d.pointer);
    CHECK((d.code == "SD301" || d.code == "SD302"));
    CHECK(d.severity == storydata::Severity::warning);
  }
  check_golden(summary(first.diagnostics), "tests/fixtures/convert/" + golden);
  return first;
}

void check_refused(storydata::Format format, const std::vector<std::string>& texts) {
  for (const std::string& text : texts) {
    CAPTURE(text.substr(0, 40));
    const auto imported = storydata::import_story(text, format);
    REQUIRE(imported.diagnostics.size() == 1);
    CHECK(imported.diagnostics.front().code == "SD313");
    CHECK(imported.diagnostics.front().severity == storydata::Severity::error);
  }
}

std::string validation_problems(const storydata::Story& story, bool errors_only) {
  // Through the text, as a user would: what an importer builds must also encode and decode.
  auto result = storydata::validate(storydata::encode(story));
  std::erase_if(result.diagnostics, [&](const storydata::Diagnostic& d) {
    return errors_only ? d.severity != storydata::Severity::error
                       : d.severity == storydata::Severity::info;
  });
  return summary(result.diagnostics);
}

} // namespace test
