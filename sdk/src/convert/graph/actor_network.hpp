// The actor network of one story, as the graph formats (GraphML, GEXF) write it: a node per actor
// and an edge per ActorGraph edge, with the story values the network carries marked in the
// export's coverage, so that everything else is reported as dropped.
#pragma once

#include "convert/export_coverage.hpp"

#include <optional>
#include <storydata/story.hpp>
#include <string>
#include <vector>

namespace storydata::convert {

struct NetworkNode {
  std::string id;   ///< the actor's id
  std::string name; ///< its name
  std::string kind; ///< its kind ("country")
  std::optional<std::string> description{};
};

struct NetworkEdge {
  std::string id;   ///< "e0", "e1", ... in ActorGraph order
  std::string from; ///< actor ids
  std::string to;
  std::string via;                   ///< "event" or "relation"
  std::string source;                ///< the id of that event or relation
  std::string kind;                  ///< its kind ("espionage", "ally")
  std::optional<std::string> role{}; ///< for an event: the role of `to`
  std::string certainty;
  bool symmetric = false; ///< ally, adversary, rival and cooperates_with: undirected
};

struct ActorNetwork {
  std::vector<NetworkNode> nodes;
  std::vector<NetworkEdge> edges;
};

/// The network of `story`; marks what it carries in `coverage`.
ActorNetwork actor_network(const Story& story, ExportCoverage& coverage);

} // namespace storydata::convert
