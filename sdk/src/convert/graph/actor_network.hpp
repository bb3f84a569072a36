// SPDX-License-Identifier: Apache-2.0
// The actor network of one story as the graph formats (GraphML, GEXF) write it: a node per actor
// and an edge per ActorGraph edge, with the story values they carry marked in the export's
// coverage, so that everything else is reported as dropped.
#pragma once

#include "convert/export_coverage.hpp"

#include <array>
#include <storydata/graph.hpp>
#include <storydata/index.hpp>

namespace storydata::convert {

/// A value a node or an edge carries, as the graph formats declare and write it.
struct Attribute {
  std::string_view name;
  std::string value;
};
/// Every attribute name nodes have (besides id and name) and edges have, in writing order.
inline constexpr std::array<std::string_view, 2> node_attributes{"kind", "description"};
inline constexpr std::array<std::string_view, 5> edge_attributes{"via", "source", "kind", "role",
                                                                 "certainty"};
/// An actor's attributes: its kind, and its description when it has one.
std::vector<Attribute> attributes_of(const Actor& actor);
/// An edge's attributes: the event or relation it comes via and which of the two (source), its
/// kind, the role of its far end (events only) and its certainty.
std::vector<Attribute> attributes_of(const Edge& edge);

/// The attributes that place edge number `e`: `id="e0" source="..." target="..."`, escaped.
std::string edge_endpoints(std::size_t e, const Edge& edge);

class StoryNetwork {
public:
  /// The network of `story` (which must outlive it); marks what it carries in `coverage`, the
  /// story's id and headline included.
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
