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

STORYDATA_ENUM(ClaimLinkKind, "How one claim relates to another.",
               (contradicts,
                "This claim's account conflicts with the other's (the council's "
                "count against the commission's).")(agrees_with,
                                                    "This claim supports or repeats the other.")(
                   responds_to, "This claim answers the other (a denial, a rebuttal)."))

struct Claim;

/// A typed, directed link from one claim to another.
struct ClaimLink {
  ClaimLinkKind kind = ClaimLinkKind::contradicts;
  Ref<Claim> claim{};
  Extensions extensions{};

  bool operator==(const ClaimLink&) const = default;
};
STORYDATA_STRUCT(ClaimLink, "A typed, directed link from this claim to another.",
                 (kind, "How this claim relates to the other.")(claim, "The other claim's id.",
                                                                R"(["commission-count"])")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

/// A statement made by an actor, quoted verbatim or paraphrased.
struct Claim {
  Id id{};
  Ref<Actor> speaker{};
  std::vector<Ref<Actor>> also_by{};
  std::string text{};
  bool quote = false;
  std::vector<Ref<Actor>> about_actors{};
  std::vector<Ref<Event>> about_events{};
  std::vector<ClaimLink> links{};
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
        also_by,
        "Others who made the statement with the speaker (a joint statement; \"both "
        "sides said\").",
        R"([["opposition-party"]])")(
        text, "What was said: the exact words for a quote, else a paraphrase.",
        R"(["We have never spied on an ally."])")(quote, "`text` is a verbatim quotation.")(
        about_actors, "The actors it is about.",
        R"([["south-korea", "united-states"]])")(about_events, "The events it is about.",
                                                 R"([["spying-2010"]])")(
        links, "How it relates to other claims: contradicts, agrees with, responds to.")(
        time, "When it was said.")(attribution,
                                   "According to whom it was said, and how sure the story is.")(
        evidence,
        "The spans of text that carry it.")(extensions,
                                            "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
