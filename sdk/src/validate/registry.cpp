// SPDX-License-Identifier: Apache-2.0
// The list of semantic rules, and validation as a whole: decode, check, locate, sort.
#include "codec/locate.hpp"
#include "codec/value_ops.hpp"
#include "diagnostics/codes.hpp"
#include "model/text_slot.hpp"
#include "rule.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace storydata {
namespace {

struct Rule {
  RuleInfo info;
  validation::Check check;
};

// Each semantic rule's code (the catalogue, diagnostics/codes.hpp) and its check, in code order.
constexpr std::array registry{
    Rule{code::duplicate_id, validation::duplicate_ids},
    Rule{code::invalid_value, validation::invalid_values},
    Rule{code::unresolved_reference, validation::unresolved_references},
    Rule{code::time_bounds_order, validation::time_bounds_order},
    Rule{code::time_end_before_start, validation::time_end_before_start},
    Rule{code::event_after_publication, validation::event_after_publication},
    Rule{code::contradictory_time, validation::contradictory_time},
    Rule{code::claim_after_publication, validation::claim_after_publication},
    Rule{code::span_out_of_range, validation::span_out_of_range},
    Rule{code::span_text_mismatch, validation::span_text_mismatch},
    Rule{code::span_splits_character, validation::span_splits_character},
    Rule{code::overlapping_mentions, validation::overlapping_mentions},
    Rule{code::mention_name_mismatch, validation::mention_name_mismatch},
    Rule{code::missing_role, validation::missing_roles},
    Rule{code::self_target, validation::self_target},
    Rule{code::role_kind_mismatch, validation::role_kind_mismatch},
    Rule{code::cycle, validation::cycles},
    Rule{code::self_link, validation::self_links},
    Rule{code::unattributed_certainty, validation::unattributed_certainty},
    Rule{code::attributed_statement, validation::attributed_statement},
    Rule{code::unused_actor, validation::unused_actor},
    Rule{code::quote_not_in_text, validation::quote_not_in_text},
    Rule{code::quantity_range_order, validation::quantity_range_order},
    Rule{code::implausible_quantity, validation::implausible_quantity},
};

// The registry lists the catalogue's semantic codes, in their order.
static_assert([] {
  const auto block = code::semantic();
  if (block.size() != registry.size()) return false;
  for (std::size_t i = 0; i < registry.size(); ++i)
    if (block[i].code != registry[i].info.code) return false;
  return true;
}());

} // namespace

std::span<const RuleInfo> rules() noexcept {
  return code::semantic();
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
    return std::tuple(a.code == code::too_many_problems.code, a.line, a.column, a.code) <
           std::tuple(b.code == code::too_many_problems.code, b.line, b.column, b.code);
  });
  if (out.size() > options.max_diagnostics && out.back().code != code::too_many_problems.code) {
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
  for (const auto& claim : s.claims)
    claim_list.push_back(claim.id.value);
  for (const auto& src : s.sources)
    source_list.push_back(src.id.value);
  actor_ids.insert(actor_list.begin(), actor_list.end());
  event_ids.insert(event_list.begin(), event_list.end());
  claim_ids.insert(claim_list.begin(), claim_list.end());
  source_ids.insert(source_list.begin(), source_list.end());
  offsets_.resize(text_slots(s.article));
}

const std::vector<std::size_t>& Context::code_point_offsets(const Mention& span,
                                                            std::string_view text) const {
  auto& offsets = offsets_[text_slot(story.article, span)];
  if (offsets.empty()) offsets = utf8::code_point_offsets(text); // never empty
  return offsets;
}

std::string quote(std::string_view text) {
  return codec::quote(text);
}

} // namespace validation
} // namespace storydata
