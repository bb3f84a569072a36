// SPDX-License-Identifier: Apache-2.0
// `storydata schema` and `storydata rules`: the reference data the SDK carries.
#include "command.hpp"

#include <algorithm>
#include <iostream>
#include <storydata/schema.hpp>
#include <storydata/validate.hpp>

namespace storydata::cli {
namespace {

constexpr std::string_view schema_help =
    R"(Prints the JSON Schema (draft 2020-12) of story documents.

options:
  -h, --help             show this help
  --version              show the SDK and schema versions
)";

constexpr std::string_view rules_help =
    R"(Lists the semantic rules that `storydata validate` checks after the structure: code,
severity, name and why the rule exists (docs/diagnostics.md lists them with examples, and the
structural codes, SD0xx, too).

options:
  -h, --help             show this help
  --version              show the SDK and schema versions
)";

int print_schema(const Options&) {
  std::cout << json_schema() << std::flush;
  return exit_ok;
}

int print_rules(const Options&) {
  std::size_t name_width = 0;
  for (const RuleInfo& rule : rules())
    name_width = std::max(name_width, rule.name.size());
  for (const RuleInfo& rule : rules()) {
    const std::string_view severity = to_string(rule.severity);
    std::cout << rule.code << "  " << severity << std::string(9 - severity.size(), ' ') << rule.name
              << std::string(name_width + 2 - rule.name.size(), ' ') << rule.rationale << "\n";
  }
  return exit_ok;
}

} // namespace

constinit const Command schema_command{"schema",
                                       "print the JSON Schema of story documents",
                                       "storydata schema",
                                       schema_help,
                                       {},
                                       0,
                                       0,
                                       print_schema};

constinit const Command rules_command{"rules",
                                      "list the semantic rules: code, severity, name, rationale",
                                      "storydata rules",
                                      rules_help,
                                      {},
                                      0,
                                      0,
                                      print_rules};

} // namespace storydata::cli
