// SPDX-License-Identifier: Apache-2.0
// SD201 duplicate-id, SD210 unresolved-reference.
#include "rule.hpp"
#include "text/suggest.hpp"
#include "walk.hpp"

#include <unordered_map>

namespace storydata::validation {
namespace {

template <class T>
void duplicates_in(const std::vector<T>& items, std::string_view collection,
                   const Reporter& report) {
  std::unordered_map<std::string_view, std::size_t> first;
  const auto pointer = [&](std::size_t i) { return json_pointer(collection, i); };
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto [it, inserted] = first.try_emplace(items[i].id.value, i);
    if (!inserted)
      report(pointer_to(pointer(i), "id"),
             "duplicate id " + quote(items[i].id.value) + ", also used by " + pointer(it->second),
             "give each object of a collection its own id");
  }
}

// Which collection a reference target lives in.
template <class T> struct target;
template <> struct target<Actor> {
  static constexpr std::string_view name = "actor";
  static auto& ids(const Context& c) { return c.actor_ids; }
  static auto& list(const Context& c) { return c.actor_list; }
};
template <> struct target<Event> {
  static constexpr std::string_view name = "event";
  static auto& ids(const Context& c) { return c.event_ids; }
  static auto& list(const Context& c) { return c.event_list; }
};
template <> struct target<Claim> {
  static constexpr std::string_view name = "claim";
  static auto& ids(const Context& c) { return c.claim_ids; }
  static auto& list(const Context& c) { return c.claim_list; }
};
template <> struct target<Source> {
  static constexpr std::string_view name = "source";
  static auto& ids(const Context& c) { return c.source_ids; }
  static auto& list(const Context& c) { return c.source_list; }
};

} // namespace

void duplicate_ids(const Context& c, const Reporter& report) {
  duplicates_in(c.story.actors, "actors", report);
  duplicates_in(c.story.events, "events", report);
  duplicates_in(c.story.relations, "relations", report);
  duplicates_in(c.story.claims, "claims", report);
  duplicates_in(c.story.quantities, "quantities", report);
  duplicates_in(c.story.sources, "sources", report);
}

void unresolved_references(const Context& c, const Reporter& report) {
  walk(c.story,
       overloaded{[](const auto&, const Path&) {},
                  [&]<class... Targets>(const Ref<Targets...>& ref, const Path& at) {
                    if ((target<Targets>::ids(c).contains(ref.id) || ...)) return;
                    std::vector<std::string_view> candidates;
                    (candidates.insert(candidates.end(), target<Targets>::list(c).begin(),
                                       target<Targets>::list(c).end()),
                     ...);
                    std::string kinds;
                    ((kinds += (kinds.empty() ? "" : " or ") + std::string(target<Targets>::name)),
                     ...);
                    report(at.str(), "no " + kinds + " has the id " + quote(ref.id),
                           did_you_mean(ref.id, candidates));
                  }});
}

} // namespace storydata::validation
