// SD240 missing-role, SD241 self-target.
#include "model/reflect.hpp"
#include "rule.hpp"
#include "text/english.hpp"

#include <algorithm>
#include <storydata/kinds.hpp>

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

} // namespace storydata::validation
