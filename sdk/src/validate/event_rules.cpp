// SD240 missing-role, SD241 self-target.
#include "model/reflect.hpp"
#include "rule.hpp"

#include <algorithm>
#include <array>

namespace storydata::validation {
namespace {

struct RoleRequirement {
  EventKind kind;
  std::array<Role, 2> roles;
  std::size_t count;
};

// The roles without which an event of a kind says nothing.
constexpr std::array required_roles{
    RoleRequirement{EventKind::espionage, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::cyberattack, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::intrusion, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::retaliation, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::sanction, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::threat, {Role::agent, Role::target}, 2},
    RoleRequirement{EventKind::attribution, {Role::agent, Role::accused}, 2},
    RoleRequirement{EventKind::leak, {Role::agent, {}}, 1},
    RoleRequirement{EventKind::publication, {Role::publisher, {}}, 1},
    RoleRequirement{EventKind::statement, {Role::speaker, {}}, 1},
    RoleRequirement{EventKind::investigation, {Role::investigator, {}}, 1},
};

/// "a leak", "an espionage".
std::string article(std::string_view noun) {
  const bool vowel =
      !noun.empty() && std::string_view("aeiou").find(noun.front()) != std::string_view::npos;
  return (vowel ? "an " : "a ") + std::string(noun);
}

bool has_role(const Event& e, Role role) {
  return std::any_of(e.participants.begin(), e.participants.end(),
                     [&](const Participant& p) { return p.role == role; });
}

} // namespace

void missing_roles(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    for (const auto& requirement : required_roles) {
      if (requirement.kind != e.kind) continue;
      for (std::size_t r = 0; r < requirement.count; ++r)
        if (!has_role(e, requirement.roles[r]))
          report("/events/" + std::to_string(i) + "/participants",
                 article(reflect::enum_name(e.kind)) + " event needs a participant in the role " +
                     quote(reflect::enum_name(requirement.roles[r])),
                 "add {\"actor\": ..., \"role\": \"" +
                     std::string(reflect::enum_name(requirement.roles[r])) +
                     "\"}, or choose another kind");
    }
  }
}

void self_target(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.events.size(); ++i) {
    const Event& e = c.story.events[i];
    if (e.kind == EventKind::cooperation || e.kind == EventKind::meeting ||
        e.kind == EventKind::agreement)
      continue;
    for (std::size_t t = 0; t < e.participants.size(); ++t) {
      const Participant& target = e.participants[t];
      if (target.role != Role::target) continue;
      const bool also_agent =
          std::any_of(e.participants.begin(), e.participants.end(), [&](const Participant& p) {
            return p.role == Role::agent && p.actor.id == target.actor.id;
          });
      if (also_agent)
        report("/events/" + std::to_string(i) + "/participants/" + std::to_string(t),
               quote(target.actor.id) + " is both the agent and the target of this event");
    }
  }
}

} // namespace storydata::validation
