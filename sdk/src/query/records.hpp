// SPDX-License-Identifier: Apache-2.0
// The JSON shape of each type of query row, described once: the JSON writer (to_json.cpp) and
// the TypeScript declarations (schema/typescript.cpp, wasm/types/query.d.ts) both come from
// these, so the bytes `storydata query --format json` writes and the types the npm package
// declares cannot disagree. Every field is always present; an absent value is null.
#pragma once

#include <cstddef>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/query.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::query_rows {

struct ParticipantRow {
  std::string actor;
  Role role;
};
STORYDATA_STRUCT(ParticipantRow, "A participant of an event row.",
                 (actor, "The actor's id.")(role, "The part it plays."))

struct ActorRow {
  static constexpr std::string_view type = "actor";
  std::string story, id;
  ActorKind kind;
  std::string name;
};
STORYDATA_STRUCT(ActorRow, "An actor (`actors` queries).",
                 (story, "The id of the story it is in.")(id, "The actor's id.")(
                     kind, "What kind of actor it is.")(name, "Its name."))

struct EventRow {
  static constexpr std::string_view type = "event";
  std::string story, id;
  EventKind kind;
  std::optional<std::string> time;
  Certainty certainty;
  std::vector<ParticipantRow> participants;
  std::string summary;
};
STORYDATA_STRUCT(EventRow, "An event (`events` queries).",
                 (story, "The id of the story it is in.")(id, "The event's id.")(
                     kind, "What kind of event it is.")(
                     time, "When, as the story words it (\"in recent years\"), or null.")(
                     certainty, "How sure the story is of it.")(
                     participants, "Who takes part, in which role.")(summary, "What happened."))

struct ClaimRow {
  static constexpr std::string_view type = "claim";
  std::string story, id, speaker;
  Certainty certainty;
  bool quote;
  std::string text;
};
STORYDATA_STRUCT(ClaimRow, "A claim (`claims` queries).",
                 (story, "The id of the story it is in.")(id, "The claim's id.")(
                     speaker, "The speaker's actor id.")(certainty, "How sure the story is of it.")(
                     quote, "Whether the text is a verbatim quote.")(text, "What was said."))

struct RelationRow {
  static constexpr std::string_view type = "relation";
  std::string story, id;
  RelationKind kind;
  std::string subject, object;
  Certainty certainty;
};
STORYDATA_STRUCT(RelationRow, "A relation (`relations` queries).",
                 (story, "The id of the story it is in.")(id, "The relation's id.")(
                     kind, "How the two actors are related.")(subject, "The subject's actor id.")(
                     object, "The object's actor id.")(certainty, "How sure the story is of it."))

struct TimelineRow {
  static constexpr std::string_view type = "timeline";
  std::string story, id;
  EventKind kind;
  std::string time;
  std::optional<std::string> first, last;
  bool approximate;
  std::string summary;
};
STORYDATA_STRUCT(TimelineRow, "An event on the timeline (`timeline` queries), in timeline order.",
                 (story, "The id of the story it is in.")(id, "The event's id.")(
                     kind, "What kind of event it is.")(time, "When, as the story words it.")(
                     first, "The first day it may cover (YYYY-MM-DD), or null for an open start.")(
                     last, "The last day it may cover (YYYY-MM-DD), or null for an open end.")(
                     approximate, "Whether the time is marked approximate.")(summary,
                                                                             "What happened."))

struct StepRow {
  static constexpr std::string_view type = "step";
  std::string story, actor, name;
  std::optional<std::string> via, edge;
  std::optional<Role> role;
  std::optional<Direction> direction;
  std::optional<Certainty> certainty;
};
STORYDATA_STRUCT(
    StepRow, "A step of a path or a neighbour (`path`, `neighbours`): the actor reached and how.",
    (story, "The id of the story the actor is in.")(actor, "The actor's id.")(name, "Its name.")(
        via, "The event or relation followed, or null for the first step of a path.")(
        edge, "Its kind (\"espionage\", \"ally\"), or null.")(
        role, "For an event: the role of the actor at the edge's far end, else null.")(
        direction,
        "How the edge was followed, or null.")(certainty,
                                               "How sure the story is of the edge, or null."))

struct ProvenanceRow {
  static constexpr std::string_view type = "provenance";
  std::string story;
  std::size_t chain;
  std::string source, title;
  std::optional<DerivationKind> derivation;
  std::optional<std::string> by, time;
};
STORYDATA_STRUCT(ProvenanceRow,
                 "A step of a provenance chain (`provenance` queries), from the article down.",
                 (story, "The id of the story.")(chain, "Which chain, from 0.")(
                     source, "The source's id, or \"article\" for the article itself.")(
                     title, "Its title, or the article's headline.")(
                     derivation, "How the step before derives from this one, or null.")(
                     by, "Who derived it (an actor id), or null.")(
                     time, "When, as the story words it, or null."))

struct QuantityRow {
  static constexpr std::string_view type = "quantity";
  std::string story, id;
  Measure measure;
  double value;
  std::optional<double> upper;
  std::optional<Qualifier> qualifier;
  std::optional<std::string> unit, event, of;
  Certainty certainty;
};
STORYDATA_STRUCT(
    QuantityRow, "A quantity (`quantities` queries).",
    (story, "The id of the story it is in.")(id, "The quantity's id.")(
        measure, "What it counts or measures.")(value, "The number.")(
        upper,
        "The upper end of a range, or null.")(qualifier,
                                              "How exact it is (\"at_least\"), or null for exact.")(
        unit, "Its unit or currency, or null.")(event, "The id of the event it is about, or null.")(
        of, "The id of the actor it belongs to, or null.")(certainty,
                                                           "How sure the story is of it."))

/// Calls `f.template operator()<Row>()` for each row type, in the order of Row's alternatives.
template <class F> void for_each_row_type(F&& f) {
  f.template operator()<ActorRow>();
  f.template operator()<EventRow>();
  f.template operator()<ClaimRow>();
  f.template operator()<RelationRow>();
  f.template operator()<TimelineRow>();
  f.template operator()<StepRow>();
  f.template operator()<ProvenanceRow>();
  f.template operator()<QuantityRow>();
}

} // namespace storydata::query_rows
