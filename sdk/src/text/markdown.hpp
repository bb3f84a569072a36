// SPDX-License-Identifier: Apache-2.0
// Markdown tables, as the generated references (docs/schema.md, docs/diagnostics.md) write them.
#pragma once

#include "replace.hpp"

#include <initializer_list>
#include <string>
#include <string_view>

namespace storydata {

/// `text` made safe inside a table cell: '|' escaped.
inline std::string markdown_cell(std::string_view text) {
  return replace_chars(text, [](char c) -> std::string_view { return c == '|' ? "\\|" : ""; });
}

/// `text` as inline code, "`text`"; empty text stays empty.
inline std::string code_span(std::string_view text) {
  return text.empty() ? std::string() : "`" + std::string(text) + "`";
}

/// One table row, "| a | b |\n", of cells written as given.
inline std::string markdown_row(std::initializer_list<std::string_view> cells) {
  std::string out = "|";
  for (const auto cell : cells) {
    out += ' ';
    out += cell;
    out += " |";
  }
  return out + "\n";
}

/// A table's header row and the rule under it, "| a | b |\n|---|---|\n".
inline std::string markdown_header(std::initializer_list<std::string_view> names) {
  std::string rule = "|";
  for (std::size_t i = 0; i < names.size(); ++i)
    rule += "---|";
  return markdown_row(names) + rule + "\n";
}

} // namespace storydata
