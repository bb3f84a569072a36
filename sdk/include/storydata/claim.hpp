// SPDX-License-Identifier: Apache-2.0
// Who said what, about which actors and events.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/attribution.hpp>
#include <storydata/describe.hpp>
#include <storydata/event.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/mention.hpp>
#include <storydata/time.hpp>
#include <string>
#include <vector>

namespace storydata {

/// A statement made by an actor, quoted verbatim or paraphrased.
struct Claim {
  Id id{};
  Ref<Actor> speaker{};
  std::string text{};
  bool quote = false;
  std::vector<Ref<Actor>> about_actors{};
  std::vector<Ref<Event>> about_events{};
  std::optional<VagueTime> time{};
  Attribution attribution{};
  std::vector<Mention> evidence{};
  Extensions extensions{};

  bool operator==(const Claim&) const = default;
};
STORYDATA_STRUCT(
    Claim, "A statement made by an actor, quoted verbatim or paraphrased.",
    (id, "Identifier, unique among the story's claims.",
     R"(["denial"])")(speaker, "Who said it; may be an anonymous source.",
                      R"(["foreign-ministry"])")(
        text, "What was said: the exact words for a quote, else a paraphrase.",
        R"(["We have never spied on an ally."])")(quote, "`text` is a verbatim quotation.")(
        about_actors, "The actors it is about.",
        R"([["south-korea", "united-states"]])")(about_events, "The events it is about.",
                                                 R"([["spying-2010"]])")(time, "When it was said.")(
        attribution, "According to whom it was said, and how sure the story is.")(
        evidence,
        "The spans of text that carry it.")(extensions,
                                            "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
