// SPDX-License-Identifier: Apache-2.0
// Caches per spanned text (code-point offsets, UTF-16 offsets) indexed by slot rather than hashed:
// spans are many and the lookup is on every one.
#pragma once

#include <cstddef>
#include <storydata/article.hpp>

namespace storydata {

/// How many texts spans can count in: the body's paragraphs, the headline and the standfirst.
inline std::size_t text_slots(const Article& article) noexcept {
  return article.body.size() + 2;
}

/// The slot of the text `span` counts in, for a span whose spanned_text exists: its paragraph,
/// then the headline and the standfirst after the body.
inline std::size_t text_slot(const Article& article, const Mention& span) noexcept {
  switch (span.part.value_or(TextPart::body)) {
  case TextPart::headline:
    return article.body.size();
  case TextPart::standfirst:
    return article.body.size() + 1;
  case TextPart::body:
    break;
  }
  return span.paragraph;
}

} // namespace storydata
