// SPDX-License-Identifier: Apache-2.0
// The catalogue of diagnostic codes is the only place a code is spelled, and every code in it is
// shown by a golden fixture: a file of expected diagnostics under tests/fixtures/.
#include "support.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <filesystem>
#include <set>
#include <storydata/diagnostic_codes.hpp>

namespace fs = std::filesystem;

namespace {

std::vector<storydata::RuleInfo> catalogue() {
  std::vector<storydata::RuleInfo> out;
  for (const auto list :
       {storydata::structural_codes(), storydata::rules(), storydata::conversion_codes()})
    out.insert(out.end(), list.begin(), list.end());
  return out;
}

std::vector<fs::path> files_below(const std::string& folder) {
  std::vector<fs::path> out;
  for (const auto& entry :
       fs::recursive_directory_iterator(std::string(STORYDATA_SOURCE_DIR) + "/" + folder))
    if (entry.is_regular_file()) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string below_root(const fs::path& path) {
  return fs::relative(path, STORYDATA_SOURCE_DIR).generic_string();
}

// A string literal that starts with "SD" and three digits: a code spelled out. (An escaped quote
// is a code quoted inside documentation text.)
bool spells_a_code(const std::string& text) {
  for (auto at = text.find("\"SD"); at != std::string::npos; at = text.find("\"SD", at + 1))
    if ((at == 0 || text[at - 1] != '\\') && at + 6 <= text.size() &&
        std::all_of(text.begin() + static_cast<std::ptrdiff_t>(at) + 3,
                    text.begin() + static_cast<std::ptrdiff_t>(at) + 6,
                    [](char c) { return c >= '0' && c <= '9'; }))
      return true;
  return false;
}

} // namespace

TEST_CASE("codes are unique, in code order, with a kebab-case name and a reason") {
  const auto codes = catalogue();
  REQUIRE(codes.size() >= 37);
  for (std::size_t i = 0; i < codes.size(); ++i) {
    CAPTURE(codes[i].code);
    CHECK(codes[i].code.size() == 5);
    CHECK(codes[i].code.starts_with("SD"));
    if (i > 0) CHECK(codes[i - 1].code < codes[i].code);
    CHECK(!codes[i].name.empty());
    CHECK(codes[i].name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") ==
          std::string_view::npos);
    CHECK(!codes[i].rationale.empty());
  }
}

TEST_CASE("no source file but the catalogue spells a code") {
  for (const char* folder : {"sdk/src", "sdk/cli", "sdk/include", "wasm/src"})
    for (const auto& path : files_below(folder)) {
      const std::string name = below_root(path);
      if (name == "sdk/src/diagnostics/codes.hpp") continue;
      CAPTURE(name);
      CHECK_FALSE(spells_a_code(test::read_file(name)));
    }
}

TEST_CASE("every code has a golden fixture that shows it") {
  std::string goldens;
  for (const auto& path : files_below("tests/fixtures")) {
    const std::string name = path.filename().string();
    if (name.ends_with(".expected") || name.find(".losses") != std::string::npos ||
        name.ends_with(".report.txt"))
      goldens += test::read_file(below_root(path));
  }
  // SD202 reports what only a story built in code can hold (tests/test_validate.cpp).
  const std::set<std::string_view> without_document{"SD202"};
  for (const auto& code : catalogue()) {
    CAPTURE(code.code);
    CHECK((goldens.find(code.code) != std::string::npos || without_document.count(code.code)));
  }
}
