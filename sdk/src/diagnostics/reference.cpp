// SPDX-License-Identifier: Apache-2.0
// docs/diagnostics.md, generated from the catalogue of codes.
#include "text/markdown.hpp"

#include <storydata/convert.hpp>
#include <storydata/diagnostic_codes.hpp>
#include <storydata/validate.hpp>

namespace storydata {
namespace {

/// One table of codes. `name` heads the column of their names ("" for a table without one),
/// `meaning` the column of their rationales; examples of input are written as code.
std::string code_table(std::span<const RuleInfo> codes, std::string_view name,
                       std::string_view meaning, bool examples_are_input) {
  std::string out = name.empty() ? markdown_header({"code", "severity", meaning, "example"})
                                 : markdown_header({"code", "severity", name, meaning, "example"});
  for (const auto& c : codes) {
    const std::string example =
        examples_are_input ? code_span(markdown_cell(c.example)) : markdown_cell(c.example);
    out += name.empty()
               ? markdown_row({c.code, to_string(c.severity), markdown_cell(c.rationale), example})
               : markdown_row({c.code, to_string(c.severity), code_span(c.name),
                               markdown_cell(c.rationale), example});
  }
  return out;
}

} // namespace

std::string diagnostics_reference() {
  std::string out =
      "# Diagnostic codes\n\n"
      "Generated from the catalogue, `sdk/src/diagnostics/codes.hpp`; do not edit: run "
      "`scripts/generate.sh`.\n\n"
      "Every diagnostic has a severity, a stable code, an RFC 6901 JSON Pointer, a line and "
      "column (in Unicode code points, from 1) in the source text, a message, and often a hint. "
      "Errors make a story invalid; warnings do too under `storydata validate --strict`; infos "
      "never do. Codes are never reused or renumbered.\n\n"
      "## Structural (decoding)\n\n" +
      code_table(structural_codes(), "", "meaning", true);
  out += "\nThe JSON Schema checks the same structure, except what a schema cannot see: "
         "impossible calendar dates (`2015-02-29` matches the date pattern), duplicate keys "
         "(JSON parsers keep the last one silently), invalid UTF-8 and the size and depth "
         "limits.\n\n"
         "## Semantic rules\n\n"
         "Rules run on stories that decode without structural errors, so that one missing field "
         "does not cascade into a dozen broken references. Each rule but SD202 has a fixture "
         "that triggers it, with the exact diagnostics expected, in `tests/fixtures/invalid/`.\n\n";
  out += code_table(rules(), "rule", "why", false);
  out += "\n## Conversion\n\n"
         "`storydata convert` and the conversion API (`export_story`, `import_story`) report what "
         "a conversion loses. Exporting, the pointer locates the value in the story; importing, "
         "in the input document. docs/convert.md maps every field of every format.\n\n";
  out += code_table(conversion_codes(), "name", "meaning", true);
  return out;
}

} // namespace storydata
