// The actor network of one story as the graph formats (GraphML, GEXF) write it: a node per actor
// and an edge per ActorGraph edge, with the story values they carry marked in the export's
// coverage, so that everything else is reported as dropped.
#pragma once

#include "convert/export_coverage.hpp"

#include <storydata/graph.hpp>
#include <storydata/index.hpp>

namespace storydata::convert {

class StoryNetwork {
public:
  /// The network of `story` (which must outlive it); marks what it carries in `coverage`.
  StoryNetwork(const Story& story, ExportCoverage& coverage);
  StoryNetwork(const StoryNetwork&) = delete;
  StoryNetwork& operator=(const StoryNetwork&) = delete;

  /// The nodes: every actor of the story, in story order.
  const std::vector<Actor>& actors() const noexcept { return story_.actors; }
  /// The edges, in ActorGraph order; written "e0", "e1", ...
  const std::vector<Edge>& edges() const noexcept { return graph_.edges(); }

private:
  const Story& story_;
  Corpus corpus_;
  ActorGraph graph_;
};

} // namespace storydata::convert
