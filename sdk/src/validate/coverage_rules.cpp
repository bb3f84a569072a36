// SPDX-License-Identifier: Apache-2.0
// SD270 unused-actor, SD271 quote-not-in-text.
#include "rule.hpp"
#include "walk.hpp"

#include <algorithm>
#include <unordered_set>

namespace storydata::validation {

void unused_actor(const Context& c, const Reporter& report) {
  std::unordered_set<std::string_view> referenced;
  walk(c.story, overloaded{[](const auto&, const Path&) {},
                           [&]<class... T>(const Ref<T...>& ref, const Path&) {
                             referenced.insert(ref.id);
                           }});
  for (std::size_t i = 0; i < c.story.actors.size(); ++i) {
    const Actor& a = c.story.actors[i];
    if (a.mentions.empty() && !referenced.contains(a.id.value))
      report(json_pointer("actors", i),
             "actor " + quote(a.id.value) + " is never mentioned in the text nor referenced",
             "add its mentions, use it in an event or relation, or remove it");
  }
}

void quote_not_in_text(const Context& c, const Reporter& report) {
  const auto& body = c.story.article.body;
  for (std::size_t i = 0; i < c.story.claims.size(); ++i) {
    const Claim& claim = c.story.claims[i];
    if (!claim.quote) continue;
    const bool found = std::any_of(body.begin(), body.end(), [&](const std::string& paragraph) {
      return paragraph.find(claim.text) != std::string::npos;
    });
    if (!found)
      report(json_pointer("claims", i, "text"),
             "the quote " + quote(claim.text) + " does not appear in the article",
             "quote the article word for word (same quotation marks and apostrophes), or set "
             "\"quote\" to false for a paraphrase");
  }
}

} // namespace storydata::validation
