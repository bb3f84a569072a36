// SPDX-License-Identifier: Apache-2.0
#include "grapheme.hpp"

#include "grapheme_break.hpp"
#include "utf8.hpp"

namespace storydata::grapheme {
namespace {

bool is_control(Break b) {
  return b == Break::control || b == Break::cr || b == Break::lf;
}

/// Whether the rules keep `next` with what comes before it (GB3 to GB13; GB999 breaks).
/// `emoji` says that the text before ends with Extended_Pictographic Extend* ZWJ, and
/// `odd_regional` that it ends with an odd number of regional indicators; `pictographic` that
/// `next` is Extended_Pictographic.
bool joined(Break previous, Break next, bool emoji, bool odd_regional, bool pictographic) {
  using B = Break;
  if (previous == B::cr && next == B::lf) return true;        // GB3
  if (is_control(previous) || is_control(next)) return false; // GB4, GB5
  if (previous == B::l && (next == B::l || next == B::v || next == B::lv || next == B::lvt))
    return true;                                                                              // GB6
  if ((previous == B::lv || previous == B::v) && (next == B::v || next == B::t)) return true; // GB7
  if ((previous == B::lvt || previous == B::t) && next == B::t) return true;                  // GB8
  if (next == B::extend || next == B::zwj || next == B::spacingmark) return true; // GB9, GB9a
  if (previous == B::prepend) return true;                                        // GB9b
  if (emoji && pictographic) return true;                                         // GB11
  return previous == B::regional_indicator && next == B::regional_indicator &&
         odd_regional; // GB12, GB13
}

} // namespace

std::vector<std::size_t> boundaries(std::u32string_view text) {
  std::vector<std::size_t> out{0};
  if (text.empty()) return out;
  Break previous = break_property(text[0]);
  // GB11's state: 0 outside a sequence, 1 after Extended_Pictographic Extend*, 2 after its ZWJ.
  int emoji = is_extended_pictographic(text[0]) ? 1 : 0;
  std::size_t regional = previous == Break::regional_indicator ? 1 : 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char32_t c = text[i];
    const Break next = break_property(c);
    const bool pictographic = is_extended_pictographic(c);
    if (!joined(previous, next, emoji == 2, regional % 2 == 1, pictographic)) out.push_back(i);
    if (pictographic)
      emoji = 1;
    else if (emoji == 1 && next == Break::extend)
      emoji = 1;
    else if (emoji == 1 && next == Break::zwj)
      emoji = 2;
    else
      emoji = 0;
    regional = next == Break::regional_indicator ? regional + 1 : 0;
    previous = next;
  }
  out.push_back(text.size());
  return out;
}

std::u32string code_points(std::string_view text) {
  std::u32string out;
  for (std::size_t at = 0; at < text.size();) {
    const auto step = utf8::next(text, at);
    out += step.valid ? step.code_point : U'\uFFFD';
    at += step.size;
  }
  return out;
}

} // namespace storydata::grapheme
