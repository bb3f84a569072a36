// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any text as a query over the example story. The parser and the evaluator
// give rows or an error whose column lies within the query (one past its end at most), never a
// crash, and every result writes as JSON that parses.
#include "text/utf8.hpp"

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <storydata/storydata.hpp>

namespace {

const storydata::Corpus& corpus() {
  static const storydata::Story story = [] {
    std::ifstream in(STORYDATA_SOURCE_DIR "/schema/examples/south-korea-cyber-spying.story.json");
    std::ostringstream text;
    text << in.rdbuf();
    auto result = storydata::decode(text.str());
    if (!result.ok()) std::abort();
    return std::move(result.story);
  }();
  static const storydata::Corpus corpus(story);
  return corpus;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = storydata::query(corpus(), text);
  if (result.error && (result.error->message.empty() || result.error->column == 0 ||
                       result.error->column > storydata::utf8::length(text) + 1))
    std::abort();
  if (!nlohmann::json::accept(storydata::to_json(result))) std::abort();
  return 0;
}
