// SPDX-License-Identifier: Apache-2.0
#include <storydata/article.hpp>

namespace storydata {

std::optional<std::string_view> spanned_text(const Article& article, const Mention& span) noexcept {
  switch (span.part.value_or(TextPart::body)) {
  case TextPart::headline:
    if (span.paragraph == 0) return article.headline;
    break;
  case TextPart::standfirst:
    if (span.paragraph == 0 && article.standfirst) return *article.standfirst;
    break;
  case TextPart::body:
    if (span.paragraph < article.body.size()) return article.body[span.paragraph];
    break;
  }
  return std::nullopt;
}

} // namespace storydata
