// SPDX-License-Identifier: Apache-2.0
// What a semantic rule sees and how it reports. Rules are plain functions, registered with their
// code and rationale in registry.cpp.
#pragma once

#include "text/json_pointer.hpp"

#include <storydata/validate.hpp>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace storydata::validation {

/// The story and the ids of each collection, computed once for all rules.
struct Context {
  explicit Context(const Story& story);

  const Story& story;
  std::unordered_set<std::string_view> actor_ids, event_ids, claim_ids, source_ids;
  /// In story order, for hints.
  std::vector<std::string_view> actor_list, event_list, claim_list, source_list;

  /// The byte offset of each code point of `text`, the text `span` counts in (spanned_text), see
  /// utf8::code_point_offsets. Found when a rule first asks: texts without spans cost no memory
  /// (8 bytes a code point).
  const std::vector<std::size_t>& code_point_offsets(const Mention& span,
                                                     std::string_view text) const;

private:
  mutable std::vector<std::vector<std::size_t>> offsets_; ///< by text_slot, empty until asked for
};

/// Adds diagnostics for one rule: its code and severity, the caller's pointer and message.
class Reporter {
public:
  Reporter(const RuleInfo& rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}
  void operator()(std::string pointer, std::string message, std::string hint = {}) const {
    out_.push_back({rule_.severity, std::string(rule_.code), std::move(pointer), 0, 0,
                    std::move(message), std::move(hint)});
  }

private:
  const RuleInfo& rule_;
  std::vector<Diagnostic>& out_;
};

using Check = void (*)(const Context&, const Reporter&);

// One function per rule; registry.cpp pairs each with its RuleInfo.
void duplicate_ids(const Context&, const Reporter&);
void invalid_values(const Context&, const Reporter&);
void unresolved_references(const Context&, const Reporter&);
void time_bounds_order(const Context&, const Reporter&);
void time_end_before_start(const Context&, const Reporter&);
void event_after_publication(const Context&, const Reporter&);
void contradictory_time(const Context&, const Reporter&);
void claim_after_publication(const Context&, const Reporter&);
void span_out_of_range(const Context&, const Reporter&);
void span_text_mismatch(const Context&, const Reporter&);
void span_splits_character(const Context&, const Reporter&);
void overlapping_mentions(const Context&, const Reporter&);
void mention_name_mismatch(const Context&, const Reporter&);
void missing_roles(const Context&, const Reporter&);
void self_target(const Context&, const Reporter&);
void role_kind_mismatch(const Context&, const Reporter&);
void cycles(const Context&, const Reporter&);
void self_links(const Context&, const Reporter&);
void unattributed_certainty(const Context&, const Reporter&);
void attributed_statement(const Context&, const Reporter&);
void unused_actor(const Context&, const Reporter&);
void quote_not_in_text(const Context&, const Reporter&);
void quantity_range_order(const Context&, const Reporter&);
void implausible_quantity(const Context&, const Reporter&);

/// `"text"` for messages: JSON-quoted and cut short.
std::string quote(std::string_view text);

} // namespace storydata::validation
