// SPDX-License-Identifier: Apache-2.0
// `storydata info`: what a story holds, for a quick look.
#include "command.hpp"
#include "inputs.hpp"
#include "report.hpp"
#include "terminal.hpp"

#include <algorithm>
#include <array>
#include <iostream>
#include <storydata/storydata.hpp>
#include <unistd.h>

namespace storydata::cli {
namespace {

constexpr std::array info_flags{Flag::color};

constexpr std::string_view info_help =
    R"(Prints a story's headline, what it holds and its timeline. FILE may be - for
standard input.

options:
  --color WHEN           auto (the default: on a terminal, unless NO_COLOR is set),
                         always or never
  -h, --help             show this help
  --version              show the SDK and schema versions

exit status: 0 shown, 1 the story has structural errors, 2 usage or I/O error.
)";

int run_info(const Options& options) {
  const auto collected = collect_inputs("info", options.paths);
  if (!collected) return exit_usage;
  const Input& input = collected->front();
  std::string text;
  if (const auto error = read_input(input, text)) {
    print_error("info", *error);
    return exit_usage;
  }
  auto result = decode(text);
  const bool ok = result.ok();
  for (const auto& finding : to_findings(text, std::move(result.diagnostics), true))
    std::cout << format_diagnostic(input.display, finding, colours(options.color, STDOUT_FILENO));
  if (!ok) return exit_failed;

  const Story& s = result.story;
  std::size_t mentions = 0;
  for (const auto& a : s.actors)
    mentions += a.mentions.size();
  std::cout << s.article.headline << "\n"
            << "  story " << s.id.value << ", schema " << s.storydata.to_string() << "\n"
            << "  " << s.article.body.size() << " paragraphs, " << s.actors.size() << " actors ("
            << mentions << " mentions), " << s.events.size() << " events, " << s.relations.size()
            << " relations, " << s.claims.size() << " claims, " << s.sources.size() << " sources\n";
  std::vector<const Event*> timeline;
  for (const auto& e : s.events)
    if (e.time) timeline.push_back(&e);
  std::stable_sort(timeline.begin(), timeline.end(), [](const Event* a, const Event* b) {
    return timeline_order(*a->time, *b->time) < 0;
  });
  if (!timeline.empty()) std::cout << "  timeline:\n";
  for (const Event* e : timeline)
    std::cout << "    " << display(*e->time) << ": " << e->summary << "\n";
  return exit_ok;
}

} // namespace

constinit const Command info_command{"info",
                                     "summarise a story: headline, counts and the timeline",
                                     "storydata info FILE",
                                     info_help,
                                     info_flags,
                                     1,
                                     1,
                                     run_info};

} // namespace storydata::cli
