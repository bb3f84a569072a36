// GraphML: the actor network. The graph's default is undirected and every directed edge says
// `directed="true"`, so that symmetric relations stay undirected in every reader: some
// (graphology-graphml) honour a per-edge override only in that direction. Node and edge values
// are GraphML data with declared keys.
#include "actor_network.hpp"
#include "convert/support/markup_text.hpp"
#include "graph.hpp"

namespace storydata::convert {
namespace {

void data(std::string& out, std::string_view key, std::string_view value) {
  out += "      <data key=\"";
  out += key;
  out += "\">" + xml_escape(value) + "</data>\n";
}

} // namespace

ExportResult export_graphml(const Story& story) {
  ExportCoverage coverage("GraphML");
  const StoryNetwork network(story, coverage);
  coverage.carried("/id");
  coverage.carried("/article/headline");

  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="headline" for="graph" attr.name="headline" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
  <key id="kind" for="node" attr.name="kind" attr.type="string"/>
  <key id="description" for="node" attr.name="description" attr.type="string"/>
  <key id="via" for="edge" attr.name="via" attr.type="string"/>
  <key id="source" for="edge" attr.name="source" attr.type="string"/>
  <key id="edge_kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="role" for="edge" attr.name="role" attr.type="string"/>
  <key id="certainty" for="edge" attr.name="certainty" attr.type="string"/>
)";
  out += "  <graph id=\"" + xml_escape(story.id.value) + "\" edgedefault=\"undirected\">\n";
  out += "    <data key=\"headline\">" + xml_escape(story.article.headline) + "</data>\n";
  for (const auto& actor : network.actors()) {
    out += "    <node id=\"" + xml_escape(actor.id.value) + "\">\n";
    data(out, "name", actor.name);
    data(out, "kind", enum_name(actor.kind));
    if (actor.description) data(out, "description", *actor.description);
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < network.edges().size(); ++e) {
    const Edge& edge = network.edges()[e];
    out += "    <edge id=\"e" + std::to_string(e) + "\" source=\"" +
           xml_escape(edge.from_actor->id.value) + "\" target=\"" +
           xml_escape(edge.to_actor->id.value) + "\"" +
           (edge.symmetric ? "" : " directed=\"true\"") + ">\n";
    data(out, "via", edge.source_id().value);
    data(out, "source", edge.origin());
    data(out, "edge_kind", edge.kind);
    if (edge.role) data(out, "role", enum_name(*edge.role));
    data(out, "certainty", enum_name(edge.certainty));
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return {std::move(out), coverage.report(story)};
}

} // namespace storydata::convert
