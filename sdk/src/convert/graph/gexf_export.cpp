// SPDX-License-Identifier: Apache-2.0
// GEXF 1.3: the actor network as a static directed graph whose symmetric relations are
// undirected edges (GEXF's per-edge type="undirected"); node kinds and edge values are declared
// attributes, the headline is the graph's description.
#include "actor_network.hpp"
#include "convert/support/markup_text.hpp"
#include "graph.hpp"

#include <span>

namespace storydata::convert {
namespace {

void attvalue(std::string& out, std::string_view key, std::string_view value) {
  out += "          <attvalue for=\"" + std::string(key) + "\" value=\"" + xml_escape(value) +
         "\"/>\n";
}

void declare(std::string& out, std::string_view domain, std::span<const std::string_view> names) {
  out += "    <attributes class=\"" + std::string(domain) + "\">\n";
  for (const auto name : names)
    out += "      <attribute id=\"" + std::string(name) + "\" title=\"" + std::string(name) +
           "\" type=\"string\"/>\n";
  out += "    </attributes>\n";
}

} // namespace

ExportResult export_gexf(const Story& story) {
  ExportCoverage coverage("GEXF");
  const StoryNetwork network(story, coverage);

  std::string out = R"(<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
  <meta>
    <creator>storydata</creator>
)";
  out += "    <description>" + xml_escape(story.article.headline) + "</description>\n";
  out += "    <keywords>" + xml_escape(story.id.value) + "</keywords>\n";
  out += R"(  </meta>
  <graph defaultedgetype="directed" mode="static">
)";
  declare(out, "node", node_attributes);
  declare(out, "edge", edge_attributes);
  out += "    <nodes>\n";
  for (const auto& actor : network.actors()) {
    out += "      <node id=\"" + xml_escape(actor.id.value) + "\" label=\"" +
           xml_escape(actor.name) + "\">\n        <attvalues>\n";
    for (const auto& [name, value] : attributes_of(actor))
      attvalue(out, name, value);
    out += "        </attvalues>\n      </node>\n";
  }
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t e = 0; e < network.edges().size(); ++e) {
    const Edge& edge = network.edges()[e];
    out += "      <edge " + edge_endpoints(e, edge) +
           (edge.symmetric ? " type=\"undirected\"" : "") + " label=\"" + xml_escape(edge.kind) +
           "\">\n        <attvalues>\n";
    for (const auto& [name, value] : attributes_of(edge))
      attvalue(out, name, value);
    out += "        </attvalues>\n      </edge>\n";
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return {std::move(out), coverage.report(story)};
}

} // namespace storydata::convert
