// SPDX-License-Identifier: Apache-2.0
// Every diagnostic code, once: its stable id, severity, kebab-case name, why it exists and what
// triggers it. Report sites name these constants; docs/diagnostics.md, the SARIF rules and the
// public lists (structural_codes(), rules(), conversion_codes()) are read from `all`. No other
// source file spells a code (tests/test_diagnostic_codes.cpp checks), and every code but those of
// stories built in code has a golden fixture. Codes are stable: never reuse or renumber one.
// SD0xx decoding; SD20x ids, SD21x references, SD22x time, SD23x text spans, SD24x event roles,
// SD25x cycles, SD26x attribution, SD27x coverage, SD28x quantities; SD30x export, SD31x import.
#pragma once

#include <array>
#include <span>
#include <storydata/diagnostic.hpp>
#include <storydata/validate.hpp>
#include <string>

namespace storydata::code {

using enum Severity;

inline constexpr RuleInfo invalid_json{
    "SD001", error, "invalid-json",
    "Not valid JSON: syntax, invalid UTF-8, lone surrogates, empty input, trailing "
    "content, NaN, comments.",
    "{\"id\" \"s\"}"};
inline constexpr RuleInfo document_too_large{
    "SD002", error, "document-too-large",
    "The document is larger than the size limit (64 MiB by default).", ""};
inline constexpr RuleInfo nesting_too_deep{
    "SD003", error, "nesting-too-deep",
    "Nesting deeper than the depth limit (128 by default); decoding stops.", "[[[[..."};
inline constexpr RuleInfo duplicate_key{
    "SD004", error, "duplicate-key", "A key appears twice in one object; the first value is kept.",
    "{\"id\": \"a\", \"id\": \"b\"}"};
inline constexpr RuleInfo too_many_problems{
    "SD009", error, "too-many-problems",
    "Too many problems: reporting stopped at the diagnostic limit (1000 by default); as "
    "severe as the worst problem it hides.",
    ""};
inline constexpr RuleInfo wrong_type{
    "SD010", error, "wrong-type",
    "A value of the wrong JSON type (null is a type, not an absent value).", "\"id\": 7"};
inline constexpr RuleInfo missing_field{"SD011", error, "missing-field",
                                        "A required field is missing; points at the object.",
                                        "an actor without \"kind\""};
inline constexpr RuleInfo unknown_field{
    "SD012", error, "unknown-field",
    "A field the schema does not define; the hint names the nearest field, or suggests an "
    "`x-` prefix.",
    "\"nmae\": \"A\""};
inline constexpr RuleInfo unknown_enum_value{
    "SD013", error, "unknown-enum-value",
    "A value outside an enumeration; the message lists the allowed values, the hint the "
    "nearest.",
    "\"kind\": \"persn\""};
inline constexpr RuleInfo malformed_value{"SD014", error, "malformed-value",
                                          "A string that does not follow its format: ids, dates.",
                                          "\"start\": \"2015-02-29\""};
inline constexpr RuleInfo number_out_of_range{
    "SD015", error, "number-out-of-range",
    "A number out of range for its field, or too large for a double.", "\"start\": -1, or 1e999"};
inline constexpr RuleInfo unsupported_version{
    "SD020", error, "unsupported-version",
    "The document declares a schema version this SDK cannot read; reported alone.",
    "\"storydata\": \"2.0\""};
inline constexpr RuleInfo duplicate_id{
    "SD201", error, "duplicate-id",
    "References by id are ambiguous when two objects of a collection share one.",
    "two actors with the id \"nsa\""};
inline constexpr RuleInfo invalid_value{
    "SD202", error, "invalid-value",
    "A story built in code can hold what no document can: impossible dates, malformed ids, "
    "enum values out of range, extension fields that are not JSON. Decoded stories never "
    "do (the decoder reports SD013 and SD014 instead).",
    "PartialDate{2015, 2, 30} in a Story built in C++"};
inline constexpr RuleInfo unresolved_reference{
    "SD210", error, "unresolved-reference",
    "A reference to an id that does not exist is a broken link in the story.",
    "a participant \"actor\": \"south-koera\" when the actor is \"south-korea\""};
inline constexpr RuleInfo time_bounds_order{
    "SD220", error, "time-bounds-order",
    "A window whose earliest date is after its latest, or a date outside its own window, "
    "cannot be placed on a timeline.",
    "\"not_before\": \"2015\" with \"not_after\": \"2010\""};
inline constexpr RuleInfo time_end_before_start{"SD221", error, "time-end-before-start",
                                                "Nothing ends before it begins.",
                                                "\"start\": \"2014-12\" with \"end\": \"2014-11\""};
inline constexpr RuleInfo event_after_publication{
    "SD222", warning, "event-after-publication",
    "An article cannot report as past what happens after it was published; events that have "
    "not taken place (planned, expected, averted, hypothetical, conditional) are exempt.",
    "an event in 2016 in an article published in 2015"};
inline constexpr RuleInfo contradictory_time{
    "SD223", warning, "contradictory-time",
    "Flags that contradict the dates (ongoing with an end) or a time that says nothing "
    "(no date and no label) are likely mistakes.",
    "\"ongoing\": true with \"end\": \"2014\""};
inline constexpr RuleInfo claim_after_publication{
    "SD224", warning, "claim-after-publication",
    "An article cannot report what was said after it was published.",
    "a claim made in 2016 in an article published in 2015"};
inline constexpr RuleInfo span_out_of_range{
    "SD230", error, "span-out-of-range",
    "A span must lie inside an existing paragraph and contain at least one code point.",
    "\"paragraph\": 20 in an article of 15 paragraphs"};
inline constexpr RuleInfo span_text_mismatch{
    "SD231", error, "span-text-mismatch",
    "When a span records its text, the text must be what the span covers: otherwise the "
    "body changed and the span points at the wrong words.",
    "\"text\": \"Seoul\" over the characters \"South\""};
inline constexpr RuleInfo span_splits_character{
    "SD232", warning, "span-splits-character",
    "A span that starts or ends inside a user-perceived character (before a combining "
    "accent, inside an emoji sequence) highlights half a letter.",
    "a span ending between \"e\" and a combining acute accent"};
inline constexpr RuleInfo overlapping_mentions{
    "SD233", warning, "overlapping-mentions",
    "Two mentions of one actor over the same characters count that mention twice.",
    "mentions 10-21 and 15-25 of the same actor in one paragraph"};
inline constexpr RuleInfo mention_name_mismatch{
    "SD234", warning, "mention-name-mismatch",
    "A mention by name should read as the actor's name or one of its aliases; otherwise it "
    "points at the wrong words or an alias is missing. Mentions with another form (nominal, "
    "pronoun, quantified) are exempt.",
    "a mention of \"south-korea\" that reads \"North Korea\""};
inline constexpr RuleInfo missing_role{
    "SD240", error, "missing-role",
    "Some kinds of event are meaningless without certain participants: espionage needs a "
    "spy and a target, a publication a publisher.",
    "an espionage event with no target"};
inline constexpr RuleInfo self_target{
    "SD241", warning, "self-target",
    "An actor that targets itself is almost always a mistake in the participants "
    "(cooperation, meetings and agreements are exempt).",
    "\"nsa\" as both agent and target of an espionage event"};
inline constexpr RuleInfo role_kind_mismatch{
    "SD242", warning, "role-kind-mismatch",
    "Some roles need a certain kind of actor: an event's place or location is a country or a "
    "location, so are both ends of an actor's `within`, and who acts (agent, speaker, "
    "publisher, judge, ...) cannot be a document, a work, a program or a law.",
    "a person as an event's place"};
inline constexpr RuleInfo cycle{
    "SD250", error, "cycle",
    "Membership, provenance, part-of and containment chains must lead somewhere: a cycle has "
    "no top, no original source, no whole, no outermost place.",
    "a source derived from a source derived from itself"};
inline constexpr RuleInfo self_link{
    "SD251", error, "self-link",
    "A link says how an event or a claim relates to another one; a link to itself says "
    "nothing (an event part of itself is a cycle, SD250).",
    "a claim that contradicts itself"};
inline constexpr RuleInfo unattributed_certainty{
    "SD260", warning, "unattributed-certainty",
    "Reported, alleged, confirmed and denied all name who reports, alleges, confirms or "
    "denies; without `according_to` the reader cannot tell.",
    "\"certainty\": \"alleged\" with no \"according_to\""};
inline constexpr RuleInfo attributed_statement{
    "SD261", warning, "attributed-statement",
    "\"stated\" is the article's own voice; something said on someone's word is "
    "\"reported\" (or alleged, confirmed...).",
    "\"certainty\": \"stated\" with \"according_to\": [\"nsa-document\"]"};
inline constexpr RuleInfo unused_actor{
    "SD270", info, "unused-actor",
    "An actor that is neither mentioned in the text nor referenced by anything is probably "
    "left over.",
    "an actor with no mentions that no event, relation, claim or source names"};
inline constexpr RuleInfo quote_not_in_text{
    "SD271", warning, "quote-not-in-text",
    "A verbatim quote should appear in the article word for word.",
    "\"quote\": true with text that the body does not contain"};
inline constexpr RuleInfo quantity_range_order{
    "SD280", error, "quantity-range-order",
    "A range's upper end cannot be below its lower end (`value`).",
    "{\"value\": 300, \"upper\": 200}"};
inline constexpr RuleInfo implausible_quantity{
    "SD281", warning, "implausible-quantity",
    "A number its measure cannot take (a negative or fractional toll, a share above 100 "
    "percent), or a measure that needs a unit without one (money without its currency).",
    "a death toll of 2.5"};
inline constexpr RuleInfo export_drops_field{
    "SD301", warning, "export-drops-field",
    "The target format cannot hold this value; it is left out of the export.",
    "an event's `evidence` exported to TimelineJS"};
inline constexpr RuleInfo export_approximates_value{
    "SD302", warning, "export-approximates-value",
    "The target format holds this value only approximately (a vague time as a range, a "
    "certainty as a number).",
    "\"time\": {\"label\": \"in recent years\"} exported to STIX"};
inline constexpr RuleInfo cannot_export{"SD303", error, "cannot-export",
                                        "The story cannot be written in the target format at all.",
                                        ""};
inline constexpr RuleInfo import_ignores_field{
    "SD311", warning, "import-ignores-field",
    "A value of the input that storydata has no place for; it is left out of the story.",
    "a STIX indicator's `pattern`"};
inline constexpr RuleInfo import_approximates_value{
    "SD312", warning, "import-approximates-value",
    "A value of the input mapped to the nearest storydata value.",
    "a CAMEO code without an event kind of its own, imported as `other`"};
inline constexpr RuleInfo not_this_format{
    "SD313", error, "not-this-format", "The input is not a document of the format it is read as.",
    "a ninjs document read as STIX"};

/// The catalogue, in code order.
inline constexpr std::array all{invalid_json,
                                document_too_large,
                                nesting_too_deep,
                                duplicate_key,
                                too_many_problems,
                                wrong_type,
                                missing_field,
                                unknown_field,
                                unknown_enum_value,
                                malformed_value,
                                number_out_of_range,
                                unsupported_version,
                                duplicate_id,
                                invalid_value,
                                unresolved_reference,
                                time_bounds_order,
                                time_end_before_start,
                                event_after_publication,
                                contradictory_time,
                                claim_after_publication,
                                span_out_of_range,
                                span_text_mismatch,
                                span_splits_character,
                                overlapping_mentions,
                                mention_name_mismatch,
                                missing_role,
                                self_target,
                                role_kind_mismatch,
                                cycle,
                                self_link,
                                unattributed_certainty,
                                attributed_statement,
                                unused_actor,
                                quote_not_in_text,
                                quantity_range_order,
                                implausible_quantity,
                                export_drops_field,
                                export_approximates_value,
                                cannot_export,
                                import_ignores_field,
                                import_approximates_value,
                                not_this_format};

/// The codes from `first` up to (not including) `end`: a block of the catalogue.
constexpr std::span<const RuleInfo> block(std::string_view first, std::string_view end) noexcept {
  std::size_t from = 0, to = 0;
  for (std::size_t i = 0; i < all.size(); ++i) {
    if (all[i].code < first) from = i + 1;
    if (all[i].code < end) to = i + 1;
  }
  return std::span(all).subspan(from, to - from);
}

constexpr std::span<const RuleInfo> structural() noexcept {
  return block("SD000", "SD100");
}
constexpr std::span<const RuleInfo> semantic() noexcept {
  return block("SD200", "SD300");
}
constexpr std::span<const RuleInfo> conversion() noexcept {
  return block("SD300", "SD400");
}

/// A diagnostic of `code`, at `pointer` (located later, or never for a story without text).
inline Diagnostic diagnostic(const RuleInfo& code, std::string pointer, std::string message,
                             std::string hint = {}) {
  return {code.severity,      std::string(code.code), std::move(pointer), 0, 0,
          std::move(message), std::move(hint)};
}

} // namespace storydata::code
