// SPDX-License-Identifier: Apache-2.0
// storydata-bench-decode: storydata::decode against what a C++ user would otherwise write,
// nlohmann::json::parse into a DOM, on the same documents in the same run.
#include "command_line.hpp"
#include "corpus.hpp"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <optional>
#include <storydata/codec.hpp>
#include <storydata/validate.hpp>
#include <string>
#include <vector>

namespace {

const char* const usage =
    R"(usage: storydata-bench-decode [--seed N] [--stories N] [--events N] [--repeat R] [FILE...]

Decodes a corpus with storydata::decode and with nlohmann::json::parse (DOM), and, for scale,
with a no-op nlohmann SAX handler, storydata::validate and storydata::encode; prints the median
throughput over R repeats (default 7).
Without FILEs the corpus is generated (seed 1, 100 stories of 50 events by default); a FILE
ending in .ndjson holds one story per line.
)";

using Clock = std::chrono::steady_clock;

struct Options {
  storydata_bench::CorpusSpec spec;
  std::size_t repeat = 7;
  std::vector<std::string> files;
};

std::optional<Options> parse(int argc, char** argv) {
  Options o;
  const bool ok = each_argument(
      argc, argv, [](std::string_view) { return false; },
      [&](std::string_view name, std::string_view value) {
        if (name != "--repeat") return corpus_option(o.spec, name, value);
        const auto n = number(value);
        if (!n || *n == 0) return false;
        o.repeat = *n;
        return true;
      },
      [&](std::string_view path) {
        o.files.emplace_back(path);
        return true;
      });
  if (!ok) return std::nullopt;
  return o;
}

bool read_documents(const std::string& path, std::vector<std::string>& documents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::string text(std::istreambuf_iterator<char>(in), {});
  if (!path.ends_with(".ndjson")) {
    documents.push_back(std::move(text));
    return true;
  }
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t end = std::min(text.find('\n', from), text.size());
    if (end > from) documents.push_back(text.substr(from, end - from));
    from = end + 1;
  }
  return true;
}

/// A SAX handler that only counts: nlohmann's parser alone, the floor under both decoders.
struct CountingSax {
  std::size_t events = 0;
  bool null() { return ++events; }
  bool boolean(bool) { return ++events; }
  bool number_integer(std::int64_t) { return ++events; }
  bool number_unsigned(std::uint64_t) { return ++events; }
  bool number_float(double, const std::string&) { return ++events; }
  bool string(std::string&) { return ++events; }
  bool binary(std::vector<std::uint8_t>&) { return ++events; }
  bool start_object(std::size_t) { return ++events; }
  bool key(std::string&) { return ++events; }
  bool end_object() { return ++events; }
  bool start_array(std::size_t) { return ++events; }
  bool end_array() { return ++events; }
  template <class Exception> bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }
};

/// One contender: a pass over every document, returning something that depends on all the work,
/// and the bytes it reads or writes in a pass.
struct Contender {
  std::string name;
  std::function<std::size_t()> pass;
  std::size_t bytes;
  std::vector<double> seconds{};
};

/// A pass that applies `work` to every item and sums what it returns.
template <class T, class Work>
std::function<std::size_t()> each(const std::vector<T>& items, Work work) {
  return [&items, work] {
    std::size_t n = 0;
    for (const auto& item : items)
      n += work(item);
    return n;
  };
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

int main(int argc, char** argv) {
  const auto options = parse_command_line(argc, argv, usage, parse);
  std::vector<std::string> documents;
  if (options.files.empty()) {
    documents = storydata_bench::generate_corpus(options.spec);
  } else {
    for (const auto& path : options.files) {
      if (!read_documents(path, documents)) {
        std::cerr << "storydata-bench-decode: cannot read " << path << "\n";
        return 2;
      }
    }
  }
  if (documents.empty()) {
    std::cerr << "storydata-bench-decode: no documents\n";
    return 2;
  }

  // Decode once outside the timing: to report documents with problems (the comparison is only
  // fair on valid input) and to have stories for the encoder.
  std::vector<storydata::Story> stories;
  std::size_t bytes = 0, events = 0, with_diagnostics = 0;
  for (const auto& d : documents) {
    auto result = storydata::decode(d);
    bytes += d.size();
    events += result.story.events.size();
    with_diagnostics += !result.diagnostics.empty();
    stories.push_back(std::move(result.story));
  }
  std::size_t encoded_bytes = 0;
  for (const auto& s : stories)
    encoded_bytes += storydata::encode(s).size();

  // The first two are the comparison the ratio reports; the others place it: the parser alone,
  // decoding plus the semantic rules, and the way back to text.
  const auto decoded = [](const auto& result) {
    return result.story.events.size() + result.diagnostics.size();
  };
  std::vector<Contender> contenders;
  contenders.push_back(
      {"storydata::decode",
       each(documents, [&](const auto& d) { return decoded(storydata::decode(d)); }), bytes});
  contenders.push_back(
      {"nlohmann::json::parse (DOM)",
       each(documents,
            [](const auto& d) { return nlohmann::json::parse(d, nullptr, false).size(); }),
       bytes});
  contenders.push_back({"nlohmann sax_parse (no-op)",
                        each(documents,
                             [](const auto& d) {
                               CountingSax sax;
                               nlohmann::json::sax_parse(d, &sax);
                               return sax.events;
                             }),
                        bytes});
  contenders.push_back(
      {"storydata::validate",
       each(documents, [&](const auto& d) { return decoded(storydata::validate(d)); }), bytes});
  contenders.push_back({"storydata::encode",
                        each(stories, [](const auto& s) { return storydata::encode(s).size(); }),
                        encoded_bytes});

  // A warm-up pass each, then the repeats interleaved so that drift on a shared machine touches
  // every contender alike. Results go to a volatile sink so that no pass can be optimised away.
  volatile std::size_t sink = 0;
  for (auto& c : contenders)
    sink = sink + c.pass();
  for (std::size_t r = 0; r < options.repeat; ++r) {
    for (auto& c : contenders) {
      const auto start = Clock::now();
      sink = sink + c.pass();
      c.seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    }
  }

  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("corpus: %zu documents, %.2f MB (%.1f kB/doc), %zu events; median of %zu repeats\n",
              documents.size(), mb, mb * 1e3 / documents.size(), events, options.repeat);
  if (with_diagnostics > 0)
    std::printf("warning: %zu document(s) have diagnostics; the comparison assumes valid input\n",
                with_diagnostics);
  std::printf("%-30s %10s %12s %10s\n", "", "MB/s", "docs/s", "ms/pass");
  std::vector<double> throughput;
  for (const auto& c : contenders) {
    std::vector<double> rates;
    for (double s : c.seconds)
      rates.push_back(c.bytes / 1e6 / s);
    throughput.push_back(median(rates));
    const double seconds = median(c.seconds);
    std::printf("%-30s %10.1f %12.1f %10.2f\n", c.name.c_str(), throughput.back(),
                documents.size() / seconds, seconds * 1e3);
  }
  std::printf("ratio storydata/nlohmann-dom = %.2f\n", throughput[0] / throughput[1]);
  return 0;
}
