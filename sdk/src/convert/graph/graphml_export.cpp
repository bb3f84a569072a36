// GraphML: the actor network. The graph's default is undirected and every directed edge says
// `directed="true"`, so that symmetric relations stay undirected in every reader: some
// (graphology-graphml) honour a per-edge override only in that direction. Node and edge values
// are GraphML data with declared keys.
#include "actor_network.hpp"
#include "convert/support/xml_text.hpp"
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
  const auto network = actor_network(story, coverage);
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
  for (const auto& node : network.nodes) {
    out += "    <node id=\"" + xml_escape(node.id) + "\">\n";
    data(out, "name", node.name);
    data(out, "kind", node.kind);
    if (node.description) data(out, "description", *node.description);
    out += "    </node>\n";
  }
  for (const auto& edge : network.edges) {
    out += "    <edge id=\"" + edge.id + "\" source=\"" + xml_escape(edge.from) + "\" target=\"" +
           xml_escape(edge.to) + "\"" + (edge.symmetric ? "" : " directed=\"true\"") + ">\n";
    data(out, "via", edge.via);
    data(out, "source", edge.source);
    data(out, "edge_kind", edge.kind);
    if (edge.role) data(out, "role", *edge.role);
    data(out, "certainty", edge.certainty);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return {std::move(out), coverage.report(story)};
}

} // namespace storydata::convert
