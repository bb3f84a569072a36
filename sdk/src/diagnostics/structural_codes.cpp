#include <array>
#include <storydata/diagnostic_codes.hpp>

namespace storydata {
namespace {

using enum Severity;

// Codes are stable: never reuse or renumber one. Keep the descriptions word for word those of
// docs/diagnostics.md (the CLI tests compare them).
constexpr std::array codes{
    RuleInfo{"SD001", error, "invalid-json",
             "Not valid JSON: syntax, invalid UTF-8, lone surrogates, empty input, trailing "
             "content, NaN, comments.",
             "{\"id\" \"s\"}"},
    RuleInfo{"SD002", error, "document-too-large",
             "The document is larger than the size limit (64 MiB by default).", ""},
    RuleInfo{"SD003", error, "nesting-too-deep",
             "Nesting deeper than the depth limit (128 by default); decoding stops.", "[[[[..."},
    RuleInfo{"SD004", error, "duplicate-key",
             "A key appears twice in one object; the first value is kept.",
             "{\"id\": \"a\", \"id\": \"b\"}"},
    RuleInfo{"SD009", error, "too-many-problems",
             "Too many problems: reporting stopped at the diagnostic limit (1000 by default); as "
             "severe as the worst problem it hides.",
             ""},
    RuleInfo{"SD010", error, "wrong-type",
             "A value of the wrong JSON type (null is a type, not an absent value).", "\"id\": 7"},
    RuleInfo{"SD011", error, "missing-field", "A required field is missing; points at the object.",
             "an actor without \"kind\""},
    RuleInfo{"SD012", error, "unknown-field",
             "A field the schema does not define; the hint names the nearest field, or suggests an "
             "`x-` prefix.",
             "\"nmae\": \"A\""},
    RuleInfo{"SD013", error, "unknown-enum-value",
             "A value outside an enumeration; the message lists the allowed values, the hint the "
             "nearest.",
             "\"kind\": \"persn\""},
    RuleInfo{"SD014", error, "malformed-value",
             "A string that does not follow its format: ids, dates.", "\"start\": \"2015-02-29\""},
    RuleInfo{"SD015", error, "number-out-of-range",
             "A number out of range for its field, or too large for a double.",
             "\"start\": -1, or 1e999"},
    RuleInfo{"SD020", error, "unsupported-version",
             "The document declares a schema version this SDK cannot read; reported alone.",
             "\"storydata\": \"2.0\""},
};

} // namespace

std::span<const RuleInfo> structural_codes() noexcept {
  return codes;
}

} // namespace storydata
