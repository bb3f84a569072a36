// SPDX-License-Identifier: Apache-2.0
#include "locate.hpp"

#include "text/json_pointer.hpp"
#include "text/text_position.hpp"
#include "tracking_iterator.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

namespace storydata::codec {
namespace {

constexpr std::size_t not_found = static_cast<std::size_t>(-1);

/// A SAX handler that follows the JSON Pointer of every value and records where the wanted ones
/// start. It stops as soon as all are found.
class PointerFinder {
public:
  PointerFinder(std::string_view text, std::unordered_map<std::string, std::size_t>& wanted)
      : text_(text), cursor_(text.data()), wanted_(wanted), remaining_(wanted.size()) {}

  const char** cursor() { return &cursor_; }

  bool null() { return scalar(); }
  bool boolean(bool) { return scalar(); }
  bool number_integer(std::int64_t) { return scalar(); }
  bool number_unsigned(std::uint64_t) { return scalar(); }
  bool number_float(double, const std::string&) { return scalar(); }
  bool string(std::string&) { return scalar(); }
  bool binary(std::vector<std::uint8_t>&) { return scalar(); }
  bool start_object(std::size_t) { return open(false); }
  bool start_array(std::size_t) { return open(true); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(std::string& name) {
    path_.back().key = std::move(name);
    return finish();
  }
  template <class Exception> bool parse_error(std::size_t, const std::string&, const Exception&) {
    return false;
  }

private:
  struct Level {
    bool is_array = false;
    std::size_t count = 0;
    std::string key;
  };

  void value_starts() {
    if (!path_.empty() && path_.back().is_array) ++path_.back().count;
    std::string pointer;
    for (const auto& level : path_)
      level.is_array ? append_token(pointer, level.count - 1) : append_token(pointer, level.key);
    const auto it = wanted_.find(pointer);
    if (it != wanted_.end() && it->second == not_found) {
      std::size_t at = event_start_;
      while (at < text_.size() &&
             std::string_view(" \t\r\n,:").find(text_[at]) != std::string_view::npos)
        ++at;
      it->second = at;
      --remaining_;
    }
  }
  bool scalar() {
    value_starts();
    return finish();
  }
  bool open(bool is_array) {
    value_starts();
    path_.push_back({is_array, 0, {}});
    return finish();
  }
  bool close() {
    path_.pop_back();
    return finish();
  }
  bool finish() {
    event_start_ = static_cast<std::size_t>(cursor_ - text_.data());
    return remaining_ > 0;
  }

  std::string_view text_;
  const char* cursor_;
  std::size_t event_start_ = 0;
  std::vector<Level> path_;
  std::unordered_map<std::string, std::size_t>& wanted_;
  std::size_t remaining_;
};

std::string parent(const std::string& pointer) {
  return pointer.substr(0, pointer.rfind('/'));
}

} // namespace

void locate(std::string_view text, std::vector<Diagnostic>& diagnostics) {
  std::unordered_map<std::string, std::size_t> wanted;
  for (const auto& d : diagnostics) {
    if (d.line != 0) continue;
    for (std::string p = d.pointer;; p = parent(p)) {
      wanted.emplace(p, not_found);
      if (p.empty()) break;
    }
  }
  if (wanted.empty()) return;
  PointerFinder finder(text, wanted);
  const char* begin = text.data();
  nlohmann::json::sax_parse(TrackingIterator(begin, finder.cursor()),
                            TrackingIterator(begin + text.size(), finder.cursor()), &finder,
                            nlohmann::json::input_format_t::json, true, false);
  // Resolve each diagnostic to an offset, then positions in increasing offset order.
  std::vector<std::pair<std::size_t, Diagnostic*>> offsets;
  for (auto& d : diagnostics) {
    if (d.line != 0) continue;
    for (std::string p = d.pointer;; p = parent(p)) {
      if (const auto it = wanted.find(p); it != wanted.end() && it->second != not_found) {
        offsets.emplace_back(it->second, &d);
        break;
      }
      if (p.empty()) break;
    }
  }
  std::stable_sort(offsets.begin(), offsets.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  TextPositions positions(text);
  for (auto& [offset, d] : offsets) {
    const auto at = positions.at(offset);
    d->line = at.line;
    d->column = at.column;
  }
}

} // namespace storydata::codec
