// SPDX-License-Identifier: Apache-2.0
// Checked-in files generated from the model must match what the model generates now.
#include "support.hpp"

#include <doctest/doctest.h>

TEST_CASE("every generated file is up to date (run scripts/generate.sh)") {
  REQUIRE(storydata::generated_files().size() >= 8);
  for (const auto& file : storydata::generated_files()) {
    const std::string path(file.path);
    CAPTURE(path);
    CHECK(test::read_file(path) == file.contents());
  }
}
