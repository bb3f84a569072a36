// SPDX-License-Identifier: Apache-2.0
#include "ascii.hpp"
#include "utf8.hpp"

#include <array>
#include <storydata/index.hpp>

namespace storydata {
namespace {

// ASCII folds of U+00C0 to U+017F, space-separated; "-" keeps the character (× and ÷).
constexpr std::string_view latin_folds =
    "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th ss "
    "a a a a a a ae c e e e e i i i i d n o o o o o - o u u u u y th y "
    "a a a a a a c c c c c c c c d d d d e e e e e e e e e e g g g g g g g g h h h h "
    "i i i i i i i i i i ij ij j j k k k l l l l l l l l l l n n n n n n n n n "
    "o o o o o o oe oe r r r r r r s s s s s s s s t t t t t t u u u u u u u u u u u u "
    "w w y y y z z z z z z s";
constexpr char32_t first_folded = 0xC0;

constexpr std::array<std::string_view, 0x180 - first_folded> fold_table() {
  std::array<std::string_view, 0x180 - first_folded> table{};
  std::size_t at = 0;
  for (auto& entry : table) {
    const std::size_t space = latin_folds.find(' ', at);
    entry = latin_folds.substr(at, space - at);
    at = space + 1;
  }
  return table;
}
constexpr auto folds = fold_table();
static_assert(folds.back() == "s", "the table covers U+00C0 to U+017F");

} // namespace

std::string fold_name(std::string_view name) {
  std::string folded;
  folded.reserve(name.size());
  for (std::size_t at = 0; at < name.size();) {
    const char c = name[at];
    if (ascii::is_upper(c)) {
      folded += ascii::lower(c);
      ++at;
      continue;
    }
    // The table's code points all take two bytes.
    const utf8::Step step = utf8::next(name, at);
    const char32_t cp = step.code_point;
    if (step.valid && cp >= first_folded && cp < first_folded + folds.size() &&
        folds[cp - first_folded] != "-") {
      folded += folds[cp - first_folded];
      at += step.size;
      continue;
    }
    folded += c;
    ++at;
  }
  const auto first = folded.find_first_not_of(' ');
  if (first == std::string::npos) return {};
  return folded.substr(first, folded.find_last_not_of(' ') - first + 1);
}

} // namespace storydata
