// SPDX-License-Identifier: Apache-2.0
// Each file in tests/fixtures/invalid/ (and, under small limits, tests/fixtures/limits/) has the
// exact diagnostics it must produce, in a golden file beside it (NAME.expected). Set
// STORYDATA_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then review the diff. Files
// in tests/fixtures/valid/ must produce none.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace {

std::vector<fs::path> fixtures(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& entry : fs::directory_iterator(std::string(STORYDATA_SOURCE_DIR) + "/" + folder))
    if (entry.path().extension() == ".json") out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string golden(const std::vector<storydata::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics) {
    out += std::string(storydata::to_string(d.severity)) + " " + d.code + " " +
           (d.pointer.empty() ? "\"\"" : d.pointer) + " " + std::to_string(d.line) + ":" +
           std::to_string(d.column) + " " + d.message + "\n";
    if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  }
  return out;
}

// Each fixture of `folder` validated with `options` gives exactly its golden diagnostics.
void check_goldens(const std::string& folder, const storydata::DecodeOptions& options,
                   std::size_t at_least) {
  const auto files = fixtures(folder);
  REQUIRE(files.size() >= at_least);
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    const auto result = storydata::validate(test::read_file(folder + "/" + name), options);
    const std::string actual = golden(result.diagnostics);
    test::check_golden(actual,
                       folder + "/" + fs::path(name).replace_extension(".expected").string());
    // The file is named after the code it demonstrates.
    CHECK(actual.find(name.substr(0, 5)) != std::string::npos);
  }
}

} // namespace

TEST_CASE("invalid fixtures produce exactly their golden diagnostics") {
  check_goldens("tests/fixtures/invalid", {}, 30);
}

TEST_CASE("fixtures of the limits, under small limits, produce their golden diagnostics") {
  storydata::DecodeOptions small;
  small.max_bytes = 400;
  small.max_diagnostics = 3;
  check_goldens("tests/fixtures/limits", small, 2);
}

TEST_CASE("valid fixtures and the example stories produce no diagnostics at all") {
  auto files = fixtures("tests/fixtures/valid");
  const auto examples = fixtures("schema/examples");
  files.insert(files.end(), examples.begin(), examples.end());
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    CAPTURE(file.string());
    CHECK(golden(storydata::validate(text).diagnostics) == "");
  }
}
