// SPDX-License-Identifier: Apache-2.0
// Numbers the story reports: death tolls, vote shares, magnitudes, sums of money, each with how
// exact it is, when it held and on whose word. Two sources' figures for the same thing are two
// quantities with the same measure and event and their own attribution.
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

STORYDATA_ENUM(Measure, "What a quantity counts or measures.",
               (deaths, "People killed.")(injured, "People injured.")(missing, "People missing.")(
                   displaced, "People forced from their homes.")(
                   affected, "People affected in another way; say how in `unit`.")(
                   arrests, "People arrested or detained.")(votes,
                                                            "Votes cast (for `of`, if given).")(
                   vote_share, "A share of the votes, in percent (for `of`, if given).")(
                   turnout, "The share of voters who voted, in percent.")(
                   seats, "Seats won or held (by `of`, if given).")(
                   magnitude, "An earthquake's magnitude (`unit` names the scale).")(
                   money, "A sum of money: `unit` is its ISO 4217 currency code (\"USD\").")(
                   percentage, "Another share, in percent; say of what in `unit`.")(
                   count, "A number of other things; say what in `unit` (\"buildings\").")(
                   measurement, "Another measurement; `unit` names the unit (\"km\", \"mm\")."))

STORYDATA_ENUM(Qualifier, "How exact a reported number is.",
               (exact, "Exactly this (the default).")(about, "About this (\"some 300\").")(
                   at_least, "At least this (\"at least 381\").")(
                   at_most, "At most this (\"as many as five million\", \"up to\").")(
                   more_than, "More than this.")(fewer_than, "Fewer than this."))

/// A number the story reports.
struct Quantity {
  Id id{};
  Measure measure = Measure::count;
  double value = 0;
  std::optional<double> upper{};
  std::optional<Qualifier> qualifier{};
  std::optional<std::string> unit{};
  std::optional<Ref<Event>> event{};
  std::optional<Ref<Actor>> of{};
  std::optional<VagueTime> as_of{};
  Attribution attribution{};
  std::vector<Mention> evidence{};
  Extensions extensions{};

  bool operator==(const Quantity&) const = default;
};
STORYDATA_STRUCT(
    Quantity, "A number the story reports: how much, of what, when, and on whose word.",
    (id, "Identifier, unique among the story's quantities.", R"(["death-toll"])")(
        measure, "What the number counts or measures.")(value,
                                                        "The number (the lower end of a range).")(
        upper, "The upper end, for a range (\"200 to 300\"): not below `value`.")(
        qualifier, "How exact the number is; absent means exact.")(
        unit, "The unit, currency or what is counted, where `measure` needs one.",
        R"(["people", "percent", "USD"])")(
        event, "The event the number is about (the earthquake whose toll it is).", R"(["quake"])")(
        of, "The actor the number belongs to: a candidate's votes, a company's loss.",
        R"(["ruling-party"])")(as_of, "When the number held (\"had risen to 381 by Tuesday\").")(
        attribution,
        "According to whom, and how sure the story is.")(evidence,
                                                         "The spans of text that report it.")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
