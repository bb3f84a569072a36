// SPDX-License-Identifier: Apache-2.0
// Lasting relations between actors: alliances, rivalries, membership, leadership.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/attribution.hpp>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/mention.hpp>
#include <storydata/time.hpp>
#include <string>
#include <vector>

namespace storydata {

STORYDATA_ENUM(
    RelationKind,
    "How two actors are related. `ally`, `adversary`, `rival` and `cooperates_with` "
    "are symmetric; the others read \"subject <kind> object\".",
    (ally, "Allies.")(adversary,
                      "Adversaries or enemies.")(rival, "Rivals or in a contentious relationship.")(
        cooperates_with,
        "Cooperate on some matter.")(member_of, "The subject is a member or a part of the object.")(
        leads, "The subject leads or directs the object.")(
        employed_by, "The subject works, or worked, for the object.")(
        owns, "The subject owns the object.")(authored,
                                              "The subject wrote, made or produced the object.")(
        depicts, "The subject (a work) depicts or is about the object."))

/// A relation between two actors that holds over a period of time.
struct Relation {
  Id id{};
  RelationKind kind = RelationKind::ally;
  Ref<Actor> subject{};
  Ref<Actor> object{};
  std::optional<std::string> label{};
  std::optional<VagueTime> time{};
  Attribution attribution{};
  std::vector<Mention> evidence{};
  Extensions extensions{};

  bool operator==(const Relation&) const = default;
};
STORYDATA_STRUCT(
    Relation, "A relation between two actors that holds over time.",
    (id, "Identifier, unique among the story's relations.",
     R"(["alliance"])")(kind, "How the two are related.")(
        subject, "The actor the relation starts from.",
        R"(["michael-rogers"])")(object, "The actor it points to.", R"(["nsa"])")(
        label, "The article's wording of the relation (\"NSA Director\", \"long-time allies\").",
        R"(["NSA Director", "long-time allies"])")(
        time, "When the relation holds; absent means at the time of the story.")(
        attribution, "According to whom it holds, and how sure the story is.")(
        evidence,
        "The spans of text that state it.")(extensions,
                                            "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
