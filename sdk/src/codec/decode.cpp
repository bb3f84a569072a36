// SPDX-License-Identifier: Apache-2.0
#include "diagnostics/codes.hpp"
#include "reader.hpp"
#include "text/json_pointer.hpp"
#include "text/text_position.hpp"
#include "tracking_iterator.hpp"
#include "value_ops.hpp"

#include <iterator>

namespace storydata {
namespace codec {
namespace {

using nlohmann::json;

} // namespace

Diagnostic limit_reached(std::size_t limit) {
  return code::diagnostic(code::too_many_problems, "",
                          "too many problems: stopped after " + std::to_string(limit),
                          "fix the problems above, or raise the diagnostic limit");
}

Reader::Reader(std::string_view text, const DecodeOptions& options, Slot root,
               std::vector<Diagnostic>& out)
    : text_(text), positions_(text), options_(options), out_(out), cursor_(text.data()),
      root_(root) {}

std::size_t Reader::token_start(std::size_t from) const {
  while (from < text_.size()) {
    const char c = text_[from];
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != ',' && c != ':') break;
    ++from;
  }
  return from;
}

std::string Reader::pointer(std::size_t depth) const {
  std::string out;
  for (std::size_t i = 0; i < depth; ++i)
    frames_[i].is_array ? append_token(out, frames_[i].count - 1)
                        : append_token(out, frames_[i].key);
  return out;
}

bool Reader::add(const RuleInfo& code, std::size_t offset, std::string pointer, std::string message,
                 std::string hint) {
  if (stopped_) return false;
  if (out_.size() >= options_.max_diagnostics) {
    out_.push_back(limit_reached(options_.max_diagnostics));
    out_.back().pointer = std::move(pointer);
    const auto at = positions_.at(offset);
    out_.back().line = at.line;
    out_.back().column = at.column;
    stopped_ = true;
    return false;
  }
  const auto at = positions_.at(offset);
  out_.push_back(code::diagnostic(code, std::move(pointer), std::move(message), std::move(hint)));
  out_.back().line = at.line;
  out_.back().column = at.column;
  return true;
}

bool Reader::report(const RuleInfo& code, std::string message, std::string hint) {
  return add(code, token_start(event_start_), pointer(frames_.size()), std::move(message),
             std::move(hint));
}

bool Reader::report_at_frame(const RuleInfo& code, std::string message, std::string hint) {
  return add(code, frames_.back().opened_at, pointer(frames_.size() - 1), std::move(message),
             std::move(hint));
}

bool Reader::finish() {
  event_start_ = static_cast<std::size_t>(cursor_ - text_.data());
  return !stopped_;
}

Slot Reader::next_slot() {
  if (frames_.empty()) {
    if (root_done_) return {};
    root_done_ = true;
    return root_;
  }
  Frame& top = frames_.back();
  if (top.is_array) {
    ++top.count;
    return top.slot.ops->element(top);
  }
  return std::exchange(top.pending, Slot{});
}

bool Reader::wrong_type(const Slot& slot, std::string_view got) {
  return report(code::wrong_type,
                "expected " + std::string(slot.ops->expected()) + ", got " + std::string(got));
}

json* Reader::capture_place() {
  json& top = *capture_stack_.back();
  if (top.is_array()) {
    top.push_back(nullptr);
    return &top.back();
  }
  return capture_member_;
}

template <class Take, class Raw> bool Reader::scalar(std::string_view got, Take&& take, Raw&& raw) {
  if (capture_destination_) {
    *capture_place() = raw();
  } else if (skip_depth_ == 0) {
    const Slot slot = next_slot();
    if (slot.ops && slot.ops->raw())
      *static_cast<std::string*>(slot.target) = json(raw()).dump();
    else if (slot.ops && !take(slot))
      wrong_type(slot, got);
  }
  return finish();
}

bool Reader::null() {
  return scalar(
      "null", [](const Slot&) { return false; }, [] { return json(nullptr); });
}

bool Reader::boolean(bool value) {
  return scalar(
      "true or false", [&](const Slot& s) { return s.ops->boolean(s.target, value, *this); },
      [&] { return json(value); });
}

bool Reader::number_integer(std::int64_t value) {
  const Number n{Number::Form::signed_integer, value, 0, 0};
  return scalar(
      "a number", [&](const Slot& s) { return s.ops->number(s.target, n, *this); },
      [&] { return json(value); });
}

bool Reader::number_unsigned(std::uint64_t value) {
  const Number n{Number::Form::unsigned_integer, 0, value, 0};
  return scalar(
      "a number", [&](const Slot& s) { return s.ops->number(s.target, n, *this); },
      [&] { return json(value); });
}

bool Reader::number_float(double value, const std::string&) {
  const Number n{Number::Form::floating, 0, 0, value};
  return scalar(
      "a number", [&](const Slot& s) { return s.ops->number(s.target, n, *this); },
      [&] { return json(value); });
}

bool Reader::string(std::string& value) {
  return scalar(
      "a string", [&](const Slot& s) { return s.ops->string(s.target, value, *this); },
      [&] { return json(value); });
}

bool Reader::open(bool is_array) {
  const std::size_t depth = frames_.size() + skip_depth_ + capture_stack_.size() + 1;
  if (depth > options_.max_depth) {
    report(code::nesting_too_deep,
           "nesting too deep: more than " + std::to_string(options_.max_depth) + " levels",
           "stories need only a few levels; flatten the data");
    stopped_ = true;
    return false;
  }
  if (capture_destination_) {
    json* place = capture_place();
    *place = is_array ? json::array() : json::object();
    capture_stack_.push_back(place);
    return finish();
  }
  if (skip_depth_ > 0) {
    ++skip_depth_;
    return finish();
  }
  const Slot slot = next_slot();
  if (!slot.ops) {
    skip_depth_ = 1; // an unknown or duplicate member: read past it
    return finish();
  }
  if (slot.ops->raw()) {
    capture_destination_ = static_cast<std::string*>(slot.target);
    capture_root_ = is_array ? json::array() : json::object();
    capture_stack_.assign(1, &capture_root_);
    return finish();
  }
  const Slot frame_slot =
      is_array ? slot.ops->begin_array(slot.target) : slot.ops->begin_object(slot.target);
  if (!frame_slot.ops) {
    wrong_type(slot, is_array ? "an array" : "an object");
    skip_depth_ = 1;
    return finish();
  }
  Frame& frame = frames_.emplace_back();
  frame.slot = frame_slot;
  frame.is_array = is_array;
  frame.opened_at = token_start(event_start_);
  return finish();
}

bool Reader::close() {
  if (capture_destination_) {
    capture_stack_.pop_back();
    if (capture_stack_.empty()) {
      *capture_destination_ = capture_root_.dump();
      capture_destination_ = nullptr;
    }
  } else if (skip_depth_ > 0) {
    --skip_depth_;
  } else {
    Frame& top = frames_.back();
    top.slot.ops->end(top, *this);
    frames_.pop_back();
  }
  return finish();
}

bool Reader::start_object(std::size_t) {
  return open(false);
}
bool Reader::start_array(std::size_t) {
  return open(true);
}
bool Reader::end_object() {
  return close();
}
bool Reader::end_array() {
  return close();
}

bool Reader::key(std::string& name) {
  if (capture_destination_) {
    json& object = *capture_stack_.back();
    if (object.contains(name)) report(code::duplicate_key, "duplicate key " + quote(name));
    capture_member_ = &object[name];
  } else if (skip_depth_ == 0) {
    Frame& top = frames_.back();
    top.key = std::move(name);
    top.pending = top.slot.ops->member(top, *this);
  }
  return finish();
}

bool Reader::syntax_error(std::size_t position, const std::string& token, int id,
                          std::string_view what) {
  // The parser has read the whole offending token: point at its start.
  const std::size_t offset = position - std::min(position, token.size());
  // nlohmann's messages read "[json.exception.parse_error.101] parse error at line 1, column 6:
  // syntax error while parsing ..."; the position is reported separately, so keep the reason.
  constexpr int number_overflow = 406;
  const auto colon = what.find(": ", what.find("column"));
  std::string reason(colon == std::string_view::npos ? what : what.substr(colon + 2));
  // Drop "; last read: '...'": it may quote invalid UTF-8, which must not reach the output.
  if (const auto last = reason.find("; last read:"); last != std::string::npos)
    reason.erase(last, reason.find("; expected", last) - last);
  if (id == number_overflow)
    add(code::number_out_of_range, offset, pointer(frames_.size()),
        "number out of range: " + token.substr(0, 40),
        "JSON numbers must fit a 64-bit floating-point value");
  else
    add(code::invalid_json, offset, pointer(frames_.size()), "invalid JSON: " + reason, {});
  return false;
}

} // namespace codec

bool DecodeResult::ok() const noexcept {
  return !has_errors(diagnostics);
}

DecodeResult decode(std::string_view text, const DecodeOptions& options) {
  DecodeResult result;
  auto& out = result.diagnostics;
  if (text.size() > options.max_bytes) {
    out.push_back(
        code::diagnostic(code::document_too_large, "",
                         "document too large: " + std::to_string(text.size()) +
                             " bytes, the limit is " + std::to_string(options.max_bytes),
                         "split the corpus into one story per document, or raise the size limit"));
    out.back().line = out.back().column = 1;
    return result;
  }
  codec::Reader reader(text, options, {&result.story, &codec::ops_for<Story>()}, out);
  const char* begin = text.data();
  nlohmann::json::sax_parse(codec::TrackingIterator(begin, reader.cursor()),
                            codec::TrackingIterator(begin + text.size(), reader.cursor()), &reader,
                            nlohmann::json::input_format_t::json, true, false);
  // A version this SDK cannot read makes every other finding meaningless: report only that.
  for (auto& d : out)
    if (d.code == code::unsupported_version.code) {
      Diagnostic version = std::move(d); // not a reference into `out` while it is replaced
      out.clear();
      out.push_back(std::move(version));
      break;
    }
  return result;
}

} // namespace storydata
