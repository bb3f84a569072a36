// Writes the files generated from the C++ model: the JSON Schema, the vocabulary of kind traits,
// the schema reference and the diagnostic codes reference, and the TypeScript declarations.
// Usage: storydata-generate REPO_ROOT   (run by scripts/generate.sh; tests check the output is
// what is checked in).
#include <fstream>
#include <iostream>
#include <storydata/schema.hpp>
#include <storydata/validate.hpp>

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
  const std::string root = argv[1];
  const bool ok =
      write(root + "/schema/story.schema.json", storydata::json_schema()) &&
      write(root + "/wasm/vocabulary.json", storydata::vocabulary_json()) &&
      write(root + "/docs/schema.md", storydata::schema_reference()) &&
      write(root + "/docs/diagnostics.md", storydata::diagnostics_reference()) &&
      write(root + "/wasm/types/story.d.ts", storydata::typescript_declarations()) &&
      write(root + "/wasm/types/diagnostic.d.ts", storydata::diagnostic_declarations()) &&
      write(root + "/wasm/types/query.d.ts", storydata::query_declarations()) &&
      write(root + "/wasm/types/api.d.ts", storydata::api_declarations());
  return ok ? 0 : 1;
}
