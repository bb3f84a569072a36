// SPDX-License-Identifier: Apache-2.0
// According to whom, and how sure.
#pragma once

#include <optional>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <string>
#include <vector>

namespace storydata {

struct Actor;
struct Source;

// Values run from least to most certain, so that "at least reported" is a comparison.
STORYDATA_ENUM(Certainty,
               "How firmly the story holds something to be true, from least to most certain.",
               (denied, "Denied by a party the story names.")(disputed,
                                                              "Contested: sources disagree.")(
                   suspected, "Suspected or called likely, with little support (\"likely Iran\").")(
                   alleged, "Asserted by a party, not established (\"blamed Pyongyang\").")(
                   believed, "Widely believed, without a named source (\"it's widely believed\").")(
                   reported, "Reported by a named source, such as a document or another outlet.")(
                   confirmed, "Acknowledged by the party concerned or officially confirmed.")(
                   stated, "Stated as fact by the article itself."))

/// Who vouches for a statement and how firmly.
struct Attribution {
  Certainty certainty = Certainty::stated;
  std::vector<Ref<Actor, Source>> according_to{};
  std::optional<std::string> wording{};
  Extensions extensions{};

  bool operator==(const Attribution&) const = default;
};
STORYDATA_STRUCT(Attribution,
                 "According to whom something is said, and how sure the story is of it.",
                 (certainty, "How firmly the story holds it to be true.")(
                     according_to,
                     "The actors or sources it is attributed to; empty when the article itself "
                     "says it, or when nobody is named (\"it's widely believed\").",
                     R"([["nsa", "snowden-files"]])")(
                     wording,
                     "The article's hedging words, verbatim (\"according to a newly disclosed\").",
                     R"(["according to a newly disclosed"])")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
