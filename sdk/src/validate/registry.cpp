// The list of semantic rules, and validation as a whole: decode, check, locate, sort.
#include "codec/locate.hpp"
#include "codec/value_ops.hpp"
#include "rule.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace storydata {
namespace {

using enum Severity;

struct Rule {
  RuleInfo info;
  validation::Check check;
};

// Codes are stable: never reuse or renumber one. SD20x ids, SD21x references, SD22x time,
// SD23x text spans, SD24x event roles, SD25x cycles, SD26x attribution, SD27x coverage.
constexpr std::array registry{
    Rule{{"SD201", error, "duplicate-id",
          "References by id are ambiguous when two objects of a collection share one.",
          "two actors with the id \"nsa\""},
         validation::duplicate_ids},
    Rule{{"SD202", error, "invalid-value",
          "A story built in code can hold what no document can: impossible dates, malformed ids, "
          "enum values out of range, extension fields that are not JSON. Decoded stories never "
          "do (the decoder reports SD013 and SD014 instead).",
          "PartialDate{2015, 2, 30} in a Story built in C++"},
         validation::invalid_values},
    Rule{{"SD210", error, "unresolved-reference",
          "A reference to an id that does not exist is a broken link in the story.",
          "a participant \"actor\": \"south-koera\" when the actor is \"south-korea\""},
         validation::unresolved_references},
    Rule{{"SD220", error, "time-bounds-order",
          "A window whose earliest date is after its latest, or a date outside its own window, "
          "cannot be placed on a timeline.",
          "\"not_before\": \"2015\" with \"not_after\": \"2010\""},
         validation::time_bounds_order},
    Rule{{"SD221", error, "time-end-before-start", "Nothing ends before it begins.",
          "\"start\": \"2014-12\" with \"end\": \"2014-11\""},
         validation::time_end_before_start},
    Rule{{"SD222", warning, "event-after-publication",
          "An article cannot report as past what happens after it was published; planned, "
          "expected and hypothetical events are exempt.",
          "an event in 2016 in an article published in 2015"},
         validation::event_after_publication},
    Rule{{"SD223", warning, "contradictory-time",
          "Flags that contradict the dates (ongoing with an end) or a time that says nothing "
          "(no date and no label) are likely mistakes.",
          "\"ongoing\": true with \"end\": \"2014\""},
         validation::contradictory_time},
    Rule{{"SD230", error, "span-out-of-range",
          "A span must lie inside an existing paragraph and contain at least one code point.",
          "\"paragraph\": 20 in an article of 15 paragraphs"},
         validation::span_out_of_range},
    Rule{{"SD231", error, "span-text-mismatch",
          "When a span records its text, the text must be what the span covers: otherwise the "
          "body changed and the span points at the wrong words.",
          "\"text\": \"Seoul\" over the characters \"South\""},
         validation::span_text_mismatch},
    Rule{{"SD232", warning, "span-splits-character",
          "A span that starts or ends inside a user-perceived character (before a combining "
          "accent, inside an emoji sequence) highlights half a letter.",
          "a span ending between \"e\" and a combining acute accent"},
         validation::span_splits_character},
    Rule{{"SD233", warning, "overlapping-mentions",
          "Two mentions of one actor over the same characters count that mention twice.",
          "mentions 10-21 and 15-25 of the same actor in one paragraph"},
         validation::overlapping_mentions},
    Rule{{"SD234", warning, "mention-name-mismatch",
          "A mention should read as the actor's name or one of its aliases; otherwise it points "
          "at the wrong words or an alias is missing.",
          "a mention of \"south-korea\" that reads \"North Korea\""},
         validation::mention_name_mismatch},
    Rule{{"SD240", error, "missing-role",
          "Some kinds of event are meaningless without certain participants: espionage needs a "
          "spy and a target, a publication a publisher.",
          "an espionage event with no target"},
         validation::missing_roles},
    Rule{{"SD241", warning, "self-target",
          "An actor that targets itself is almost always a mistake in the participants "
          "(cooperation, meetings and agreements are exempt).",
          "\"nsa\" as both agent and target of an espionage event"},
         validation::self_target},
    Rule{{"SD250", error, "cycle",
          "Membership, provenance and part-of chains must lead somewhere: a cycle has no top, no "
          "original source, no whole.",
          "a source derived from a source derived from itself"},
         validation::cycles},
    Rule{{"SD260", warning, "unattributed-certainty",
          "Reported, alleged, confirmed and denied all name who reports, alleges, confirms or "
          "denies; without `according_to` the reader cannot tell.",
          "\"certainty\": \"alleged\" with no \"according_to\""},
         validation::unattributed_certainty},
    Rule{{"SD261", warning, "attributed-statement",
          "\"stated\" is the article's own voice; something said on someone's word is "
          "\"reported\" (or alleged, confirmed...).",
          "\"certainty\": \"stated\" with \"according_to\": [\"nsa-document\"]"},
         validation::attributed_statement},
    Rule{{"SD270", info, "unused-actor",
          "An actor that is neither mentioned in the text nor referenced by anything is probably "
          "left over.",
          "an actor with no mentions that no event, relation, claim or source names"},
         validation::unused_actor},
    Rule{{"SD271", warning, "quote-not-in-text",
          "A verbatim quote should appear in the article word for word.",
          "\"quote\": true with text that the body does not contain"},
         validation::quote_not_in_text},
};

constexpr auto rule_infos = [] {
  std::array<RuleInfo, registry.size()> infos{};
  for (std::size_t i = 0; i < registry.size(); ++i)
    infos[i] = registry[i].info;
  return infos;
}();

} // namespace

std::span<const RuleInfo> rules() noexcept {
  return rule_infos;
}

std::vector<Diagnostic> check(const Story& story) {
  const validation::Context context(story);
  std::vector<Diagnostic> out;
  for (const auto& rule : registry)
    rule.check(context, validation::Reporter(rule.info, out));
  return out;
}

DecodeResult validate(std::string_view json, const DecodeOptions& options) {
  DecodeResult result = decode(json, options);
  auto& out = result.diagnostics;
  if (result.ok()) {
    auto found = check(result.story);
    codec::locate(json, found);
    out.insert(out.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  }
  // Decoding reports in document order except for missing fields (at the end of their object)
  // and a cut list ends with SD009: order everything by position, the cut marker last.
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tuple(a.code == "SD009", a.line, a.column, a.code) <
           std::tuple(b.code == "SD009", b.line, b.column, b.code);
  });
  if (out.size() > options.max_diagnostics && out.back().code != "SD009") {
    // The marker is as severe as the worst problem it hides (Severity runs error < info).
    Diagnostic cut = codec::limit_reached(options.max_diagnostics);
    cut.severity =
        std::min_element(
            out.begin() + static_cast<std::ptrdiff_t>(options.max_diagnostics), out.end(),
            [](const Diagnostic& a, const Diagnostic& b) { return a.severity < b.severity; })
            ->severity;
    out.resize(options.max_diagnostics);
    cut.pointer = out.back().pointer; // where reporting stopped
    cut.line = out.back().line;
    cut.column = out.back().column;
    out.push_back(std::move(cut));
  }
  return result;
}

namespace validation {

Context::Context(const Story& s) : story(s) {
  for (const auto& a : s.actors)
    actor_list.push_back(a.id.value);
  for (const auto& e : s.events)
    event_list.push_back(e.id.value);
  for (const auto& src : s.sources)
    source_list.push_back(src.id.value);
  actor_ids.insert(actor_list.begin(), actor_list.end());
  event_ids.insert(event_list.begin(), event_list.end());
  source_ids.insert(source_list.begin(), source_list.end());
  for (const auto& paragraph : s.article.body)
    paragraph_offsets.push_back(utf8::code_point_offsets(paragraph));
}

std::string quote(std::string_view text) {
  return codec::quote(text);
}

} // namespace validation
} // namespace storydata
