// SPDX-License-Identifier: Apache-2.0
// SD240 missing-role, SD241 self-target, SD242 role-kind-mismatch.
#include "model/reflect.hpp"
#include "rule.hpp"
#include "text/english.hpp"

#include <algorithm>
#include <storydata/kinds.hpp>
#include <unordered_map>

namespace storydata::validation {
namespace {

bool has_role(const Event& e, Role role) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.role == role; });
}

} // namespace

void missing_roles(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    for (const Role role : required_roles(e.kind))
      if (!has_role(e, role))
        report(json_pointer("events", i, "participants"),
               with_article(reflect::enum_name(e.kind)) +
                   " event needs a participant in the role " + quote(reflect::enum_name(role)),
               "add {\"actor\": ..., \"role\": \"" + std::string(reflect::enum_name(role)) +
                   "\"}, or choose another kind");
  }
}

void self_target(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    if (traits(e.kind).mutual) continue;
    for (std::size_t t = 0; t < e.participants.size(); ++t) {
      const Participant& target = e.participants[t];
      if (target.role != Role::target) continue;
      const bool also_agent =
          std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
            return p.role == Role::agent && p.actor.id == target.actor.id;
          });
      if (also_agent)
        report(json_pointer("events", i, "participants", t),
               quote(target.actor.id) + " is both the agent and the target of this event");
    }
  }
}

void role_kind_mismatch(const Context& c, const Reporter& report) {
  std::unordered_map<std::string_view, const Actor*> actors;
  for (const Actor& a : c.story.actors)
    actors.emplace(a.id.value, &a);
  // An unresolved reference is SD210's: only actors that exist are checked.
  const auto check = [&](std::string pointer, const std::string& id, Role role,
                         std::string_view what) {
    const auto found = actors.find(id);
    if (found == actors.end() || can_fill(found->second->kind, role)) return;
    const auto kind = reflect::enum_name(found->second->kind);
    report(std::move(pointer),
           quote(id) + " is " + with_article(kind) + ", which cannot be " + std::string(what),
           traits(role).filler == Filler::place
               ? "point at a country or location actor, or correct the actor's kind"
               : "choose another role (an instrument, a subject), or correct the actor's kind");
  };
  for (std::size_t i = 0; i < c.story.actors.size(); ++i) {
    const Actor& a = c.story.actors[i];
    if (!a.within) continue;
    check(json_pointer("actors", i, "within"), a.id.value, Role::location, "within a place");
    check(json_pointer("actors", i, "within"), a.within->id, Role::location, "a place to be in");
  }
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    if (e.place) check(json_pointer("events", i, "place"), e.place->id, Role::location, "a place");
    for (std::size_t p = 0; p < e.participants.size(); ++p) {
      const Participant& part = e.participants[p];
      check(json_pointer("events", i, "participants", p, "actor"), part.actor.id, part.role,
            "the " + std::string(reflect::enum_name(part.role)) + " of " +
                with_article(reflect::enum_name(e.kind)));
    }
  }
}

} // namespace storydata::validation
