// SPDX-License-Identifier: Apache-2.0
// Decodes a story given on the command line and prints what it holds; parses JSON of its own
// with nlohmann/json, whose errors are exceptions here though storydata's copy never throws.
#include <iostream>
#include <nlohmann/json.hpp>
#include <storydata/storydata.hpp>

#if !defined(STORYDATA_VERSION) || STORYDATA_VERSION < 100
#error "storydata's version macros are missing"
#endif

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  try {
    (void)nlohmann::json::parse("{");
    return 3;
  } catch (const nlohmann::json::parse_error&) {
  }
  const auto result = storydata::decode(argv[1]);
  for (const auto& d : result.diagnostics)
    std::cerr << d.code << " " << d.message << "\n";
  if (!result.ok()) return 1;
  std::cout << result.story.article.headline << " (storydata " << storydata::sdk_version
            << ", schema " << result.story.storydata.to_string() << ")\n";
  return 0;
}
