// SPDX-License-Identifier: Apache-2.0
// What a conversion reports, kept as golden files in tests/fixtures/convert/reports/: an export
// the format cannot take at all (SD303), imports that leave out or approximate values of their
// input (SD311, SD312), and an input that is not of the format it is read as (SD313). Set
// STORYDATA_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff.
#include "convert_support.hpp"

#include <doctest/doctest.h>

using namespace storydata;

namespace {

void check_report(const std::vector<Diagnostic>& diagnostics, const std::string& golden) {
  test::check_golden(test::summary(diagnostics), "tests/fixtures/convert/reports/" + golden);
}

} // namespace

TEST_CASE("an export to a format that has no writer reports SD303") {
  const auto exported = export_story(test::example(), Format::gdelt);
  CHECK_FALSE(exported.ok());
  check_report(exported.diagnostics, "example.gdelt.report.txt");
}

TEST_CASE("imports report what they leave out and approximate, located in the input") {
  struct Case {
    const char* input;
    Format format;
    const char* golden;
  };
  for (const Case& c : {Case{"tests/fixtures/gdelt/korea-2014-2015.export.tsv", Format::gdelt,
                             "korea-2014-2015.gdelt-import.report.txt"},
                        Case{"tests/fixtures/ninjs/dpa_text.json", Format::ninjs2,
                             "dpa_text.ninjs-import.report.txt"}}) {
    const auto imported = import_story(test::read_file(c.input), c.format);
    CHECK(imported.ok());
    check_report(imported.diagnostics, c.golden);
  }
}

TEST_CASE("a document read as another format reports SD313") {
  const auto imported = import_story(test::read_file(test::example_story), Format::stix);
  CHECK_FALSE(imported.ok());
  check_report(imported.diagnostics, "example.stix-import.report.txt");
}
