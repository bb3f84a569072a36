// Nodes and edges from storydata::ActorGraph, with what they carry marked.
#include "actor_network.hpp"

#include <boost/describe/enum_to_string.hpp>
#include <storydata/graph.hpp>
#include <storydata/kinds.hpp>

namespace storydata::convert {
namespace {

template <class E> std::string name_of(E value) {
  return boost::describe::enum_to_string(value, "");
}

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

ActorNetwork actor_network(const Story& story, ExportCoverage& coverage) {
  ActorNetwork out;
  for (std::size_t i = 0; i < story.actors.size(); ++i) {
    const auto& a = story.actors[i];
    const auto at = pointer_to("/actors", i);
    out.nodes.push_back({a.id.value, a.name, name_of(a.kind), a.description});
    for (const char* field : {"/id", "/name", "/kind", "/description"})
      coverage.carried(at + field);
  }
  const Corpus corpus(story);
  const ActorGraph graph(corpus);
  for (const auto& edge : graph.edges()) {
    NetworkEdge e;
    e.id = "e" + std::to_string(out.edges.size());
    e.from = edge.from_actor->id.value;
    e.to = edge.to_actor->id.value;
    e.via = edge.event ? "event" : "relation";
    e.source = edge.source_id().value;
    e.kind = std::string(edge.kind);
    if (edge.role) e.role = name_of(*edge.role);
    e.certainty = name_of(edge.certainty);
    e.symmetric = edge.symmetric;
    if (edge.event) {
      const auto at = pointer_to("/events", position(story.events, edge.event));
      for (const char* field : {"/id", "/kind", "/attribution/certainty"})
        coverage.carried(at + field);
      // The doer's entry and the other participant's entry.
      const auto mark = [&](std::optional<std::size_t> p) {
        if (!p) return;
        coverage.carried(pointer_to(pointer_to(at + "/participants", *p), "actor"));
        coverage.carried(pointer_to(pointer_to(at + "/participants", *p), "role"));
      };
      mark(participant(*edge.event, e.from, [](Role r) { return traits(r).doer; }));
      mark(participant(*edge.event, e.to, [&](Role r) { return r == edge.role; }));
    } else {
      const auto at = pointer_to("/relations", position(story.relations, edge.relation));
      for (const char* field : {"/id", "/kind", "/subject", "/object", "/attribution/certainty"})
        coverage.carried(at + field);
    }
    out.edges.push_back(std::move(e));
  }
  return out;
}

} // namespace storydata::convert
