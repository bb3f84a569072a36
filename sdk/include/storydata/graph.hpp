// SPDX-License-Identifier: Apache-2.0
// The actor network of a corpus, and where information came from.
#pragma once

#include <cstddef>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/index.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

STORYDATA_ENUM(EdgeSource, "What an edge of the actor network comes from.",
               (event, "An event: from a doer to another participant.")(
                   relation, "A relation: from subject to object."))

/// A typed edge between two entities of a corpus, from one event or one relation.
///
/// An event gives an edge from each of its *doers* (participants in the role agent, publisher,
/// speaker or investigator) to each other participant, typed by the event's kind and carrying
/// that participant's role; doers of one event are not linked to each other. A relation gives an
/// edge from subject to object, typed by the relation's kind; ally, adversary, rival and
/// cooperates_with are symmetric and may be followed both ways.
struct Edge {
  std::size_t from = 0; ///< entity
  std::size_t to = 0;   ///< entity
  Found<Actor> from_actor{};
  Found<Actor> to_actor{};
  const Event* event = nullptr;       ///< the event it comes from, or null
  const Relation* relation = nullptr; ///< the relation it comes from, or null
  std::optional<Role> role{};         ///< for an event: the role of `to`
  std::string_view kind{};            ///< the event's or relation's kind ("espionage", "ally")
  Certainty certainty = Certainty::stated;
  bool symmetric = false;

  /// The id of the event or relation it comes from ("via" in the JS API and the graph formats).
  const Id& source_id() const noexcept { return event ? event->id : relation->id; }
  /// What `source_id` names.
  EdgeSource origin() const noexcept { return event ? EdgeSource::event : EdgeSource::relation; }
  bool operator==(const Edge&) const = default;
};

STORYDATA_ENUM(Direction, "How an edge is followed from an entity.",
               (out, "From it to the other end.")(in, "From the other end to it.")(
                   both, "Either way: a symmetric relation."))

/// One step from an entity: the edge and the entity at its other end.
struct Neighbour {
  std::size_t entity = 0;
  Found<Actor> actor{}; ///< the entity's representative actor
  Edge edge{};
  Direction direction = Direction::out; ///< out, in, or both for a symmetric edge
  bool operator==(const Neighbour&) const = default;
};

/// An entity and how well connected it is.
struct Ranked {
  std::size_t entity = 0;
  std::size_t degree = 0; ///< the number of distinct entities it shares an edge with
  bool operator==(const Ranked&) const = default;
};

/// An entity of the network as graphics draw it, as plain data: its representative actor (the
/// first of the entity, in corpus order) and how central it is.
struct NetworkNode {
  std::string id{};
  std::string story{};
  std::string name{};
  ActorKind kind = ActorKind::other;
  std::size_t degree = 0;
  double betweenness = 0;
  std::size_t component = 0;
  bool operator==(const NetworkNode&) const = default;
};
STORYDATA_STRUCT(NetworkNode, "An actor of the network, with how well connected it is.",
                 (id, "The actor's id.")(story, "The id of its story.")(name, "Its name.")(
                     kind, "What kind of actor it is.")(
                     degree, "How many distinct actors it shares an edge with.")(
                     betweenness, "Betweenness centrality (Brandes; edges taken both ways).")(
                     component, "Its connected component, the largest first."))

/// An edge of the network as plain data.
struct NetworkEdge {
  std::string from{};
  std::string to{};
  std::string via{};
  EdgeSource source = EdgeSource::event;
  std::string kind{};
  std::optional<Role> role{};
  Certainty certainty = Certainty::stated;
  bool symmetric = false;
  bool operator==(const NetworkEdge&) const = default;
};
STORYDATA_STRUCT(NetworkEdge, "A typed edge of the network.",
                 (from, "The actor it starts at.")(to, "The actor it ends at.")(
                     via, "The id of the event or relation it comes from.")(
                     source, "Whether `via` is an event or a relation.")(
                     kind, "The event's or relation's kind (\"espionage\", \"ally\").")(
                     role, "For an event: the role of `to` (\"target\"); null for a relation.")(
                     certainty, "How sure the story is of it.")(
                     symmetric,
                     "ally, adversary, rival, cooperates_with: may be followed both ways."))

/// Nodes with their centrality and the edges among them: what the package's network(),
/// egoNetwork() and the demo draw.
struct Network {
  std::vector<NetworkNode> nodes{};
  std::vector<NetworkEdge> edges{};
};
STORYDATA_STRUCT(Network, "Actors with their centrality and the edges among them.",
                 (nodes, "The actors.")(edges, "The edges among them."))

/// The actor network of a corpus. It keeps a pointer to the corpus, which must outlive it.
class ActorGraph {
public:
  explicit ActorGraph(const Corpus& corpus);

  const Corpus& corpus() const noexcept { return *corpus_; }
  /// Every edge, in corpus order: a story's events before its relations.
  const std::vector<Edge>& edges() const noexcept { return edges_; }

  /// The edges at an entity, in edge order; `out` includes symmetric edges whichever way they
  /// were written, as does `in`.
  std::vector<Neighbour> neighbours(std::size_t entity,
                                    Direction direction = Direction::both) const;

  /// The entities within `hops` edges of `entity` (either direction), nearest first, with the
  /// edges among them.
  struct Subgraph {
    std::vector<std::size_t> entities{};
    std::vector<const Edge*> edges{};
  };
  Subgraph ego(std::size_t entity, std::size_t hops) const;

  /// Every entity, in entity order, with every edge.
  Network network() const;
  /// The entities and edges of `part` (an ego network), with their centrality in the whole graph.
  Network network(const Subgraph& part) const;

  /// A shortest path as the steps after `from`, each the edge taken and the entity reached;
  /// empty when from == to; nullopt when there is none. Breadth first, edges tried in edge order,
  /// so the same corpus gives the same path. `directed` follows edges only forwards (symmetric
  /// ones both ways); otherwise every edge goes both ways.
  std::optional<std::vector<Neighbour>> shortest_path(std::size_t from, std::size_t to,
                                                      bool directed = true) const;

  std::size_t degree(std::size_t entity) const;
  /// Degree centrality: every entity with an edge, by degree, then by entity number.
  std::vector<Ranked> centrality() const;
  /// Betweenness centrality of every entity, by entity number (Brandes' algorithm, edges taken
  /// both ways, parallel edges counted once): the number of shortest paths between other pairs
  /// that pass through it, each pair counted once and split among its shortest paths.
  std::vector<double> betweenness() const;
  /// Connected components (edges taken both ways), largest first, then by first entity; each
  /// in entity order. Entities without any edge form components of one.
  std::vector<std::vector<std::size_t>> components() const;

private:
  std::vector<std::size_t> adjacent(std::size_t entity) const;

  const Corpus* corpus_;
  std::vector<Edge> edges_;
  std::vector<std::vector<std::size_t>> incident_; ///< per entity: indices into edges_
};

/// One step of a provenance chain: a source, and how it derives from the step before it. The
/// first step of a chain is the article itself (`source` null) or the source it starts from.
struct ProvenanceStep {
  const Source* source = nullptr;
  const Derivation* derivation = nullptr; ///< how the step before derives from this one
  bool operator==(const ProvenanceStep&) const = default;
};
using ProvenanceChain = std::vector<ProvenanceStep>;

/// Where an event, claim, relation or source of a story comes from: every chain of derivations
/// (`Article.derived_from`, `Source.derived_from`) from the article down to an original source
/// (one that derives from nothing) that passes through a source the item is attributed to (by
/// `attribution.according_to`, directly or through the source's `actor`); for a source, through
/// the source itself. When the article does not reach such a source, chains start at the source.
/// Empty for an unknown id or an item attributed to no source. At most 64 chains, in the order of
/// the `derived_from` lists, so that a hostile story cannot make this exponential.
std::vector<ProvenanceChain> provenance(const Story& story, std::string_view id);

} // namespace storydata
