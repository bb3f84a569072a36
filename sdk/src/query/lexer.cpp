// SPDX-License-Identifier: Apache-2.0
#include "lexer.hpp"

#include "text/utf8.hpp"

namespace storydata::query_language {
namespace {

bool is_word_byte(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         c == '-' || c == '.' || c == ':' || byte >= 0x80;
}

} // namespace

Lexed lex(std::string_view text) {
  Lexed lexed;
  std::size_t column = 1;
  std::size_t at = 0;
  // Moves past `count` bytes, counting columns in code points.
  const auto advance = [&](std::size_t count) {
    for (const std::size_t stop = at + count; at < stop; ++at)
      if (!utf8::is_continuation_byte(text[at])) ++column;
  };
  while (at < text.size()) {
    const char c = text[at];
    const std::size_t start = column;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      advance(1);
    } else if (is_word_byte(c)) {
      std::size_t end = at;
      while (end < text.size() && is_word_byte(text[end]))
        ++end;
      lexed.tokens.push_back({TokenKind::word, std::string(text.substr(at, end - at)), start});
      advance(end - at);
    } else if (c == '"' || c == '\'') {
      // Up to the closing quote; a backslash escapes a quote or a backslash.
      std::string value;
      advance(1);
      for (;;) {
        if (at == text.size()) {
          lexed.error = QueryError{"unterminated string: no closing " + std::string(1, c), start};
          return lexed;
        }
        if (text[at] == c) break;
        if (text[at] == '\\') {
          const char escaped = at + 1 < text.size() ? text[at + 1] : '\0';
          if (escaped != '"' && escaped != '\'' && escaped != '\\') {
            lexed.error = QueryError{"unknown escape in a string: write \\\\ for a backslash, "
                                     "\\\" or \\' for a quote",
                                     column};
            return lexed;
          }
          advance(1);
        }
        value += text[at];
        advance(1);
      }
      advance(1);
      lexed.tokens.push_back({TokenKind::string, std::move(value), start});
    } else if ((c == '!' || c == '<' || c == '>') && text.substr(at + 1, 1) == "=") {
      lexed.tokens.push_back({TokenKind::symbol, std::string(text.substr(at, 2)), start});
      advance(2);
    } else if (std::string_view("(),=<>").find(c) != std::string_view::npos) {
      lexed.tokens.push_back({TokenKind::symbol, std::string(1, c), start});
      advance(1);
    } else {
      lexed.error = QueryError{"unexpected character '" + std::string(1, c) + "'", start};
      return lexed;
    }
  }
  lexed.tokens.push_back({TokenKind::end, {}, column});
  return lexed;
}

} // namespace storydata::query_language
