// SPDX-License-Identifier: Apache-2.0
// SD250 cycle: membership, provenance, part-of and containment (`within`) chains; SD251
// self-link: an event or claim linked to itself.
#include "rule.hpp"

#include <functional>
#include <unordered_map>

namespace storydata::validation {
namespace {

/// Edges from node to node, each remembering the pointer of the field that makes it.
struct Edge {
  std::string_view to;
  std::string pointer;
};
using Graph = std::unordered_map<std::string_view, std::vector<Edge>>;

/// Reports each cycle once, at the edge that closes it, visiting nodes in `order`.
void report_cycles(const Graph& graph, const std::vector<std::string_view>& order,
                   std::string_view relation, const Reporter& report) {
  enum class State { unvisited, on_path, done };
  std::unordered_map<std::string_view, State> state;
  std::vector<std::string_view> path;
  std::function<void(std::string_view)> visit = [&](std::string_view node) {
    state[node] = State::on_path;
    path.push_back(node);
    if (const auto it = graph.find(node); it != graph.end()) {
      for (const Edge& edge : it->second) {
        const State s = state.contains(edge.to) ? state[edge.to] : State::unvisited;
        if (s == State::unvisited) {
          visit(edge.to);
        } else if (s == State::on_path) {
          std::string chain;
          for (auto p = std::find(path.begin(), path.end(), edge.to); p != path.end(); ++p)
            chain += std::string(*p) + " -> ";
          report(edge.pointer, std::string(relation) + " cycle: " + chain + std::string(edge.to),
                 "break the chain: one of these links points the wrong way");
        }
      }
    }
    path.pop_back();
    state[node] = State::done;
  };
  for (const auto node : order)
    if (!state.contains(node)) visit(node);
}

} // namespace

void cycles(const Context& c, const Reporter& report) {
  const Story& s = c.story;
  Graph members;
  std::vector<std::string_view> member_order;
  for (std::size_t i = 0; i < s.relations.size(); ++i) {
    const Relation& r = s.relations[i];
    if (r.kind != RelationKind::member_of) continue;
    members[r.subject.id].push_back({r.object.id, json_pointer("relations", i, "object")});
    member_order.push_back(r.subject.id);
  }
  report_cycles(members, member_order, "member_of", report);

  Graph provenance;
  for (std::size_t i = 0; i < s.sources.size(); ++i)
    for (std::size_t d = 0; d < s.sources[i].derived_from.size(); ++d)
      provenance[s.sources[i].id.value].push_back(
          {s.sources[i].derived_from[d].source.id,
           json_pointer("sources", i, "derived_from", d, "source")});
  report_cycles(provenance, c.source_list, "provenance", report);

  Graph parts;
  for (std::size_t i = 0; i < s.events.size(); ++i)
    for (std::size_t l = 0; l < s.events[i].links.size(); ++l)
      if (s.events[i].links[l].kind == LinkKind::part_of)
        parts[s.events[i].id.value].push_back(
            {s.events[i].links[l].event.id, json_pointer("events", i, "links", l, "event")});
  report_cycles(parts, c.event_list, "part_of", report);

  Graph places;
  for (std::size_t i = 0; i < s.actors.size(); ++i)
    if (const auto& within = s.actors[i].within)
      places[s.actors[i].id.value].push_back({within->id, json_pointer("actors", i, "within")});
  report_cycles(places, c.actor_list, "within", report);
}

void self_links(const Context& c, const Reporter& report) {
  const Story& s = c.story;
  for (std::size_t i = 0; i < s.events.size(); ++i)
    for (std::size_t l = 0; l < s.events[i].links.size(); ++l) {
      const EventLink& link = s.events[i].links[l];
      if (link.kind != LinkKind::part_of && link.event.id == s.events[i].id.value)
        report(json_pointer("events", i, "links", l, "event"),
               "event " + quote(link.event.id) + " " + std::string(enum_name(link.kind)) +
                   " itself",
               "link it to the other event meant, or drop the link");
    }
  for (std::size_t i = 0; i < s.claims.size(); ++i)
    for (std::size_t l = 0; l < s.claims[i].links.size(); ++l) {
      const ClaimLink& link = s.claims[i].links[l];
      if (link.claim.id == s.claims[i].id.value)
        report(json_pointer("claims", i, "links", l, "claim"),
               "claim " + quote(link.claim.id) + " " + std::string(enum_name(link.kind)) +
                   " itself",
               "link it to the other claim meant, or drop the link");
    }
}

} // namespace storydata::validation
