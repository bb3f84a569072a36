// SPDX-License-Identifier: Apache-2.0
// Past the limits of docs/limits.md every entry point refuses its input with a located error, in
// memory that does not grow with the input: a 100 MB document and a 100,000-deep nesting for
// each, and the inputs within the size limit that are hostile to one format.
#include "support.hpp"

#include <cstdlib>
#include <doctest/doctest.h>
#include <fstream>
#include <string_view>

using namespace storydata;

namespace {

constexpr std::size_t hundred_mb = 100'000'000;
constexpr std::size_t deep = 100'000;
constexpr std::size_t depth_limit = DecodeOptions{}.max_depth;
// What a refusal may cost beyond the input it was given: nothing that grows with the input.
constexpr std::size_t refusal_memory = std::size_t{16} << 20;

// `prefix`, a string of "a"s, `suffix`: hundred_mb bytes in all.
std::string huge(std::string_view prefix, std::string_view suffix) {
  std::string text(prefix);
  text.append(hundred_mb - prefix.size() - suffix.size(), 'a');
  return text.append(suffix);
}

// `prefix`, 100,000 nested arrays, `suffix`.
std::string nested(std::string_view prefix, std::string_view suffix) {
  return std::string(prefix) + std::string(deep, '[') + std::string(deep, ']') +
         std::string(suffix);
}

// The column of the bracket that goes past the depth limit, when `prefix` opens one object.
std::string past_the_limit(std::string_view prefix) {
  return "1:" + std::to_string(prefix.size() + depth_limit);
}

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define STORYDATA_UNDER_ASAN
#endif
#endif
#if defined(__linux__) && !defined(__EMSCRIPTEN__) && !defined(__SANITIZE_ADDRESS__) &&            \
    !defined(STORYDATA_UNDER_ASAN)
// A figure of /proc/self/status, in bytes ("VmHWM:" is the peak resident memory).
std::size_t status_bytes(std::string_view field) {
  std::ifstream status("/proc/self/status");
  for (std::string line; std::getline(status, line);)
    if (line.starts_with(field))
      return std::strtoull(line.c_str() + field.size(), nullptr, 10) << 10;
  FAIL("no " << field << " in /proc/self/status");
  return 0;
}

// Runs `run` and checks that the process's peak resident memory grew by at most `limit`: Linux's
// high-water mark is reset first (clear_refs 5). Sanitizers and WebAssembly only run it.
template <class Run> void within_memory(std::size_t limit, Run run) {
  REQUIRE((std::ofstream("/proc/self/clear_refs") << "5").good());
  const std::size_t before = status_bytes("VmRSS:");
  run();
  const std::size_t growth = status_bytes("VmHWM:") - before;
  CAPTURE(growth);
  CHECK(growth <= limit);
}
#else
template <class Run> void within_memory(std::size_t, Run run) {
  run();
}
#endif

std::string first(const std::vector<Diagnostic>& diagnostics) {
  const auto all = test::summary(diagnostics);
  return all.substr(0, all.find('\n'));
}

const std::string story_start = R"({"storydata": "1.0", "id": "s", "x-a": )";

} // namespace

TEST_CASE("a 100 MB story is refused unread: SD002 at 1:1") {
  const auto text = huge(story_start + "\"", "\"}");
  DecodeResult decoded;
  within_memory(refusal_memory, [&] { decoded = decode(text); });
  CHECK(first(decoded.diagnostics) ==
        "SD002  1:1 document too large: 100000000 bytes, the limit is 67108864");
  DecodeResult validated;
  within_memory(refusal_memory, [&] { validated = validate(text); });
  CHECK(first(validated.diagnostics) == first(decoded.diagnostics));
}

TEST_CASE("a story nested 100,000 deep: SD003 at the bracket past the limit") {
  const auto text = nested(story_start, "}");
  DecodeResult decoded;
  within_memory(refusal_memory, [&] { decoded = decode(text); });
  CHECK(first(decoded.diagnostics) ==
        "SD003 /x-a " + past_the_limit(story_start) + " nesting too deep: more than 128 levels");
}

TEST_CASE("every importer refuses a 100 MB document unread, at 1:1") {
  const auto text = huge(R"({"x": ")", "\"}");
  for (const auto& format : formats()) {
    if (!format.can_import) continue;
    CAPTURE(format.name);
    ImportResult imported;
    within_memory(refusal_memory, [&] { imported = import_story(text, format.format); });
    const auto found = first(imported.diagnostics);
    if (format.format == Format::story)
      CHECK(found.starts_with("SD002  1:1 document too large: 100000000 bytes"));
    else
      CHECK(found.ends_with(": too large: 100000000 bytes, the limit is 67108864"));
    CHECK(found.starts_with(format.format == Format::story ? "SD002  1:1" : "SD313  1:1 not "));
  }
  std::vector<Format> detected{Format::story};
  within_memory(refusal_memory, [&] { detected = detect_formats(text); });
  CHECK(detected.empty());
  Conversion converted;
  within_memory(refusal_memory,
                [&] { converted = convert_document(text, Format::ninjs3, Format::story); });
  CHECK_FALSE(converted.ok());
  CHECK(first(converted.input_diagnostics).starts_with("SD313  1:1 not "));
}

TEST_CASE("every JSON importer refuses 100,000-deep nesting at the bracket past the limit") {
  const std::string prefix = R"({"events": )";
  const auto text = nested(prefix, "}");
  for (const auto& format : formats()) {
    if (!format.can_import || format.format == Format::gdelt) continue;
    CAPTURE(format.name);
    ImportResult imported;
    within_memory(refusal_memory, [&] { imported = import_story(text, format.format); });
    const auto found = first(imported.diagnostics);
    if (format.format == Format::story) {
      CHECK(test::summary(imported.diagnostics)
                .ends_with("SD003 /events/0 " + past_the_limit(prefix) +
                           " nesting too deep: more than 128 levels\n"));
    } else {
      CHECK(found.starts_with("SD313  " + past_the_limit(prefix) + " not "));
      CHECK(found.ends_with(": nested deeper than 128 levels"));
    }
  }
  std::vector<Format> detected{Format::story};
  within_memory(refusal_memory, [&] { detected = detect_formats(text); });
  CHECK(detected.empty());
}

TEST_CASE("GDELT: a file of newlines, of tabs or of brackets costs no memory") {
  const std::string newlines(hundred_mb / 2, '\n');
  ImportResult imported;
  within_memory(refusal_memory, [&] { imported = import_story(newlines, Format::gdelt); });
  CHECK(first(imported.diagnostics) == "SD313  0:0 not GDELT 2.0 event rows: there are no rows");
  std::string tabs;
  for (std::size_t i = 0; i < hundred_mb / 4; ++i)
    tabs += "a\t";
  within_memory(refusal_memory, [&] { imported = import_story(tabs, Format::gdelt); });
  CHECK(first(imported.diagnostics) == "SD313 /0 1:1 not GDELT 2.0 event rows: line 1 has 25000001 "
                                       "tab-separated columns; a GDELT 2.0 event row has 61");
  within_memory(refusal_memory, [&] { imported = import_story(nested("", ""), Format::gdelt); });
  CHECK(first(imported.diagnostics)
            .ends_with("line 1 has 1 tab-separated columns; a GDELT 2.0 "
                       "event row has 61"));
}

TEST_CASE("ninjs: HTML nested 100,000 elements deep is read in bounded memory") {
  std::string body;
  for (std::size_t i = 0; i < deep; ++i)
    body += "<div>";
  body += "Deep text.";
  for (std::size_t i = 0; i < deep; ++i)
    body += "</div>";
  const std::string item = R"({"uri": "u", "headlines": [{"value": "H"}], "bodies": [{"role": )"
                           R"("html", "contenttype": "text/html", "value": ")" +
                           body + "\"}]}";
  ImportResult imported;
  within_memory(refusal_memory, [&] { imported = import_story(item, Format::ninjs2); });
  CHECK(imported.ok());
  REQUIRE(imported.story.article.body.size() == 1);
  CHECK(imported.story.article.body[0] == "Deep text.");
}

TEST_CASE("a query longer than 64 KiB is refused at the first character past the limit") {
  const auto story = decode(test::minimal_story()).story;
  const Corpus corpus(story);
  const auto text = huge("events where id = '", "'");
  QueryResult result;
  within_memory(refusal_memory, [&] { result = query(corpus, text); });
  REQUIRE(result.error);
  CHECK(result.error->message == "query too long: 100000000 bytes, the limit is 65536");
  CHECK(result.error->column == max_query_bytes + 1);
  within_memory(refusal_memory,
                [&] { result = query(corpus, "events where id in " + std::string(deep, '(')); });
  REQUIRE(result.error);
  CHECK(result.error->message.starts_with("query too long: "));
  // Within the limit, brackets are a syntax error at the first one out of place.
  within_memory(refusal_memory,
                [&] { result = query(corpus, "events where id in " + std::string(60'000, '(')); });
  REQUIRE(result.error);
  CHECK(result.error->column == 21);
}
