// SPDX-License-Identifier: Apache-2.0
// What the graph formats carry of a story: marked in the export coverage.
#include "actor_network.hpp"

#include "convert/support/markup_text.hpp"

#include <storydata/graph.hpp>
#include <storydata/kinds.hpp>

namespace storydata::convert {
namespace {

template <class T> std::size_t position(const std::vector<T>& list, const T* item) {
  return static_cast<std::size_t>(item - list.data());
}

// The first participant entry of `actor` that `matches` its role.
template <class Matches>
std::optional<std::size_t> participant(const Event& event, std::string_view actor,
                                       Matches matches) {
  for (std::size_t i = 0; i < event.participants.size(); ++i)
    if (event.participants[i].actor.id == actor && matches(event.participants[i].role)) return i;
  return std::nullopt;
}

} // namespace

std::vector<Attribute> attributes_of(const Actor& actor) {
  std::vector<Attribute> out{{"kind", std::string(enum_name(actor.kind))}};
  if (actor.description) out.push_back({"description", *actor.description});
  return out;
}

std::vector<Attribute> attributes_of(const Edge& edge) {
  std::vector<Attribute> out{{"via", edge.source_id().value},
                             {"source", std::string(enum_name(edge.origin()))},
                             {"kind", std::string(edge.kind)}};
  if (edge.role) out.push_back({"role", std::string(enum_name(*edge.role))});
  out.push_back({"certainty", std::string(enum_name(edge.certainty))});
  return out;
}

std::string edge_endpoints(std::size_t e, const Edge& edge) {
  return "id=\"e" + std::to_string(e) + "\" source=\"" + xml_escape(edge.from_actor->id.value) +
         "\" target=\"" + xml_escape(edge.to_actor->id.value) + "\"";
}

StoryNetwork::StoryNetwork(const Story& story, ExportCoverage& coverage)
    : story_(story), corpus_(story), graph_(corpus_) {
  // Both formats name the graph after the story and describe it with the headline.
  coverage.carried("/id");
  coverage.carried("/article/headline");
  for (std::size_t i = 0; i < story.actors.size(); ++i)
    for (const char* field : {"/id", "/name", "/kind", "/description"})
      coverage.carried(pointer_to("/actors", i) + field);
  for (const auto& edge : graph_.edges()) {
    if (edge.event) {
      const auto at = pointer_to("/events", position(story.events, edge.event));
      for (const char* field : {"/id", "/kind", "/attribution/certainty"})
        coverage.carried(at + field);
      // The doer's entry and the other participant's entry.
      const auto mark = [&](std::optional<std::size_t> p) {
        if (!p) return;
        coverage.carried(pointer_to(pointer_to(pointer_to(at, "participants"), *p), "actor"));
        coverage.carried(pointer_to(pointer_to(pointer_to(at, "participants"), *p), "role"));
      };
      mark(participant(*edge.event, edge.from_actor->id.value,
                       [](Role r) { return traits(r).doer; }));
      mark(participant(*edge.event, edge.to_actor->id.value,
                       [&](Role r) { return r == edge.role; }));
    } else {
      const auto at = pointer_to("/relations", position(story.relations, edge.relation));
      for (const char* field : {"/id", "/kind", "/subject", "/object", "/attribution/certainty"})
        coverage.carried(at + field);
    }
  }
}

} // namespace storydata::convert
