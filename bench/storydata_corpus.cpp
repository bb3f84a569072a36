// SPDX-License-Identifier: Apache-2.0
// storydata-corpus: writes a generated corpus as one story per file or as NDJSON.
#include "command_line.hpp"
#include "corpus.hpp"
#include "corpus_check.hpp"

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <storydata/codec.hpp>
#include <string>

namespace {

const char* const usage =
    R"(usage: storydata-corpus [--seed N] [--stories N] [--events N] [--out DIR | --ndjson FILE] [--check]

  --seed N       corpus seed (default 1); the same seed gives the same bytes on every platform
  --stories N    number of stories (default 100)
  --events N     events per story (default 50); actors, claims, sources, ... follow from it
  --out DIR      write DIR/story-00001.json, ... (canonical JSON, as storydata::encode writes it)
  --ndjson FILE  write one compact story per line
  --check        validate every story (no diagnostics at all), round-trip it, check its
                 references, ids and spans independently; exit 1 on any problem
)";

struct Options {
  storydata_bench::CorpusSpec spec;
  std::string out_dir;
  std::string ndjson;
  bool check = false;
};

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  const bool ok = each_argument(
      argc, argv, [&](std::string_view name) { return name == "--check" && (o.check = true); },
      [&](std::string_view name, std::string_view value) {
        if (name == "--out") return (o.out_dir = value, true);
        if (name == "--ndjson") return (o.ndjson = value, true);
        return corpus_option(o.spec, name, value);
      },
      [](std::string_view) { return false; });
  if (!ok) return std::nullopt;
  // One output at most; with none, --check alone is useful.
  if (!o.out_dir.empty() && !o.ndjson.empty()) return std::nullopt;
  if (o.out_dir.empty() && o.ndjson.empty() && !o.check) return std::nullopt;
  return o;
}

std::string file_name(std::size_t index) {
  char name[32];
  std::snprintf(name, sizeof name, "story-%05zu.json", index + 1);
  return name;
}

/// The canonical text without its layout; ordered_json keeps the canonical field order.
std::string compact(const std::string& json) {
  return nlohmann::ordered_json::parse(json, nullptr, false).dump() + "\n";
}

} // namespace

int main(int argc, char** argv) {
  const auto options = parse_command_line(argc, argv, usage, parse);
  const auto& spec = options.spec;
  std::ofstream ndjson;
  if (!options.ndjson.empty()) {
    ndjson.open(options.ndjson, std::ios::binary);
    if (!ndjson) {
      std::cerr << "storydata-corpus: cannot write " << options.ndjson << "\n";
      return 2;
    }
  }
  if (!options.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.out_dir, error);
    if (error) {
      std::cerr << "storydata-corpus: cannot create " << options.out_dir << ": " << error.message()
                << "\n";
      return 2;
    }
  }

  std::size_t bytes = 0, events = 0, actors = 0, mentions = 0, problems = 0;
  for (std::size_t i = 0; i < spec.stories; ++i) {
    const auto story = storydata_bench::generate_story(spec.seed, i, spec.events);
    const std::string json = storydata::encode(story);
    events += story.events.size();
    actors += story.actors.size();
    for (const auto& a : story.actors)
      mentions += a.mentions.size();
    if (options.check) {
      for (const auto& p : storydata_bench::check_story(story, json)) {
        if (++problems <= 20) std::cerr << file_name(i) << ": " << p << "\n";
      }
    }
    if (!options.out_dir.empty()) {
      std::ofstream out(std::filesystem::path(options.out_dir) / file_name(i), std::ios::binary);
      out << json;
      bytes += json.size();
      if (!out) {
        std::cerr << "storydata-corpus: cannot write " << options.out_dir << "\n";
        return 2;
      }
    } else if (ndjson.is_open()) {
      const std::string line = compact(json);
      ndjson << line;
      bytes += line.size();
    } else {
      bytes += json.size();
    }
  }
  if (ndjson.is_open() && !ndjson.flush()) {
    std::cerr << "storydata-corpus: cannot write " << options.ndjson << "\n";
    return 2;
  }

  const std::string n = std::to_string(spec.stories);
  const std::string where = !options.out_dir.empty()  ? n + " file(s) in " + options.out_dir
                            : !options.ndjson.empty() ? n + " line(s) to " + options.ndjson
                                                      : n + " story(ies), not written";
  std::cout << "seed " << spec.seed << ": " << where << ", " << bytes << " bytes, " << events
            << " events, " << actors << " actors, " << mentions << " mentions\n";
  if (options.check) {
    std::cout << "check: "
              << (problems == 0 ? "every story validates with no diagnostics and is sound"
                                : std::to_string(problems) + " problem(s)")
              << "\n";
  }
  return problems == 0 ? 0 : 1;
}
