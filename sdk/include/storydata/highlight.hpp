// SPDX-License-Identifier: Apache-2.0
// The spans of article text a story marks, ready to highlight in a page or an editor.
#pragma once

#include <cstdint>
#include <storydata/describe.hpp>
#include <storydata/story.hpp>
#include <string_view>
#include <vector>

namespace storydata {

STORYDATA_ENUM(HighlightType, "What a highlighted span marks.",
               (actor, "A mention of an actor.")(event, "Evidence of an event.")(
                   claim, "Evidence of a claim.")(relation, "Evidence of a relation."))

/// A span of the headline, the standfirst or a body paragraph, and what it marks: an actor's
/// mention, or the evidence of an event, claim or relation. Offsets are given in code points (as in
/// the story) and in UTF-16 code units, which is how JavaScript, Java and Qt index strings.
struct Highlight {
  TextPart part = TextPart::body;
  std::uint32_t paragraph = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::uint32_t utf16_start = 0;
  std::uint32_t utf16_end = 0;
  HighlightType type = HighlightType::actor;
  const Id* id = nullptr; ///< points into the story
  bool operator==(const Highlight&) const = default;
};
STORYDATA_STRUCT(
    Highlight, "A marked span of the article's text, and what it marks.",
    (part, "The headline, the standfirst or the body.")(
        paragraph, "The paragraph of the body, from 0.")(start, "Where it starts, in code points.")(
        end,
        "Where it ends (exclusive), in code points.")(utf16_start,
                                                      "Where it starts, in UTF-16 code units.")(
        utf16_end, "Where it ends (exclusive), in UTF-16 code units.")(
        type, "\"actor\", \"event\", \"claim\" or \"relation\".")(id, "The id of what it marks."))

/// Every span of a valid story, in reading order (headline, standfirst, then the body's paragraphs;
/// by start, then longer spans first, then story order). Spans outside their text are left out:
/// `validate` reports them (SD230).
/// Highlights point into the story, which must outlive them.
std::vector<Highlight> highlights(const Story& story);

} // namespace storydata
