#include "convert_support.hpp"

namespace test {

const storydata::Story& example() {
  static const storydata::Story story = storydata::decode(read_file(example_story)).story;
  return story;
}

std::string loss_report(const std::vector<storydata::Diagnostic>& diagnostics) {
  std::string out;
  for (const auto& d : diagnostics)
    out += d.code + " " + d.pointer + "\n";
  return out;
}

std::string validation_problems(const storydata::Story& story, bool errors_only) {
  // Through the text, as a user would: what an importer builds must also encode and decode.
  auto result = storydata::validate(storydata::encode(story));
  std::erase_if(result.diagnostics, [&](const storydata::Diagnostic& d) {
    return errors_only ? d.severity != storydata::Severity::error
                       : d.severity == storydata::Severity::info;
  });
  return summary(result.diagnostics);
}

} // namespace test
