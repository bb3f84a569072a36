// SPDX-License-Identifier: Apache-2.0
// GraphML and GEXF: the example story's actor network with its exact loss report, edges as
// ActorGraph draws them, and XML escaping of untrusted text.
#include "convert_support.hpp"

#include <doctest/doctest.h>

using namespace storydata;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1))
    ++n;
  return n;
}

} // namespace

TEST_CASE("graph exports: the example story's actor network, with every loss reported") {
  const Corpus corpus(test::example());
  const auto edges = ActorGraph(corpus).edges().size();
  for (const auto format : {Format::graphml, Format::gexf}) {
    CAPTURE(info(format).name);
    const auto result = export_story(test::example(), format);
    REQUIRE(result.ok());
    CHECK(test::loss_report(result.diagnostics) ==
          test::read_file("tests/fixtures/convert/example.graph.losses.txt"));
    CHECK(count(result.text, "<node id=") == 21);
    CHECK(count(result.text, "<edge id=") == edges);
  }
  const auto graphml = export_story(test::example(), Format::graphml).text;
  const auto gexf = export_story(test::example(), Format::gexf).text;
  // ally, adversary, rival and cooperates_with are undirected; the rest directed.
  CHECK(count(graphml, "directed=\"true\"") == count(graphml, "<edge id=") - 7);
  CHECK(count(gexf, "type=\"undirected\"") == 7);
  CHECK(graphml.find("<edge id=\"e0\" source=\"south-korea\" target=\"united-states\" "
                     "directed=\"true\">") != std::string::npos);
}

TEST_CASE("graph exports: untrusted text is escaped, and what XML forbids is replaced") {
  Story story;
  story.id.value = "hostile";
  story.article.headline = "</graph><node id=\"evil\"/> & \x01 \xFF";
  story.actors.push_back({Id{"a"},
                          ActorKind::person,
                          "A \"quoted\" <b>name</b>\r\n'x'",
                          {},
                          std::string("tab\there"),
                          {},
                          {},
                          {}});
  for (const auto format : {Format::graphml, Format::gexf}) {
    const auto text = export_story(story, format).text;
    CHECK(text.find("<node id=\"evil\"") == std::string::npos);
    CHECK(text.find("&lt;/graph&gt;&lt;node id=&quot;evil&quot;/&gt; &amp; \uFFFD \uFFFD") !=
          std::string::npos);
    CHECK(text.find("A &quot;quoted&quot; &lt;b&gt;name&lt;/b&gt;&#13;&#10;&apos;x&apos;") !=
          std::string::npos);
    CHECK(text.find("tab&#9;here") != std::string::npos);
    CHECK(count(text, "<edge id=") == 0);
  }
}
