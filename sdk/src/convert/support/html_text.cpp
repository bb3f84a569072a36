// HTML to paragraphs of plain text.
#include "html_text.hpp"

#include "paragraphs.hpp"
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

constexpr std::array<std::pair<std::string_view, char32_t>, 32> named_references{{
    {"amp", U'&'},         {"lt", U'<'},         {"gt", U'>'},          {"quot", U'"'},
    {"apos", U'\''},       {"nbsp", U'\u00A0'},  {"ndash", U'\u2013'},  {"mdash", U'\u2014'},
    {"lsquo", U'\u2018'},  {"rsquo", U'\u2019'}, {"sbquo", U'\u201A'},  {"ldquo", U'\u201C'},
    {"rdquo", U'\u201D'},  {"bdquo", U'\u201E'}, {"laquo", U'\u00AB'},  {"raquo", U'\u00BB'},
    {"hellip", U'\u2026'}, {"euro", U'\u20AC'},  {"copy", U'\u00A9'},   {"reg", U'\u00AE'},
    {"trade", U'\u2122'},  {"deg", U'\u00B0'},   {"middot", U'\u00B7'}, {"bull", U'\u2022'},
    {"shy", U'\u00AD'},    {"auml", U'\u00E4'},  {"ouml", U'\u00F6'},   {"uuml", U'\u00FC'},
    {"Auml", U'\u00C4'},   {"Ouml", U'\u00D6'},  {"Uuml", U'\u00DC'},   {"szlig", U'\u00DF'},
}};

char lower(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '-' || c == '_' || c == ':';
}

class Reader {
public:
  explicit Reader(std::string_view html) : html_(html) {}

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
      name += lower(c);
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
        found += lower(c);
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

  void reference() {
    const auto semicolon = html_.find(';', at_);
    if (semicolon == std::string_view::npos || semicolon - at_ > 32) return text(html_[at_++]);
    const auto body = html_.substr(at_ + 1, semicolon - at_ - 1);
    std::optional<char32_t> decoded;
    if (body.size() > 1 && body[0] == '#') {
      const bool hex = body[1] == 'x' || body[1] == 'X';
      const auto digits = body.substr(hex ? 2 : 1);
      std::uint32_t value = 0;
      bool valid = !digits.empty();
      for (const char c : digits) {
        int d = -1;
        if (c >= '0' && c <= '9')
          d = c - '0';
        else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
          d = lower(c) - 'a' + 10;
        if (d < 0)
          valid = false;
        else // saturates past the last code point: out of range is U+FFFD, however long
          value = std::min<std::uint32_t>(value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d),
                                          0x110000);
      }
      if (valid) decoded = value > 0x10FFFF ? U'\uFFFD' : static_cast<char32_t>(value);
    } else {
      for (const auto& [name, c] : named_references)
        if (name == body) decoded = c;
    }
    if (!decoded) return text(html_[at_++]); // unknown: kept as written
    utf8::append(current_, *decoded);
    breaks_ = 0;
    at_ = semicolon + 1;
  }

  std::string_view html_;
  std::size_t at_ = 0;
  std::string current_;
  std::size_t breaks_ = 0;
  std::vector<std::string> paragraphs_;
};

} // namespace

std::vector<std::string> html_paragraphs(std::string_view html) {
  return Reader(html).run();
}

} // namespace storydata::convert
