// Decodes a story given on the command line and prints what it holds.
#include <iostream>
#include <storydata/storydata.hpp>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  const auto result = storydata::decode(argv[1]);
  for (const auto& d : result.diagnostics)
    std::cerr << d.code << " " << d.message << "\n";
  if (!result.ok()) return 1;
  std::cout << result.story.article.headline << " (storydata " << storydata::sdk_version
            << ", schema " << result.story.storydata.to_string() << ")\n";
  return 0;
}
