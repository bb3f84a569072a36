// SPDX-License-Identifier: Apache-2.0
#include "model/text_slot.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <storydata/highlight.hpp>
#include <tuple>

namespace storydata {
namespace {

// UTF-16 length of the code points before each code point of a paragraph, computed once per
// paragraph: astral code points (4 UTF-8 bytes) take two UTF-16 units.
std::vector<std::uint32_t> utf16_offsets(std::string_view paragraph) {
  const auto bytes = utf8::code_point_offsets(paragraph);
  std::vector<std::uint32_t> out(bytes.size(), 0);
  for (std::size_t i = 0; i + 1 < bytes.size(); ++i)
    out[i + 1] = out[i] + (bytes[i + 1] - bytes[i] == 4 ? 2 : 1);
  return out;
}

} // namespace

std::vector<Highlight> highlights(const Story& story) {
  std::vector<std::vector<std::uint32_t>> units(text_slots(story.article));
  std::vector<Highlight> out;
  const auto add = [&](HighlightType type, const Id& id, const std::vector<Mention>& spans) {
    for (const Mention& m : spans) {
      const auto text = spanned_text(story.article, m);
      if (!text) continue;
      auto& offsets = units[text_slot(story.article, m)];
      if (offsets.empty()) offsets = utf16_offsets(*text);
      if (m.start > m.end || m.end >= offsets.size()) continue;
      out.push_back({m.part.value_or(TextPart::body), m.paragraph, m.start, m.end, offsets[m.start],
                     offsets[m.end], type, &id});
    }
  };
  for (const auto& a : story.actors)
    add(HighlightType::actor, a.id, a.mentions);
  for (const auto& e : story.events)
    add(HighlightType::event, e.id, e.evidence);
  for (const auto& c : story.claims)
    add(HighlightType::claim, c.id, c.evidence);
  for (const auto& r : story.relations)
    add(HighlightType::relation, r.id, r.evidence);
  std::stable_sort(out.begin(), out.end(), [](const Highlight& x, const Highlight& y) {
    return std::tuple(x.part, x.paragraph, x.start, y.end) <
           std::tuple(y.part, y.paragraph, y.start, x.end);
  });
  return out;
}

} // namespace storydata
