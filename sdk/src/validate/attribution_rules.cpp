// SPDX-License-Identifier: Apache-2.0
// SD260 unattributed-certainty, SD261 attributed-statement.
#include "model/reflect.hpp"
#include "rule.hpp"
#include "walk.hpp"

namespace storydata::validation {
namespace {

template <class F> void for_each_attribution(const Story& story, F&& f) {
  walk(story, overloaded{[](const auto&, const Path&) {},
                         [&](const Attribution& a, const Path& at) { f(a, at); }});
}

} // namespace

void unattributed_certainty(const Context& c, const Reporter& report) {
  for_each_attribution(c.story, [&](const Attribution& a, const Path& at) {
    const bool needs_someone =
        a.certainty == Certainty::reported || a.certainty == Certainty::alleged ||
        a.certainty == Certainty::confirmed || a.certainty == Certainty::denied;
    if (needs_someone && a.according_to.empty())
      report(pointer_to(at.str(), "according_to"),
             quote(reflect::enum_name(a.certainty)) + " by whom? `according_to` is empty",
             "name the actor or source, or use \"believed\" for unattributed beliefs");
  });
}

void attributed_statement(const Context& c, const Reporter& report) {
  for_each_attribution(c.story, [&](const Attribution& a, const Path& at) {
    if (a.certainty == Certainty::stated && !a.according_to.empty())
      report(pointer_to(at.str(), "certainty"),
             "\"stated\" is the article's own voice, but this is attributed to " +
                 quote(a.according_to.front().id),
             "use \"reported\" (or alleged, confirmed...) for what others say");
  });
}

} // namespace storydata::validation
