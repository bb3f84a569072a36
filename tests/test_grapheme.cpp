// SPDX-License-Identifier: Apache-2.0
// User-perceived characters: Unicode's own boundary tests, and SD232 on the scripts whose
// letters take marks that are not Latin combining marks.
#include "../sdk/src/text/grapheme.hpp"
#include "support.hpp"

#include <doctest/doctest.h>
#include <sstream>

using namespace storydata;

TEST_CASE("grapheme cluster boundaries pass every case of Unicode's GraphemeBreakTest.txt") {
  std::istringstream lines(test::read_file("tests/fixtures/unicode/GraphemeBreakTest.txt"));
  std::size_t cases = 0;
  for (std::string line; std::getline(lines, line);) {
    line = line.substr(0, line.find('#'));
    if (line.empty()) continue;
    // "÷ 0020 × 0308 ÷ 0020 ÷": ÷ is a boundary, × none, between code points in hex.
    std::u32string text;
    std::vector<std::size_t> expected;
    std::istringstream tokens(line);
    for (std::string token; tokens >> token;) {
      if (token == "\xC3\xB7") // ÷
        expected.push_back(text.size());
      else if (token != "\xC3\x97") // ×
        text += static_cast<char32_t>(std::stoul(token, nullptr, 16));
    }
    CAPTURE(line);
    CHECK(grapheme::boundaries(text) == expected);
    ++cases;
  }
  CHECK(cases >= 600);
}

namespace {

/// SD232 diagnostics of a story whose one paragraph is `text`, with a mention of code points
/// [start, end).
std::string splits(const std::string& text, std::uint32_t start, std::uint32_t end) {
  Story story;
  story.id = Id{"s"};
  story.article.headline = "H";
  story.article.body = {text};
  story.actors.push_back(Actor{.id = Id{"a"},
                               .kind = ActorKind::person,
                               .name = "A",
                               .mentions = {Mention{.paragraph = 0, .start = start, .end = end}}});
  std::string out;
  for (const auto& d : check(story))
    if (d.code == "SD232") out += d.pointer + "\n";
  return out;
}

} // namespace

TEST_CASE("SD232: a span may not cut a letter from its marks in any script, nor an emoji") {
  const std::string start = "/actors/0/mentions/0/start\n", end = "/actors/0/mentions/0/end\n";
  // Arabic: kasra (U+0650) after BEH in "بِسم"; Devanagari: the vowel sign I (U+093F, a
  // spacing mark) in "कि"; Thai: SARA I (U+0E34) in "กิน".
  CHECK(splits("\u0628\u0650\u0633\u0645", 1, 4) == start);
  CHECK(splits("\u0628\u0650\u0633\u0645", 0, 1) == end);
  CHECK(splits("\u0915\u093F \u0916", 0, 1) == end);
  CHECK(splits("\u0E01\u0E34\u0E19", 1, 3) == start);
  CHECK(splits("\u0628\u0650\u0633\u0645", 0, 2).empty());
  // Hangul written as conjoining jamo: HIEUH, A, NIEUN make one syllable.
  CHECK(splits("\u1112\u1161\u11AB \u1100", 0, 2) == end);
  CHECK(splits("\u1112\u1161\u11AB \u1100", 0, 3).empty());
  // An emoji ZWJ sequence (woman, ZWJ, laptop), a skin tone, a flag of two regional indicators.
  CHECK(splits("x \U0001F469\u200D\U0001F4BB y", 2, 3) == end);
  CHECK(splits("x \U0001F469\u200D\U0001F4BB y", 2, 5).empty());
  CHECK(splits("\U0001F44D\U0001F3FD ok", 0, 1) == end);
  CHECK(splits("\U0001F1F0\U0001F1F7\U0001F1FA\U0001F1F8", 1, 4) == start);
  CHECK(splits("\U0001F1F0\U0001F1F7\U0001F1FA\U0001F1F8", 2, 4).empty());
  // Latin combining marks, as before.
  CHECK(splits("Se\u0301oul", 2, 5) == start);
}
