// SPDX-License-Identifier: Apache-2.0
// `storydata query`: answers a query over the stories of the given paths.
#include "command.hpp"
#include "help_text.hpp"
#include "inputs.hpp"
#include "report.hpp"
#include "terminal.hpp"
#include "text/utf8.hpp"

#include <array>
#include <iostream>
#include <nlohmann/json.hpp>
#include <storydata/storydata.hpp>
#include <unistd.h>

namespace storydata::cli {
namespace {

constexpr std::array query_flags{Flag::query_format, Flag::max_bytes, Flag::include,  Flag::exclude,
                                 Flag::color,        Flag::config,    Flag::no_config};

constexpr std::string_view query_help_head =
    R"(Answers QUERY over the stories of every PATH: a file, a directory (searched
recursively for *.json files) or - for standard input. The stories form one corpus:
actors with the same id or Wikidata QID are the same actor. The query language is
described in docs/query.md; for example:

  events where agent = south-korea and target = us
  events where kind in (espionage, cyberattack) and time >= 2010 order by time
  timeline where actor = north-korea and time between 2010 and 2015
  path from south-korea to sony-pictures

options:
  --format FORMAT        table (the default), json (one document) or ndjson (one
                         row per line)
  --max-bytes N          reject stories larger than N bytes (default 67108864, 64 MiB)
)";
constexpr std::string_view query_help_tail =
    R"(  --color WHEN           auto (the default: on a terminal, unless NO_COLOR is set),
                         always or never
  -h, --help             show this help
  --version              show the SDK and schema versions

exit status: 0 answered (with or without results), 1 a story is invalid, 2 a
malformed query, a usage error or a path that cannot be read.
)";
constexpr std::string_view query_help =
    joined<query_help_head, selection_help, config_help, query_help_tail>;

using nlohmann::ordered_json;

std::size_t width(std::string_view text) {
  std::size_t n = 0;
  for (std::size_t at = 0; at < text.size(); at += utf8::next(text, at).size)
    ++n;
  return n;
}

// A cell: strings as they are, lists joined by ", ", objects' values by "/", long text cut.
std::string cell(const ordered_json& value) {
  constexpr std::size_t max_width = 60;
  std::string text;
  if (value.is_null()) return text;
  if (value.is_string())
    text = value.get<std::string>();
  else if (value.is_array() || value.is_object()) {
    for (const auto& item : value)
      text += (text.empty() ? "" : value.is_array() ? ", " : "/") + cell(item);
  } else
    text = value.dump();
  if (width(text) <= max_width) return text;
  std::size_t at = 0;
  for (std::size_t n = 0; n + 1 < max_width; ++n)
    at += utf8::next(text, at).size;
  return text.substr(0, at) + "…";
}

// Rows as aligned columns, one per field; the story column only when rows come from several.
void print_table(const ordered_json& rows) {
  if (rows.empty()) {
    std::cout << "no results\n";
    return;
  }
  std::vector<std::string> keys;
  for (const auto& [key, value] : rows.front().items())
    if (key != "type") keys.push_back(key);
  if (std::all_of(rows.begin(), rows.end(),
                  [&](const ordered_json& row) { return row["story"] == rows.front()["story"]; }))
    std::erase(keys, "story");
  std::vector<std::vector<std::string>> cells{keys};
  for (const auto& row : rows) {
    cells.emplace_back();
    for (const auto& key : keys)
      cells.back().push_back(cell(row[key]));
  }
  std::vector<std::size_t> widths(keys.size(), 0);
  for (const auto& line : cells)
    for (std::size_t c = 0; c < line.size(); ++c)
      widths[c] = std::max(widths[c], width(line[c]));
  for (const auto& line : cells) {
    std::string out;
    for (std::size_t c = 0; c < line.size(); ++c)
      out += line[c] + std::string(widths[c] - width(line[c]) + 2, ' ');
    std::cout << out.substr(0, out.find_last_not_of(' ') + 1) << "\n";
  }
}

int run_query(const Options& options) {
  const std::string text = options.paths.back();
  const auto collected =
      collect_inputs("query", std::span(options.paths).first(options.paths.size() - 1),
                     {options.include, options.exclude});
  if (!collected) return exit_usage;

  std::vector<Story> stories;
  bool invalid = false;
  for (const Input& input : *collected) {
    std::string content;
    if (const auto error = read_input(input, content)) {
      print_error("query", *error);
      return exit_usage;
    }
    auto result = validate(content, options.limits);
    if (!result.ok()) {
      invalid = true;
      for (const auto& finding : to_findings(content, std::move(result.diagnostics), false))
        if (finding.diagnostic.severity == Severity::error)
          std::cerr << format_diagnostic(input.display, finding,
                                         colours(options.color, STDERR_FILENO));
    }
    stories.push_back(std::move(result.story));
  }
  if (invalid) return exit_failed;

  const Corpus corpus(stories);
  const QueryResult result = query(corpus, text);
  if (!result.ok()) {
    print_error("query",
                "column " + std::to_string(result.error->column) + ": " + result.error->message);
    std::cerr << "  " << utf8::sanitize(text) << "\n  "
              << std::string(result.error->column - 1, ' ') << "^\n";
    return exit_usage;
  }
  const std::string answer = to_json(result);
  switch (options.query_format) {
  case QueryFormat::json:
    std::cout << answer << "\n";
    break;
  case QueryFormat::ndjson: {
    const ordered_json document = ordered_json::parse(answer);
    for (const auto& row : document["rows"])
      std::cout << row.dump() << "\n";
    break;
  }
  case QueryFormat::table:
    print_table(ordered_json::parse(answer)["rows"]);
    break;
  }
  return exit_ok;
}

} // namespace

constinit const Command query_command{
    "query",
    "answer a query over stories: events, actors, claims, paths, the timeline",
    "storydata query [options] PATH... QUERY",
    query_help,
    query_flags,
    2,
    SIZE_MAX,
    run_query};

} // namespace storydata::cli
