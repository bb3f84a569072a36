// SPDX-License-Identifier: Apache-2.0
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
  out += "      <data key=\"" + std::string(key) + "\">" + xml_escape(value) + "</data>\n";
}

void key(std::string& out, std::string_view id, std::string_view domain, std::string_view name) {
  out += "  <key id=\"" + std::string(id) + "\" for=\"" + std::string(domain) + "\" attr.name=\"" +
         std::string(name) + "\" attr.type=\"string\"/>\n";
}

// GraphML keys share one namespace: the edges' kind is keyed apart from the nodes' kind.
std::string_view edge_key(std::string_view name) {
  return name == "kind" ? "edge_kind" : name;
}

} // namespace

ExportResult export_graphml(const Story& story) {
  ExportCoverage coverage("GraphML");
  const StoryNetwork network(story, coverage);

  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
  <key id="headline" for="graph" attr.name="headline" attr.type="string"/>
  <key id="name" for="node" attr.name="name" attr.type="string"/>
)";
  for (const auto name : node_attributes)
    key(out, name, "node", name);
  for (const auto name : edge_attributes)
    key(out, edge_key(name), "edge", name);
  out += "  <graph id=\"" + xml_escape(story.id.value) + "\" edgedefault=\"undirected\">\n";
  out += "    <data key=\"headline\">" + xml_escape(story.article.headline) + "</data>\n";
  for (const auto& actor : network.actors()) {
    out += "    <node id=\"" + xml_escape(actor.id.value) + "\">\n";
    data(out, "name", actor.name);
    for (const auto& [name, value] : attributes_of(actor))
      data(out, name, value);
    out += "    </node>\n";
  }
  for (std::size_t e = 0; e < network.edges().size(); ++e) {
    const Edge& edge = network.edges()[e];
    out += "    <edge " + edge_endpoints(e, edge) + (edge.symmetric ? "" : " directed=\"true\"") +
           ">\n";
    for (const auto& [name, value] : attributes_of(edge))
      data(out, edge_key(name), value);
    out += "    </edge>\n";
  }
  out += "  </graph>\n</graphml>\n";
  return {std::move(out), coverage.report(story)};
}

} // namespace storydata::convert
