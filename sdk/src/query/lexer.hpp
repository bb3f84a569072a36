// SPDX-License-Identifier: Apache-2.0
// Splits a query into words, quoted strings and symbols, each with its column.
#pragma once

#include <cstddef>
#include <optional>
#include <storydata/query.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::query_language {

enum class TokenKind { word, string, symbol, end };

struct Token {
  TokenKind kind = TokenKind::end;
  std::string text{};     ///< a string's content without its quotes
  std::size_t column = 1; ///< 1-based, in code points
};

struct Lexed {
  std::vector<Token> tokens{}; ///< always ends with an `end` token
  std::optional<QueryError> error{};
};

/// Words are runs of letters, digits, `_ - . :` and any non-ASCII text ("south-korea",
/// "2014-11-24", "Séoul"); strings are quoted with " or ' and hold anything, their quote and the
/// backslash escaped with a backslash (\", \', \\); symbols are ( ) , = != < <= > >=.
Lexed lex(std::string_view text);

} // namespace storydata::query_language
