// SPDX-License-Identifier: Apache-2.0
// Walks the story's canonical JSON and reports what no exporter mark covers.
#include "export_coverage.hpp"

#include "converters.hpp"
#include "text/json_pointer.hpp"

#include <nlohmann/json.hpp>
#include <storydata/codec.hpp>

namespace storydata::convert {
namespace {

// Ordered, so that warnings come in the story's own (declaration) order.
using nlohmann::ordered_json;

// True when some mark lies strictly below `pointer`.
template <class Map> bool marked_below(const Map& marks, const std::string& pointer) {
  const auto prefix = pointer + "/";
  const auto it = marks.lower_bound(prefix);
  return it != marks.end() && std::string_view(it->first).starts_with(prefix);
}

// "`mentions`" or "item 3 of `events`", from the pointer's last tokens.
std::string describe(const std::string& pointer, bool is_index) {
  const auto slash = pointer.rfind('/');
  const auto last = pointer.substr(slash + 1);
  if (!is_index) return "`" + last + "`";
  const auto parent = pointer.substr(0, slash);
  return "item " + last + " of `" + parent.substr(parent.rfind('/') + 1) + "`";
}

} // namespace

void ExportCoverage::carried(const std::string& pointer) {
  marks_.insert_or_assign(pointer, Entry{Mark::carried, {}});
}

void ExportCoverage::approximated(const std::string& pointer, std::string how) {
  marks_.insert_or_assign(pointer, Entry{Mark::approximated, std::move(how)});
}

void ExportCoverage::explain_drop(const std::string& pointer, std::string why) {
  drop_reasons_.insert_or_assign(pointer, std::move(why));
}

std::string ExportCoverage::reasons(const std::string& pointer) const {
  // The value's own reason, else those given for the values below it, each once.
  if (const auto own = drop_reasons_.find(pointer); own != drop_reasons_.end()) return own->second;
  std::string out;
  const auto prefix = pointer + "/";
  for (auto it = drop_reasons_.lower_bound(prefix);
       it != drop_reasons_.end() && std::string_view(it->first).starts_with(prefix); ++it)
    if (out.find(it->second) == std::string::npos) out += (out.empty() ? "" : "; ") + it->second;
  return out;
}

std::vector<Diagnostic> ExportCoverage::report(const Story& story) const {
  // The canonical JSON holds exactly the values the story has (defaults left out), in order.
  const auto document = ordered_json::parse(encode(story), nullptr, false);
  std::vector<Diagnostic> out;
  const auto warn = [&](const RuleInfo& code, const std::string& pointer, std::string message) {
    out.push_back(loss(code, pointer, std::move(message)));
  };
  const auto walk = [&](const auto& self, const ordered_json& value, const std::string& pointer,
                        bool is_index) -> void {
    if (const auto mark = marks_.find(pointer); mark != marks_.end()) {
      if (mark->second.mark == Mark::approximated)
        warn(code::export_approximates_value, pointer,
             target_ + " holds " + describe(pointer, is_index) +
                 " only approximately: " + mark->second.how);
      return;
    }
    if (value.is_structured() && marked_below(marks_, pointer)) {
      if (value.is_object())
        for (const auto& [key, child] : value.items())
          self(self, child, pointer_to(pointer, key), false);
      else
        for (std::size_t i = 0; i < value.size(); ++i)
          self(self, value[i], pointer_to(pointer, i), true);
      return;
    }
    auto message = target_ + " has no place for " + describe(pointer, is_index);
    if (const auto why = reasons(pointer); !why.empty()) message += ": " + why;
    warn(code::export_drops_field, pointer, std::move(message));
  };
  for (const auto& [key, child] : document.items()) {
    // The schema version and the editors' `$schema` are not story data.
    if (key == "storydata" || key == "$schema") continue;
    walk(walk, child, pointer_to("", key), false);
  }
  return out;
}

} // namespace storydata::convert
