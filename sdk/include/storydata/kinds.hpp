// SPDX-License-Identifier: Apache-2.0
// What each kind means beyond its name: one table per vocabulary, read by the rules, the views,
// the converters, the reference docs and the demo's vocabulary file. A value added to EventKind,
// Role, ActorKind, EventStatus or RelationKind without its row here does not compile (the
// static_asserts below).
#pragma once

#include <array>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <storydata/actor.hpp>
#include <storydata/describe.hpp>
#include <storydata/event.hpp>
#include <storydata/quantity.hpp>
#include <storydata/relation.hpp>
#include <string_view>

namespace storydata {

STORYDATA_ENUM(Tone, "The family a kind of event or relation belongs to, as graphics colour it.",
               (hostile, "Spying, attacks, threats, penalties, blame, rivalry.")(
                   friendly, "Cooperation, alliances, meetings, agreements.")(
                   structural, "Membership, leadership, employment, ownership, authorship.")(
                   media, "Publishing, leaking, disclosing, speaking.")(other, "Anything else."))

STORYDATA_ENUM(Needs, "Which participants an event of a kind cannot do without.",
               (nothing, "No participant is required.")(principal,
                                                        "Who acts, in the kind's principal role.")(
                   both, "Who acts and the counterpart, each in the kind's role."))

/// What an event of a kind is made of, and how it reads.
struct EventKindTraits {
  EventKind kind;
  Role principal;     ///< who acts, in a doer role (agent, speaker, plaintiff, judge, ...)
  Role counterpart;   ///< who or what it is done to, or for a mutual kind the other agent
  Needs needs;        ///< the participants without which the event says nothing (SD240)
  bool mutual;        ///< the participants act together: no one is the target of the other
  bool stix_campaign; ///< written as a STIX campaign (the cyber kinds)
  Tone tone;
  std::string_view verb;  ///< "spies on": the principal <verb> the counterpart
  std::string_view cameo; ///< the CAMEO event code that says this kind, or "" when none does
};

STORYDATA_ENUM(Filler, "Which kinds of actor can play a role.",
               (anyone, "Any actor.")(actor, "An actor that can act: not a document, work, "
                                             "program or law.")(place, "A country or a location."))

/// What a role says about the participant who plays it.
struct RoleTraits {
  Role role;
  bool doer;     ///< the participant acts: the actor network draws edges from doers to the others
  Filler filler; ///< the kinds of actor that can play it (SD242)
};

/// What a kind of actor can be.
struct ActorKindTraits {
  ActorKind kind;
  bool acts;  ///< can do things: fill a doer role (a document, a work, a program or a law cannot)
  bool place; ///< is somewhere: can be an event's place or location
};

STORYDATA_ENUM(Scale, "What numbers a measure takes.",
               (whole, "whole numbers, 0 or more")(percent, "0 to 100")(real, "any number"))

/// What numbers a measure takes, and whether it needs a unit.
struct MeasureTraits {
  Measure measure;
  Scale scale;
  bool needs_unit; ///< `unit` says what is counted, the currency or the unit of measurement
};

/// What a status says about whether the event took place.
struct EventStatusTraits {
  EventStatus status;
  bool took_place; ///< it happened, at least in part: reported as past (SD222 applies)
};

/// What a kind of relation says, and how it reads.
struct RelationKindTraits {
  RelationKind kind;
  bool symmetric; ///< holds both ways ("allies"); the others read "subject <verb> object"
  Tone tone;
  std::string_view verb;
};

namespace kinds {

using enum Role;
using enum Needs;
using T = Tone;
using E = EventKind;
using R = RelationKind;

inline constexpr std::array event_kinds{
    // kind, principal, counterpart, needs, mutual, STIX campaign, tone, verb, CAMEO code
    EventKindTraits{E::espionage, agent, target, both, false, true, T::hostile, "spies on", ""},
    EventKindTraits{E::cyberattack, agent, target, both, false, true, T::hostile, "attacks", "176"},
    EventKindTraits{E::intrusion, agent, target, both, false, true, T::hostile, "intrudes into",
                    ""},
    EventKindTraits{E::leak, agent, subject, principal, false, false, T::media, "leaks", ""},
    EventKindTraits{E::publication, publisher, subject, principal, false, false, T::media,
                    "publishes", ""},
    EventKindTraits{E::disclosure, agent, subject, nothing, false, false, T::media, "discloses",
                    ""},
    EventKindTraits{E::statement, speaker, subject, principal, false, false, T::media,
                    "speaks about", "01"},
    EventKindTraits{E::hearing, speaker, audience, nothing, false, false, T::media, "hears", ""},
    EventKindTraits{E::attribution, agent, accused, both, false, false, T::hostile, "blames",
                    "112"},
    EventKindTraits{E::investigation, investigator, subject, principal, false, false, T::other,
                    "investigates", "09"},
    EventKindTraits{E::retaliation, agent, target, both, false, false, T::hostile,
                    "retaliates against", ""},
    EventKindTraits{E::cooperation, agent, agent, nothing, true, false, T::friendly, "works with",
                    "05"},
    EventKindTraits{E::threat, agent, target, both, false, false, T::hostile, "threatens", "13"},
    EventKindTraits{E::sanction, agent, target, both, false, false, T::hostile, "sanctions", "163"},
    EventKindTraits{E::cancellation, agent, subject, nothing, false, false, T::other, "calls off",
                    ""},
    EventKindTraits{E::release, agent, subject, nothing, false, false, T::media, "releases", ""},
    EventKindTraits{E::meeting, agent, agent, nothing, true, false, T::friendly, "meets", "044"},
    EventKindTraits{E::agreement, agent, agent, nothing, true, false, T::friendly, "agrees with",
                    "057"},
    EventKindTraits{E::arrest, agent, target, nothing, false, false, T::other, "arrests", "173"},
    EventKindTraits{E::military_action, agent, target, nothing, false, false, T::hostile, "strikes",
                    "19"},
    EventKindTraits{E::protest, agent, target, nothing, false, false, T::other, "protests against",
                    "14"},
    EventKindTraits{E::lawsuit, plaintiff, defendant, both, false, false, T::hostile, "sues",
                    "115"},
    EventKindTraits{E::ruling, judge, subject, principal, false, false, T::other, "rules on", ""},
    EventKindTraits{E::appeal, agent, subject, principal, false, false, T::other, "appeals", ""},
    EventKindTraits{E::injunction, judge, target, principal, false, false, T::other, "enjoins", ""},
    EventKindTraits{E::charge, agent, defendant, nothing, false, false, T::hostile, "charges", ""},
    EventKindTraits{E::trial, judge, defendant, nothing, false, false, T::other, "tries", ""},
    EventKindTraits{E::verdict, judge, defendant, nothing, false, false, T::other,
                    "delivers a verdict on", "116"},
    EventKindTraits{E::sentence, judge, defendant, nothing, false, false, T::hostile, "sentences",
                    ""},
    EventKindTraits{E::election, candidate, subject, nothing, false, false, T::other, "runs for",
                    ""},
    EventKindTraits{E::vote, agent, subject, nothing, false, false, T::other, "votes on", ""},
    EventKindTraits{E::result, agent, winner, nothing, false, false, T::other,
                    "announces the victory of", ""},
    EventKindTraits{E::resignation, agent, subject, principal, false, false, T::structural,
                    "resigns from", ""},
    EventKindTraits{E::appointment, agent, target, nothing, false, false, T::structural, "appoints",
                    ""},
    EventKindTraits{E::enactment, agent, subject, nothing, false, false, T::structural, "enacts",
                    ""},
    EventKindTraits{E::strike, agent, target, nothing, false, false, T::other, "strikes against",
                    "143"},
    EventKindTraits{E::attack, perpetrator, target, nothing, false, false, T::hostile, "attacks",
                    "18"},
    EventKindTraits{E::ceasefire, agent, agent, nothing, true, false, T::friendly,
                    "agrees a ceasefire with", "0871"},
    EventKindTraits{E::merger, agent, agent, nothing, true, false, T::structural, "merges with",
                    ""},
    EventKindTraits{E::acquisition, agent, target, nothing, false, false, T::structural, "acquires",
                    ""},
    EventKindTraits{E::earnings, agent, subject, principal, false, false, T::other,
                    "reports results on", ""},
    EventKindTraits{E::layoff, agent, target, nothing, false, false, T::hostile, "lays off", ""},
    EventKindTraits{E::bankruptcy, agent, subject, principal, false, false, T::other,
                    "goes bankrupt over", ""},
    EventKindTraits{E::earthquake, agent, target, nothing, false, false, T::hostile, "strikes", ""},
    EventKindTraits{E::flood, agent, target, nothing, false, false, T::hostile, "floods", ""},
    EventKindTraits{E::storm, agent, target, nothing, false, false, T::hostile, "hits", ""},
    EventKindTraits{E::wildfire, agent, target, nothing, false, false, T::hostile, "burns", ""},
    EventKindTraits{E::accident, agent, target, nothing, false, false, T::hostile, "hits", ""},
    EventKindTraits{E::casualties, agent, victim, nothing, false, false, T::hostile,
                    "kills or injures", ""},
    EventKindTraits{E::damage, agent, target, nothing, false, false, T::hostile, "damages", ""},
    EventKindTraits{E::rescue, agent, victim, nothing, false, false, T::friendly, "rescues", ""},
    EventKindTraits{E::evacuation, agent, target, nothing, false, false, T::other, "evacuates", ""},
    EventKindTraits{E::outbreak, agent, target, nothing, false, false, T::hostile, "spreads in",
                    ""},
    EventKindTraits{E::study, agent, subject, principal, false, false, T::media, "studies", ""},
    EventKindTraits{E::crime, perpetrator, victim, nothing, false, false, T::hostile,
                    "commits a crime against", ""},
    EventKindTraits{E::competition, agent, agent, nothing, true, false, T::other, "competes with",
                    ""},
    EventKindTraits{E::other, agent, target, nothing, false, false, T::other, "", ""},
};

inline constexpr std::array roles{
    // role, doer, who can play it
    RoleTraits{agent, true, Filler::actor},         RoleTraits{target, false, Filler::anyone},
    RoleTraits{beneficiary, false, Filler::anyone}, RoleTraits{source, false, Filler::anyone},
    RoleTraits{publisher, true, Filler::actor},     RoleTraits{speaker, true, Filler::actor},
    RoleTraits{audience, false, Filler::actor},     RoleTraits{subject, false, Filler::anyone},
    RoleTraits{instrument, false, Filler::anyone},  RoleTraits{investigator, true, Filler::actor},
    RoleTraits{accused, false, Filler::actor},      RoleTraits{location, false, Filler::place},
    RoleTraits{plaintiff, true, Filler::actor},     RoleTraits{defendant, false, Filler::actor},
    RoleTraits{judge, true, Filler::actor},         RoleTraits{candidate, true, Filler::actor},
    RoleTraits{winner, false, Filler::actor},       RoleTraits{loser, false, Filler::actor},
    RoleTraits{victim, false, Filler::actor},       RoleTraits{perpetrator, true, Filler::actor},
};

inline constexpr std::array actor_kinds{
    // kind, acts, is a place
    ActorKindTraits{ActorKind::person, true, false},
    ActorKindTraits{ActorKind::organization, true, false},
    ActorKindTraits{ActorKind::government, true, false},
    ActorKindTraits{ActorKind::agency, true, false},
    ActorKindTraits{ActorKind::legislature, true, false},
    ActorKindTraits{ActorKind::country, true, true},
    ActorKindTraits{ActorKind::company, true, false},
    ActorKindTraits{ActorKind::media, true, false},
    ActorKindTraits{ActorKind::group, true, false},
    ActorKindTraits{ActorKind::anonymous_source, true, false},
    ActorKindTraits{ActorKind::document, false, false},
    ActorKindTraits{ActorKind::creative_work, false, false},
    ActorKindTraits{ActorKind::location, true, true}, // "Texas sued": a place acts by metonymy
    ActorKindTraits{ActorKind::court, true, false},
    ActorKindTraits{ActorKind::party, true, false},
    ActorKindTraits{ActorKind::armed_group, true, false},
    ActorKindTraits{ActorKind::software, false, false},
    ActorKindTraits{ActorKind::law, false, false},
    ActorKindTraits{ActorKind::other, true, true}, // unknown: given the benefit of the doubt
};

inline constexpr std::array measures{
    // measure, numbers, needs a unit
    MeasureTraits{Measure::deaths, Scale::whole, false},
    MeasureTraits{Measure::injured, Scale::whole, false},
    MeasureTraits{Measure::missing, Scale::whole, false},
    MeasureTraits{Measure::displaced, Scale::whole, false},
    MeasureTraits{Measure::affected, Scale::whole, true},
    MeasureTraits{Measure::arrests, Scale::whole, false},
    MeasureTraits{Measure::votes, Scale::whole, false},
    MeasureTraits{Measure::vote_share, Scale::percent, false},
    MeasureTraits{Measure::turnout, Scale::percent, false},
    MeasureTraits{Measure::seats, Scale::whole, false},
    MeasureTraits{Measure::magnitude, Scale::real, false},
    MeasureTraits{Measure::money, Scale::real, true},
    MeasureTraits{Measure::percentage, Scale::percent, true},
    MeasureTraits{Measure::count, Scale::whole, true},
    MeasureTraits{Measure::measurement, Scale::real, true},
};

inline constexpr std::array event_statuses{
    EventStatusTraits{EventStatus::occurred, true},
    EventStatusTraits{EventStatus::ongoing, true},
    EventStatusTraits{EventStatus::planned, false},
    EventStatusTraits{EventStatus::expected, false},
    EventStatusTraits{EventStatus::averted, false},
    EventStatusTraits{EventStatus::hypothetical, false},
    EventStatusTraits{EventStatus::suspended, true},
    EventStatusTraits{EventStatus::provisional, true},
    EventStatusTraits{EventStatus::conditional, false},
};

inline constexpr std::array relation_kinds{
    RelationKindTraits{R::ally, true, T::friendly, "allied with"},
    RelationKindTraits{R::adversary, true, T::hostile, "adversary of"},
    RelationKindTraits{R::rival, true, T::hostile, "rival of"},
    RelationKindTraits{R::cooperates_with, true, T::friendly, "cooperates with"},
    RelationKindTraits{R::member_of, false, T::structural, "member of"},
    RelationKindTraits{R::leads, false, T::structural, "leads"},
    RelationKindTraits{R::employed_by, false, T::structural, "employed by"},
    RelationKindTraits{R::owns, false, T::structural, "owns"},
    RelationKindTraits{R::authored, false, T::structural, "authored"},
    RelationKindTraits{R::depicts, false, T::media, "depicts"},
};

/// Every value of `Enum` has its row, in declaration order.
template <class Enum, class Table> constexpr bool complete(const Table& table, auto key) {
  constexpr std::size_t count = boost::mp11::mp_size<boost::describe::describe_enumerators<Enum>>();
  if (table.size() != count) return false;
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(key(table[i])) != i) return false;
  return true;
}

} // namespace kinds

static_assert(kinds::complete<EventKind>(kinds::event_kinds, [](auto& t) { return t.kind; }),
              "kinds::event_kinds needs one row per EventKind, in declaration order");
static_assert(kinds::complete<Role>(kinds::roles, [](auto& t) { return t.role; }),
              "kinds::roles needs one row per Role, in declaration order");
static_assert(kinds::complete<RelationKind>(kinds::relation_kinds, [](auto& t) { return t.kind; }),
              "kinds::relation_kinds needs one row per RelationKind, in declaration order");
static_assert(kinds::complete<ActorKind>(kinds::actor_kinds, [](auto& t) { return t.kind; }),
              "kinds::actor_kinds needs one row per ActorKind, in declaration order");
static_assert(kinds::complete<Measure>(kinds::measures, [](auto& t) { return t.measure; }),
              "kinds::measures needs one row per Measure, in declaration order");
static_assert(kinds::complete<EventStatus>(kinds::event_statuses, [](auto& t) { return t.status; }),
              "kinds::event_statuses needs one row per EventStatus, in declaration order");

constexpr const EventKindTraits& traits(EventKind kind) noexcept {
  return kinds::event_kinds[static_cast<std::size_t>(kind)];
}
constexpr const RoleTraits& traits(Role role) noexcept {
  return kinds::roles[static_cast<std::size_t>(role)];
}
constexpr const RelationKindTraits& traits(RelationKind kind) noexcept {
  return kinds::relation_kinds[static_cast<std::size_t>(kind)];
}
constexpr const ActorKindTraits& traits(ActorKind kind) noexcept {
  return kinds::actor_kinds[static_cast<std::size_t>(kind)];
}
constexpr const MeasureTraits& traits(Measure measure) noexcept {
  return kinds::measures[static_cast<std::size_t>(measure)];
}
constexpr const EventStatusTraits& traits(EventStatus status) noexcept {
  return kinds::event_statuses[static_cast<std::size_t>(status)];
}

/// Whether an actor of `kind` can play `role` (SD242).
constexpr bool can_fill(ActorKind kind, Role role) noexcept {
  switch (traits(role).filler) {
  case Filler::anyone:
    return true;
  case Filler::actor:
    return traits(kind).acts;
  case Filler::place:
    return traits(kind).place;
  }
  return true;
}

/// The roles an event of a kind cannot do without (SD240), the principal first.
struct RequiredRoles {
  std::array<Role, 2> roles{};
  std::size_t count = 0;
  constexpr const Role* begin() const noexcept { return roles.data(); }
  constexpr const Role* end() const noexcept { return roles.data() + count; }
};
constexpr RequiredRoles required_roles(EventKind kind) noexcept {
  const EventKindTraits& t = traits(kind);
  return {{t.principal, t.counterpart},
          t.needs == Needs::both        ? 2u
          : t.needs == Needs::principal ? 1u
                                        : 0u};
}

// A kind's principal acts, and a mutual kind's counterpart is a second agent.
static_assert([] {
  for (const auto& t : kinds::event_kinds)
    if (!traits(t.principal).doer || (t.mutual && t.counterpart != Role::agent)) return false;
  return true;
}());

} // namespace storydata
