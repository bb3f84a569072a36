// SPDX-License-Identifier: Apache-2.0
#include "support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <sstream>

namespace test {

std::string read_file(const std::string& relative_path) {
  std::ifstream in(std::string(STORYDATA_SOURCE_DIR) + "/" + relative_path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

const storydata::Story& example() {
  static const storydata::Story story = storydata::decode(read_file(example_story)).story;
  return story;
}

std::string minimal_story(const std::string& extra) {
  return R"({"storydata": "1.0", "id": "s", "article": {"headline": "H"})" +
         (extra.empty() ? "" : ", " + extra) + "}";
}

std::string summary(const std::vector<storydata::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.code + " " + d.pointer + " " + std::to_string(d.line) + ":" +
           std::to_string(d.column) + " " + d.message + "\n";
  return out;
}

void check_golden(const std::string& actual, const std::string& relative_path) {
  if (std::getenv("STORYDATA_UPDATE_GOLDEN"))
    std::ofstream(std::string(STORYDATA_SOURCE_DIR) + "/" + relative_path, std::ios::binary)
        << actual;
  CAPTURE(relative_path);
  CHECK(actual == read_file(relative_path));
}

} // namespace test
