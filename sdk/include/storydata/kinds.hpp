// What each kind means beyond its name: one table per vocabulary, read by the rules, the views,
// the converters, the reference docs and the demo's vocabulary file. A value added to EventKind,
// Role or RelationKind without its row here does not compile (the static_asserts below).
#pragma once

#include <array>
#include <boost/mp11/algorithm.hpp>
#include <cstddef>
#include <storydata/describe.hpp>
#include <storydata/event.hpp>
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
  Role principal;     ///< who acts: agent, speaker, publisher or investigator (a doer role)
  Role counterpart;   ///< who or what it is done to, or for a mutual kind the other agent
  Needs needs;        ///< the participants without which the event says nothing (SD240)
  bool mutual;        ///< the participants act together: no one is the target of the other
  bool stix_campaign; ///< written as a STIX campaign (the cyber kinds)
  Tone tone;
  std::string_view verb; ///< "spies on": the principal <verb> the counterpart
};

/// What a role says about the participant who plays it.
struct RoleTraits {
  Role role;
  bool doer; ///< the participant acts: the actor network draws edges from doers to the others
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
    // kind, principal, counterpart, needs, mutual, STIX campaign, tone, verb
    EventKindTraits{E::espionage, agent, target, both, false, true, T::hostile, "spies on"},
    EventKindTraits{E::cyberattack, agent, target, both, false, true, T::hostile, "attacks"},
    EventKindTraits{E::intrusion, agent, target, both, false, true, T::hostile, "intrudes into"},
    EventKindTraits{E::leak, agent, subject, principal, false, false, T::media, "leaks"},
    EventKindTraits{E::publication, publisher, subject, principal, false, false, T::media,
                    "publishes"},
    EventKindTraits{E::disclosure, agent, subject, nothing, false, false, T::media, "discloses"},
    EventKindTraits{E::statement, speaker, subject, principal, false, false, T::media,
                    "speaks about"},
    EventKindTraits{E::hearing, speaker, audience, nothing, false, false, T::media, "hears"},
    EventKindTraits{E::attribution, agent, accused, both, false, false, T::hostile, "blames"},
    EventKindTraits{E::investigation, investigator, subject, principal, false, false, T::other,
                    "investigates"},
    EventKindTraits{E::retaliation, agent, target, both, false, false, T::hostile,
                    "retaliates against"},
    EventKindTraits{E::cooperation, agent, agent, nothing, true, false, T::friendly, "works with"},
    EventKindTraits{E::threat, agent, target, both, false, false, T::hostile, "threatens"},
    EventKindTraits{E::sanction, agent, target, both, false, false, T::hostile, "sanctions"},
    EventKindTraits{E::cancellation, agent, subject, nothing, false, false, T::other, "calls off"},
    EventKindTraits{E::release, agent, subject, nothing, false, false, T::media, "releases"},
    EventKindTraits{E::meeting, agent, agent, nothing, true, false, T::friendly, "meets"},
    EventKindTraits{E::agreement, agent, agent, nothing, true, false, T::friendly, "agrees with"},
    EventKindTraits{E::arrest, agent, target, nothing, false, false, T::other, "arrests"},
    EventKindTraits{E::military_action, agent, target, nothing, false, false, T::hostile,
                    "strikes"},
    EventKindTraits{E::protest, agent, target, nothing, false, false, T::other, "protests against"},
    EventKindTraits{E::other, agent, target, nothing, false, false, T::other, ""},
};

inline constexpr std::array roles{
    RoleTraits{agent, true},        RoleTraits{target, false},   RoleTraits{beneficiary, false},
    RoleTraits{source, false},      RoleTraits{publisher, true}, RoleTraits{speaker, true},
    RoleTraits{audience, false},    RoleTraits{subject, false},  RoleTraits{instrument, false},
    RoleTraits{investigator, true}, RoleTraits{accused, false},  RoleTraits{location, false},
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

constexpr const EventKindTraits& traits(EventKind kind) noexcept {
  return kinds::event_kinds[static_cast<std::size_t>(kind)];
}
constexpr const RoleTraits& traits(Role role) noexcept {
  return kinds::roles[static_cast<std::size_t>(role)];
}
constexpr const RelationKindTraits& traits(RelationKind kind) noexcept {
  return kinds::relation_kinds[static_cast<std::size_t>(kind)];
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
