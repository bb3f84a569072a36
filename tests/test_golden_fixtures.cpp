// Each file in tests/fixtures/invalid/ has the exact diagnostics it must produce, in a golden
// file beside it (NAME.expected). Set STORYDATA_UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change, then review the diff. Files in tests/fixtures/valid/ must produce none.
#include "support.hpp"

#include <algorithm>
#include <cstdlib>
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

} // namespace

TEST_CASE("invalid fixtures produce exactly their golden diagnostics") {
  const bool update = std::getenv("STORYDATA_UPDATE_GOLDEN") != nullptr;
  const auto files = fixtures("tests/fixtures/invalid");
  REQUIRE(files.size() >= 30);
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    const auto result = storydata::validate(test::read_file("tests/fixtures/invalid/" + name));
    const std::string actual = golden(result.diagnostics);
    const fs::path expected_path = fs::path(file).replace_extension(".expected");
    if (update) std::ofstream(expected_path, std::ios::binary) << actual;
    CAPTURE(name);
    CHECK(actual == test::read_file("tests/fixtures/invalid/" + expected_path.filename().string()));
    // The file is named after the code it demonstrates.
    CHECK(actual.find(name.substr(0, 5)) != std::string::npos);
  }
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
