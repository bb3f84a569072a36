// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the text helpers the converters read and write markup with. HTML to
// paragraphs (tags, comments, CDATA, character references), plain text to paragraphs, and XML and
// HTML escaping: never a crash, and what they promise holds for any input.
#include "convert/support/html_text.hpp"
#include "convert/support/markup_text.hpp"
#include "convert/support/paragraphs.hpp"
#include "text/utf8.hpp"

#include <cstdint>
#include <cstdlib>

namespace {

bool is_utf8(std::string_view text) {
  return storydata::utf8::sanitize(text) == text;
}

// A paragraph is non-empty and trimmed; from HTML, its white space is collapsed too.
void check_paragraphs(const std::vector<std::string>& paragraphs, bool from_utf8, bool collapsed) {
  for (const auto& p : paragraphs) {
    if (p.empty() || p.front() == ' ' || p.back() == ' ' ||
        (collapsed && p.find("  ") != std::string::npos))
      std::abort();
    if (from_utf8 && !is_utf8(p)) std::abort();
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace storydata::convert;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool utf8 = is_utf8(text);
  std::vector<std::string> unknown;
  check_paragraphs(html_paragraphs(text, &unknown), utf8, true);
  for (const auto& reference : unknown)
    if (reference.size() < 3 || reference.front() != '&' || reference.back() != ';') std::abort();
  check_paragraphs(split_paragraphs(text), utf8, false);
  // Escaped text is valid UTF-8 (XML) and holds no character markup would read as markup.
  const std::string xml = xml_escape(text);
  if (!is_utf8(xml) || xml.find_first_of("<>\"'") != std::string::npos) std::abort();
  if (html_escape(text).find_first_of("<>\"'") != std::string::npos) std::abort();
  return 0;
}
