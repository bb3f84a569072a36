// docs/rules.md, generated from the rule registry.
#include <storydata/validate.hpp>

namespace storydata {

std::string rules_reference() {
  std::string out =
      "# Semantic rules\n\n"
      "Generated from the rule registry (`sdk/src/validate/registry.cpp`); do not edit: run "
      "`scripts/generate.sh`.\n\n"
      "Rules run on stories that decode without structural errors (codes SD0xx, see "
      "[diagnostics.md](diagnostics.md)). Errors make a story invalid; warnings do too under "
      "`storydata validate --strict`; infos never do. Each rule has a fixture that triggers it, "
      "with the exact diagnostics expected, in `tests/fixtures/invalid/`.\n\n"
      "| code | severity | rule | why | example |\n|---|---|---|---|---|\n";
  for (const auto& rule : rules())
    out += "| " + std::string(rule.code) + " | " + std::string(to_string(rule.severity)) + " | `" +
           std::string(rule.name) + "` | " + std::string(rule.rationale) + " | " +
           std::string(rule.example) + " |\n";
  return out;
}

} // namespace storydata
