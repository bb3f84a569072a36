// SPDX-License-Identifier: Apache-2.0
// Writes the files generated from the C++ model (storydata::generated_files(): the JSON Schema,
// the vocabulary of kind traits, the references and the TypeScript declarations).
// Usage: storydata-generate REPO_ROOT   (run by scripts/generate.sh; tests check the output is
// what is checked in).
#include <fstream>
#include <iostream>
#include <storydata/schema.hpp>

namespace {

bool write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) std::cerr << "storydata-generate: cannot write " << path << "\n";
  return static_cast<bool>(out);
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: storydata-generate REPO_ROOT\n";
    return 2;
  }
  bool ok = true;
  for (const auto& file : storydata::generated_files())
    ok = write(std::string(argv[1]) + "/" + std::string(file.path), file.contents()) && ok;
  return ok ? 0 : 1;
}
