// SPDX-License-Identifier: Apache-2.0
// HTML to paragraphs of plain text.
#include "html_text.hpp"

#include "html_entities.hpp"
#include "paragraphs.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <utility>

namespace storydata::convert {
namespace {

constexpr std::array<std::string_view, 30> block_elements{
    "address", "article", "aside",      "blockquote", "body",   "br",   "dd", "div",
    "dl",      "dt",      "figcaption", "figure",     "footer", "h1",   "h2", "h3",
    "h4",      "h5",      "h6",         "header",     "hr",     "li",   "ol", "p",
    "pre",     "section", "table",      "tr",         "ul",     "block"};

// Elements whose content is not article text.
constexpr std::array<std::string_view, 7> skipped_elements{
    "script", "style", "head", "template", "noscript", "body.head", "title"};

bool is_name_char(char c) {
  return ascii::is_alnum(c) || c == '.' || c == '-' || c == '_' || c == ':';
}

/// The value of a digit in base 10 or 16, or -1.
int digit(char c, bool hex) {
  if (c >= '0' && c <= '9') return c - '0';
  if (hex && ascii::lower(c) >= 'a' && ascii::lower(c) <= 'f') return ascii::lower(c) - 'a' + 10;
  return -1;
}

class Reader {
public:
  Reader(std::string_view html, std::vector<std::string>* unknown)
      : html_(html), unknown_(unknown) {}

  std::vector<std::string> run() {
    while (at_ < html_.size()) {
      if (html_[at_] == '<')
        markup();
      else if (html_[at_] == '&')
        reference();
      else
        text(html_[at_++]);
    }
    end_paragraph();
    return std::move(paragraphs_);
  }

private:
  bool starts_with(std::string_view prefix) const { return html_.substr(at_).starts_with(prefix); }

  void skip_past(std::string_view end) {
    const auto found = html_.find(end, at_);
    at_ = found == std::string_view::npos ? html_.size() : found + end.size();
  }

  void text(char c) {
    current_ += c;
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') breaks_ = 0;
  }

  void end_paragraph() {
    auto paragraph = collapse_spaces(current_);
    if (!paragraph.empty()) paragraphs_.push_back(std::move(paragraph));
    current_.clear();
  }

  void markup() {
    if (starts_with("<!--")) return skip_past("-->");
    if (starts_with("<![CDATA[")) {
      const auto begin = at_ + 9;
      const auto end = std::min(html_.find("]]>", begin), html_.size());
      for (const char c : html_.substr(begin, end - begin))
        text(c);
      at_ = std::min(end + 3, html_.size());
      return;
    }
    if (starts_with("<!") || starts_with("<?")) return skip_past(">");
    const bool closing = at_ + 1 < html_.size() && html_[at_ + 1] == '/';
    std::size_t name_start = at_ + (closing ? 2 : 1);
    std::size_t name_end = name_start;
    while (name_end < html_.size() && is_name_char(html_[name_end]))
      ++name_end;
    if (name_end == name_start) return text(html_[at_++]); // a lone '<' is text
    std::string name;
    for (const char c : html_.substr(name_start, name_end - name_start))
      name += ascii::lower(c);
    at_ = name_end;
    skip_tag_rest();
    const bool self_closing = at_ >= 2 && html_[at_ - 2] == '/';
    if (!closing && !self_closing &&
        std::find(skipped_elements.begin(), skipped_elements.end(), name) != skipped_elements.end())
      return skip_element(name);
    if (name == "br") {
      // One <br> is a line break inside a paragraph; two in a row end it.
      if (++breaks_ >= 2)
        end_paragraph();
      else
        current_ += ' ';
      return;
    }
    if (std::find(block_elements.begin(), block_elements.end(), name) != block_elements.end())
      end_paragraph();
  }

  // Past the attributes to the closing '>', respecting quoted values.
  void skip_tag_rest() {
    char quote = 0;
    while (at_ < html_.size()) {
      const char c = html_[at_++];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'')
        quote = c;
      else if (c == '>')
        return;
    }
  }

  // Past the matching end tag, counting nested elements of the same name.
  void skip_element(const std::string& name) {
    std::size_t depth = 1;
    while (at_ < html_.size() && depth > 0) {
      const auto open = html_.find('<', at_);
      if (open == std::string_view::npos) break;
      at_ = open + 1;
      const bool closing = at_ < html_.size() && html_[at_] == '/';
      const auto begin = at_ + (closing ? 1 : 0);
      std::size_t end = begin;
      while (end < html_.size() && is_name_char(html_[end]))
        ++end;
      std::string found;
      for (const char c : html_.substr(begin, end - begin))
        found += ascii::lower(c);
      at_ = end;
      skip_tag_rest();
      if (found != name) continue;
      if (closing)
        --depth;
      else if (html_[at_ - 2] != '/')
        ++depth;
    }
    at_ = std::min(at_, html_.size());
  }

  // A character reference, read as HTML5 reads one in text: the longest name of the table (the
  // legacy ones also without ';'), or a number, its ';' optional.
  void reference() {
    const std::size_t start = at_ + 1;
    if (start < html_.size() && html_[start] == '#') return numeric(start + 1);
    std::size_t end = start;
    while (end < html_.size() && end - start < longest_reference_name &&
           ascii::is_alnum(html_[end]))
      ++end;
    const auto name = html_.substr(start, end - start);
    const bool semicolon = end < html_.size() && html_[end] == ';';
    if (semicolon) {
      if (const auto value = named_character_reference(html_.substr(start, name.size() + 1)))
        return decoded(*value, end + 1);
    }
    for (std::size_t n = name.size(); n > 0; --n)
      if (const auto value = named_character_reference(name.substr(0, n)))
        return decoded(*value, start + n);
    // Kept as written; "AT&T" is text, but "&eacut;" was meant as a reference.
    if (semicolon && !name.empty() && unknown_) unknown_->push_back("&" + std::string(name) + ";");
    text(html_[at_++]);
  }

  void numeric(std::size_t from) {
    const bool hex = from < html_.size() && (html_[from] == 'x' || html_[from] == 'X');
    std::size_t end = from + (hex ? 1 : 0);
    std::uint32_t value = 0;
    for (int d = 0; end < html_.size() && (d = digit(html_[end], hex)) >= 0; ++end)
      // Saturates past the last code point: out of range is U+FFFD, however long.
      value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d),
                                      0x110000);
    if (end == from + (hex ? 1 : 0)) return text(html_[at_++]); // "&#" without digits is text
    if (end < html_.size() && html_[end] == ';') ++end;
    std::string character;
    utf8::append(character, numeric_character_reference(value));
    decoded(character, end);
  }

  void decoded(std::string_view character, std::size_t next) {
    current_ += character;
    breaks_ = 0;
    at_ = next;
  }

  std::string_view html_;
  std::vector<std::string>* unknown_;
  std::size_t at_ = 0;
  std::string current_;
  std::size_t breaks_ = 0;
  std::vector<std::string> paragraphs_;
};

} // namespace

std::vector<std::string> html_paragraphs(std::string_view html,
                                         std::vector<std::string>* unknown_references) {
  return Reader(html, unknown_references).run();
}

std::string html_line(std::string_view html, std::vector<std::string>* unknown_references) {
  std::string out;
  for (const auto& paragraph : html_paragraphs(html, unknown_references))
    out += (out.empty() ? "" : " ") + paragraph;
  return out;
}

} // namespace storydata::convert
