// SPDX-License-Identifier: Apache-2.0
#include "model/reflect.hpp"

#include <algorithm>
#include <deque>
#include <storydata/graph.hpp>
#include <storydata/kinds.hpp>

namespace storydata {
namespace {

// How `edge` reads from `entity`'s side.
Direction direction_from(const Edge& edge, std::size_t entity) {
  if (edge.symmetric) return Direction::both;
  return edge.from == entity ? Direction::out : Direction::in;
}

bool allows(Direction wanted, Direction actual) {
  return wanted == Direction::both || actual == Direction::both || wanted == actual;
}

} // namespace

ActorGraph::ActorGraph(const Corpus& corpus) : corpus_(&corpus) {
  const auto add = [&](std::size_t story, std::string_view from, std::string_view to, Edge edge) {
    const auto from_actor = corpus.actor(story, from);
    const auto to_actor = corpus.actor(story, to);
    if (!from_actor || !to_actor) return;
    edge.from = *corpus.entity(story, from);
    edge.to = *corpus.entity(story, to);
    if (edge.from == edge.to) return;
    edge.from_actor = *from_actor;
    edge.to_actor = *to_actor;
    edges_.push_back(edge);
  };
  for (std::size_t s = 0; s < corpus.size(); ++s) {
    const Story& story = corpus.story(s);
    for (const Event& event : story.events)
      for (const auto& doer : event.participants)
        if (traits(doer.role).doer)
          for (const auto& other : event.participants)
            if (!traits(other.role).doer)
              add(s, doer.actor.id, other.actor.id,
                  {.event = &event,
                   .role = other.role,
                   .kind = reflect::enum_name(event.kind),
                   .certainty = event.attribution.certainty});
    for (const Relation& relation : story.relations)
      add(s, relation.subject.id, relation.object.id,
          {.relation = &relation,
           .kind = reflect::enum_name(relation.kind),
           .certainty = relation.attribution.certainty,
           .symmetric = traits(relation.kind).symmetric});
  }
  incident_.resize(corpus.entity_count());
  for (std::size_t e = 0; e < edges_.size(); ++e) {
    incident_[edges_[e].from].push_back(e);
    incident_[edges_[e].to].push_back(e);
  }
}

std::vector<Neighbour> ActorGraph::neighbours(std::size_t entity, Direction direction) const {
  std::vector<Neighbour> found;
  for (const std::size_t e : incident_[entity]) {
    const Edge& edge = edges_[e];
    const Direction actual = direction_from(edge, entity);
    if (!allows(direction, actual)) continue;
    const bool forward = edge.from == entity;
    found.push_back(
        {forward ? edge.to : edge.from, forward ? edge.to_actor : edge.from_actor, edge, actual});
  }
  return found;
}

std::vector<std::size_t> ActorGraph::adjacent(std::size_t entity) const {
  std::vector<std::size_t> found;
  for (const auto& n : neighbours(entity))
    found.push_back(n.entity);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

ActorGraph::Subgraph ActorGraph::ego(std::size_t entity, std::size_t hops) const {
  constexpr std::size_t unseen = static_cast<std::size_t>(-1);
  std::vector<std::size_t> distance(corpus_->entity_count(), unseen);
  Subgraph sub{{entity}, {}};
  distance[entity] = 0;
  for (std::size_t next = 0; next < sub.entities.size(); ++next) {
    const std::size_t at = sub.entities[next];
    if (distance[at] == hops) continue;
    for (const std::size_t n : adjacent(at))
      if (distance[n] == unseen) {
        distance[n] = distance[at] + 1;
        sub.entities.push_back(n);
      }
  }
  for (const Edge& edge : edges_)
    if (distance[edge.from] != unseen && distance[edge.to] != unseen) sub.edges.push_back(&edge);
  return sub;
}

std::optional<std::vector<Neighbour>> ActorGraph::shortest_path(std::size_t from, std::size_t to,
                                                                bool directed) const {
  // Breadth first; each entity remembers the step that first reached it.
  std::vector<std::optional<Neighbour>> reached_by(corpus_->entity_count());
  std::vector<bool> seen(corpus_->entity_count(), false);
  std::deque<std::size_t> queue{from};
  seen[from] = true;
  while (!queue.empty() && !seen[to]) {
    const std::size_t at = queue.front();
    queue.pop_front();
    for (const auto& step : neighbours(at, directed ? Direction::out : Direction::both))
      if (!seen[step.entity]) {
        seen[step.entity] = true;
        queue.push_back(step.entity);
        reached_by[step.entity] = step;
      }
  }
  if (!seen[to]) return std::nullopt;
  std::vector<Neighbour> path;
  for (std::size_t at = to; at != from;) {
    path.push_back(*reached_by[at]);
    const Edge& edge = path.back().edge;
    at = edge.to == at ? edge.from : edge.to;
  }
  std::reverse(path.begin(), path.end());
  return path;
}

Network ActorGraph::network() const {
  Subgraph all;
  for (std::size_t e = 0; e < corpus_->entity_count(); ++e)
    all.entities.push_back(e);
  for (const Edge& edge : edges_)
    all.edges.push_back(&edge);
  return network(all);
}

Network ActorGraph::network(const Subgraph& part) const {
  const auto centrality = betweenness();
  std::vector<std::size_t> component(corpus_->entity_count(), 0);
  const auto found = components();
  for (std::size_t c = 0; c < found.size(); ++c)
    for (const std::size_t e : found[c])
      component[e] = c;
  Network out;
  for (const std::size_t e : part.entities) {
    const Found<Actor>& actor = corpus_->actors_of(e).front();
    out.nodes.push_back({actor->id.value, corpus_->story(actor.story).id.value, actor->name,
                         actor->kind, degree(e), centrality[e], component[e]});
  }
  for (const Edge* edge : part.edges)
    out.edges.push_back({edge->from_actor->id.value, edge->to_actor->id.value,
                         edge->source_id().value, edge->origin(), std::string(edge->kind),
                         edge->role, edge->certainty, edge->symmetric});
  return out;
}

std::size_t ActorGraph::degree(std::size_t entity) const {
  return adjacent(entity).size();
}

std::vector<Ranked> ActorGraph::centrality() const {
  std::vector<Ranked> ranking;
  for (std::size_t e = 0; e < corpus_->entity_count(); ++e)
    if (const std::size_t d = degree(e); d > 0) ranking.push_back({e, d});
  std::stable_sort(ranking.begin(), ranking.end(),
                   [](const Ranked& a, const Ranked& b) { return a.degree > b.degree; });
  return ranking;
}

std::vector<double> ActorGraph::betweenness() const {
  const std::size_t n = corpus_->entity_count();
  std::vector<std::vector<std::size_t>> adjacency(n);
  for (std::size_t e = 0; e < n; ++e)
    adjacency[e] = adjacent(e);
  std::vector<double> centrality(n, 0.0);
  for (std::size_t source = 0; source < n; ++source) {
    // Breadth first from `source`, counting shortest paths, then dependencies back from the
    // farthest entity.
    std::vector<std::size_t> order{source};
    std::vector<std::vector<std::size_t>> predecessors(n);
    std::vector<double> paths(n, 0.0), dependency(n, 0.0);
    std::vector<std::size_t> distance(n, n);
    paths[source] = 1.0;
    distance[source] = 0;
    for (std::size_t next = 0; next < order.size(); ++next) {
      const std::size_t v = order[next];
      for (const std::size_t w : adjacency[v]) {
        if (distance[w] == n) {
          distance[w] = distance[v] + 1;
          order.push_back(w);
        }
        if (distance[w] == distance[v] + 1) {
          paths[w] += paths[v];
          predecessors[w].push_back(v);
        }
      }
    }
    for (auto w = order.rbegin(); w != order.rend(); ++w) {
      for (const std::size_t v : predecessors[*w])
        dependency[v] += paths[v] / paths[*w] * (1.0 + dependency[*w]);
      if (*w != source) centrality[*w] += dependency[*w];
    }
  }
  for (double& c : centrality)
    c /= 2.0; // each pair was counted from both ends
  return centrality;
}

std::vector<std::vector<std::size_t>> ActorGraph::components() const {
  std::vector<bool> seen(corpus_->entity_count(), false);
  std::vector<std::vector<std::size_t>> found;
  for (std::size_t start = 0; start < seen.size(); ++start) {
    if (seen[start]) continue;
    seen[start] = true;
    std::vector<std::size_t> component{start};
    for (std::size_t next = 0; next < component.size(); ++next)
      for (const std::size_t n : adjacent(component[next]))
        if (!seen[n]) {
          seen[n] = true;
          component.push_back(n);
        }
    std::sort(component.begin(), component.end());
    found.push_back(std::move(component));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return found;
}

} // namespace storydata
