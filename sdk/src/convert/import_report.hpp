// SPDX-License-Identifier: Apache-2.0
// What an importer reports about its input, the same way for every format: values a story has
// no place for (SD311) and values mapped to the nearest storydata value (SD312), at JSON Pointers
// into the input, located in its text when the import ends.
#pragma once

#include "codec/locate.hpp"
#include "converters.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace storydata::convert {

class ImportReport {
public:
  void ignored(std::string pointer, std::string why) {
    diagnostics_.push_back(loss(code::import_ignores_field, std::move(pointer), std::move(why)));
  }
  void approximated(std::string pointer, std::string how) {
    diagnostics_.push_back(
        loss(code::import_approximates_value, std::move(pointer), std::move(how)));
  }

  /// SD311 for each character reference that HTML read at `pointer` has but HTML5 does not
  /// ("&eacut;"), as html_paragraphs() lists them: kept as written.
  void unknown_references(const std::string& pointer, const std::vector<std::string>& unknown) {
    for (const auto& reference : unknown)
      ignored(pointer, "the character reference " + reference +
                           " is not one of HTML5's; it is kept as written");
  }

  /// Where reading the input adds its own findings (SD313 for what is not this format).
  std::vector<Diagnostic>& diagnostics() noexcept { return diagnostics_; }

  /// The import's result: the story, and every finding located in the JSON `text`.
  ImportResult finish(Story story, std::string_view text) {
    codec::locate(text, diagnostics_);
    return {std::move(story), std::move(diagnostics_)};
  }

private:
  std::vector<Diagnostic> diagnostics_;
};

} // namespace storydata::convert
