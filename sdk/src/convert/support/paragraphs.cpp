// SPDX-License-Identifier: Apache-2.0
// Joining and splitting article bodies at blank lines.
#include "paragraphs.hpp"

namespace storydata::convert {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  while (true) {
    const auto end = text.find('\n');
    out.push_back(text.substr(0, end));
    if (end == std::string_view::npos) return out;
    text.remove_prefix(end + 1);
  }
}

bool blank(std::string_view line) {
  for (const char c : line)
    if (!is_space(c)) return false;
  return true;
}

} // namespace

JoinedBody join_paragraphs(const std::vector<std::string>& paragraphs) {
  JoinedBody out;
  for (const auto& paragraph : paragraphs) {
    if (!out.text.empty()) out.text += "\n\n";
    out.text += paragraph;
  }
  // Splitting normalises white space, so the round trip is the only honest test.
  out.lossless = split_paragraphs(out.text) == paragraphs;
  return out;
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (const char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

std::vector<std::string> split_paragraphs(std::string_view text) {
  const auto all = lines(text);
  bool has_blank_line = false;
  for (const auto line : all)
    has_blank_line = has_blank_line || blank(line);
  std::vector<std::string> out;
  std::string current;
  const auto flush = [&] {
    auto paragraph = collapse_spaces(current);
    if (!paragraph.empty()) out.push_back(std::move(paragraph));
    current.clear();
  };
  for (const auto line : all) {
    if (blank(line) || !has_blank_line) {
      current += line;
      flush();
      continue;
    }
    current += ' ';
    current += line;
  }
  flush();
  return out;
}

} // namespace storydata::convert
