// SPDX-License-Identifier: Apache-2.0
// storydata-bench-query: decoding, index build, memory and query latency on NDJSON corpora, in
// records that bench/query_vs_jq.sh sets beside jq answering the same questions.
#include "command_line.hpp"
#include "heap_counter.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <storydata/codec.hpp>
#include <storydata/query.hpp>
#include <string>
#include <vector>

namespace {

const char* const usage =
    R"(usage: storydata-bench-query [options] FILE.ndjson...

For each file (one story per line): decodes it, builds the index (Corpus, then ActorGraph),
counts the heap both take, then runs each query repeatedly and prints tab-separated records:
  corpus  FILE BYTES STORIES EVENTS
  decode  MEDIAN_S RUNS HEAP_BYTES           (the decoded stories)
  index   CORPUS_MEDIAN_S GRAPH_MEDIAN_S RUNS HEAP_BYTES
  query   NAME ROWS RUNS P50_MS P99_MS CPU_P50_MS QUERY

  --x ID          the first actor of the queries (default national-security-agency)
  --y ID          the second actor (default nsa-document)
  --repeat N      decode and index passes, median taken (default 3)
  --min-runs N    runs of each query at least (default 5)
  --max-runs N    runs of each query at most (default 200)
  --budget S      stop running a query after S seconds once it ran --min-runs (default 2)
  --rows DIR      write the rows of each query to DIR/NAME.rows, one per line
)";

using Clock = std::chrono::steady_clock;

struct Options {
  std::string x = "national-security-agency";
  std::string y = "nsa-document";
  std::size_t repeat = 3, min_runs = 5, max_runs = 200, budget = 2;
  std::string rows_dir;
  std::vector<std::string> files;
};

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  const auto option = [&](std::string_view name, std::string_view value) {
    for (auto [known, text] : {std::pair{"--x", &o.x}, {"--y", &o.y}, {"--rows", &o.rows_dir}})
      if (name == known) return (*text = value, true);
    const auto n = number(value);
    if (!n || *n == 0) return false;
    for (auto [known, count] : {std::pair{"--repeat", &o.repeat},
                                {"--min-runs", &o.min_runs},
                                {"--max-runs", &o.max_runs},
                                {"--budget", &o.budget}})
      if (name == known) return (*count = *n, true);
    return false;
  };
  const bool ok = each_argument(
      argc, argv, [](std::string_view) { return false; }, option,
      [&](std::string_view path) {
        o.files.emplace_back(path);
        return true;
      });
  if (!ok) return std::nullopt;
  if (o.files.empty() || o.min_runs > o.max_runs) return std::nullopt;
  return o;
}

/// The questions, named as bench/jq/NAME.jq; {x} and {y} stand for the two actors.
struct Question {
  std::string_view name;
  std::string_view text;
};
constexpr Question questions[] = {
    {"agent-target", "events where agent = {x} and target = {y}"},
    {"kind-time", "events where kind in (espionage, cyberattack) and time >= 2010 order by time"},
    {"actors-kind", "actors where kind = agency"},
    {"claims-speaker", "claims where speaker = {x}"},
    {"timeline-actor", "timeline where actor = {x} and time between 2010 and 2015"},
    {"neighbours", "neighbours of {x}"},
    {"path", "path from {x} to {y}"},
};

std::string instantiate(std::string_view text, const Options& o) {
  std::string out(text);
  for (const auto& [hole, actor] : {std::pair{"{x}", &o.x}, std::pair{"{y}", &o.y}})
    for (auto at = out.find(hole); at != std::string::npos; at = out.find(hole))
      out.replace(at, 3, *actor);
  return out;
}

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

/// The nearest-rank percentile; with fewer than 100 runs p99 is the slowest run.
double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  const auto rank = static_cast<std::size_t>(p / 100 * static_cast<double>(v.size()) + 0.999999);
  return v[std::clamp<std::size_t>(rank, 1, v.size()) - 1];
}

/// A row as bench/jq prints it: the story's id, then what identifies the row in it.
std::string row_line(const storydata::Corpus& corpus, const storydata::Row& row) {
  return std::visit(
      [&](const auto& r) -> std::string {
        using R = std::decay_t<decltype(r)>;
        if constexpr (std::is_same_v<R, storydata::TimelineEntry>) {
          return corpus.story(r.event.story).id.value + "\t" + r.event->id.value;
        } else if constexpr (std::is_same_v<R, storydata::Step>) {
          static constexpr const char* directions[] = {"out", "in", "both"};
          return corpus.story(r.actor.story).id.value + "\t" +
                 (r.edge ? r.edge->source_id().value : "") + "\t" + r.actor->id.value + "\t" +
                 (r.edge ? directions[static_cast<int>(r.direction)] : "");
        } else if constexpr (std::is_same_v<R, storydata::ProvenanceRow>) {
          return corpus.story(r.story).id.value + "\t" + std::to_string(r.chain);
        } else {
          return corpus.story(r.story).id.value + "\t" + r->id.value;
        }
      },
      row);
}

bool read_lines(const std::string& path, std::string& text, std::vector<std::string_view>& lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  text.assign(std::istreambuf_iterator<char>(in), {});
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t end = std::min(text.find('\n', at), text.size());
    if (end > at) lines.push_back(std::string_view(text).substr(at, end - at));
    at = end + 1;
  }
  return true;
}

/// Decodes every line; false (after saying why) if a story has an error.
bool decode_all(const std::vector<std::string_view>& lines, std::vector<storydata::Story>& out) {
  out.clear();
  out.reserve(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    auto result = storydata::decode(lines[i]);
    if (!result.ok()) {
      std::cerr << "storydata-bench-query: line " << i + 1 << ": " << result.diagnostics[0].message
                << "\n";
      return false;
    }
    out.push_back(std::move(result.story));
  }
  return true;
}

bool bench_file(const std::string& path, const Options& o) {
  std::string text;
  std::vector<std::string_view> lines;
  if (!read_lines(path, text, lines)) {
    std::cerr << "storydata-bench-query: cannot read " << path << "\n";
    return false;
  }

  // Decode: every pass starts from nothing, so the last one's heap is what the stories take.
  std::vector<storydata::Story> stories;
  std::vector<double> decode_s;
  std::size_t stories_bytes = 0;
  for (std::size_t pass = 0; pass < o.repeat; ++pass) {
    stories = {};
    const std::size_t before = storydata_bench::heap_live_bytes();
    const auto start = Clock::now();
    if (!decode_all(lines, stories)) return false;
    decode_s.push_back(seconds_since(start));
    stories_bytes = storydata_bench::heap_live_bytes() - before;
  }
  std::size_t events = 0;
  for (const auto& story : stories)
    events += story.events.size();
  std::cout << "corpus\t" << path << "\t" << text.size() << "\t" << stories.size() << "\t" << events
            << "\ndecode\t" << median(decode_s) << "\t" << o.repeat << "\t" << stories_bytes
            << std::endl;

  // Index: the Corpus every query uses, and the ActorGraph that path and neighbours build.
  std::optional<storydata::Corpus> corpus;
  std::optional<storydata::ActorGraph> graph;
  std::vector<double> corpus_s, graph_s;
  std::size_t index_bytes = 0;
  for (std::size_t pass = 0; pass < o.repeat; ++pass) {
    graph.reset();
    corpus.reset();
    const std::size_t before = storydata_bench::heap_live_bytes();
    auto start = Clock::now();
    corpus.emplace(std::span<const storydata::Story>(stories));
    corpus_s.push_back(seconds_since(start));
    start = Clock::now();
    graph.emplace(*corpus);
    graph_s.push_back(seconds_since(start));
    index_bytes = storydata_bench::heap_live_bytes() - before;
  }
  std::cout << "index\t" << median(corpus_s) << "\t" << median(graph_s) << "\t" << o.repeat << "\t"
            << index_bytes << std::endl;

  for (const auto& question : questions) {
    const std::string text = instantiate(question.text, o);
    std::vector<double> wall_ms, cpu_ms;
    storydata::QueryResult result;
    const auto begin = Clock::now();
    while (wall_ms.size() < o.max_runs &&
           (wall_ms.size() < o.min_runs || seconds_since(begin) < static_cast<double>(o.budget))) {
      const std::clock_t cpu = std::clock();
      const auto start = Clock::now();
      result = storydata::query(*corpus, text);
      wall_ms.push_back(seconds_since(start) * 1e3);
      cpu_ms.push_back(static_cast<double>(std::clock() - cpu) * 1e3 / CLOCKS_PER_SEC);
    }
    if (!result.ok()) {
      std::cerr << "storydata-bench-query: " << text << ": column " << result.error->column << ": "
                << result.error->message << "\n";
      return false;
    }
    std::cout << "query\t" << question.name << "\t" << result.rows.size() << "\t" << wall_ms.size()
              << "\t" << percentile(wall_ms, 50) << "\t" << percentile(wall_ms, 99) << "\t"
              << percentile(cpu_ms, 50) << "\t" << text << std::endl;
    if (!o.rows_dir.empty()) {
      std::ofstream out(std::filesystem::path(o.rows_dir) / (std::string(question.name) + ".rows"));
      for (const auto& row : result.rows)
        out << row_line(*corpus, row) << "\n";
    }
  }
  return true;
}

} // namespace

int main(int argc, char** argv) {
  const auto options = parse_command_line(argc, argv, usage, parse);
  if (!options.rows_dir.empty()) std::filesystem::create_directories(options.rows_dir);
  for (const auto& file : options.files)
    if (!bench_file(file, options)) return 1;
  return 0;
}
