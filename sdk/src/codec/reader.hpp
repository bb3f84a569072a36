// SPDX-License-Identifier: Apache-2.0
// The streaming reader: SAX events from nlohmann/json go straight into the typed model, with no
// DOM in between. Each C++ type has one immutable `ValueOps` that knows how to take JSON values;
// the reader keeps a stack of open objects and arrays, the JSON Pointer and the source position.
#pragma once

#include "text/text_position.hpp"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <storydata/codec.hpp>
#include <storydata/validate.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::codec {

class Reader;
class ValueOps;

/// Where the next JSON value goes: an object of some C++ type and the ops for that type.
struct Slot {
  void* target = nullptr;
  const ValueOps* ops = nullptr;
};

/// A JSON number as the parser saw it.
struct Number {
  enum class Form { signed_integer, unsigned_integer, floating } form;
  std::int64_t i = 0;
  std::uint64_t u = 0;
  double f = 0;
};

/// An object or array being read.
struct Frame {
  Slot slot;
  bool is_array = false;
  std::uint64_t seen = 0; ///< struct members already read, one bit each
  std::size_t count = 0;  ///< array elements so far
  /// Struct member to try first: the one after the last read, as keys mostly come in schema order.
  std::size_t next_member = 0;
  std::string key; ///< the member being read
  Slot pending;    ///< where the member's value goes
  std::size_t opened_at = 0;
};

/// How one C++ type takes JSON values. A handler returns false when the JSON type is wrong for
/// it; it reports bad values of the right type itself (unknown enum value, malformed date).
class ValueOps {
public:
  virtual ~ValueOps() = default;
  virtual std::string_view expected() const = 0;
  virtual bool string(void*, std::string&, Reader&) const { return false; }
  virtual bool boolean(void*, bool, Reader&) const { return false; }
  virtual bool number(void*, const Number&, Reader&) const { return false; }
  /// Objects and arrays: the slot the reader opens a frame on, or an empty slot for a wrong type.
  virtual Slot begin_object(void*) const { return {}; }
  virtual Slot begin_array(void*) const { return {}; }
  /// Inside an object frame: where the value of `key` goes; an empty slot skips the value.
  virtual Slot member(Frame&, Reader&) const { return {}; }
  /// Inside an array frame: a new element.
  virtual Slot element(Frame&) const { return {}; }
  /// The frame is complete.
  virtual void end(Frame&, Reader&) const {}
  /// Captures any JSON value as text (`x-` fields).
  virtual bool raw() const { return false; }
};

/// The diagnostic that ends a list cut at `limit`.
Diagnostic limit_reached(std::size_t limit);

/// The SAX handler. Public members are the nlohmann SAX interface and what ValueOps need.
class Reader {
public:
  Reader(std::string_view text, const DecodeOptions& options, Slot root,
         std::vector<Diagnostic>& out);

  /// Adds a diagnostic at the value being read (or, with `at_frame`, at the innermost open
  /// object). Returns false once the diagnostic limit is reached, to stop parsing.
  bool report(const RuleInfo& code, std::string message, std::string hint = {});
  bool report_at_frame(const RuleInfo& code, std::string message, std::string hint = {});

  /// nlohmann/json SAX interface.
  bool null();
  bool boolean(bool value);
  bool number_integer(std::int64_t value);
  bool number_unsigned(std::uint64_t value);
  bool number_float(double value, const std::string& text);
  bool string(std::string& value);
  bool binary(std::vector<std::uint8_t>&) { return false; }
  bool start_object(std::size_t);
  bool key(std::string& name);
  bool end_object();
  bool start_array(std::size_t);
  bool end_array();
  template <class Exception>
  bool parse_error(std::size_t position, const std::string& token, const Exception& ex) {
    return syntax_error(position, token, ex.id, ex.what());
  }

  /// The source position of the byte the parser reads next; the iterator keeps it current.
  const char** cursor() { return &cursor_; }

private:
  Slot next_slot();
  template <class Take, class Raw> bool scalar(std::string_view got, Take&& take, Raw&& raw);
  bool open(bool is_array);
  bool close();
  bool wrong_type(const Slot& slot, std::string_view got);
  nlohmann::json* capture_place();
  bool syntax_error(std::size_t position, const std::string& token, int id, std::string_view what);
  bool add(const RuleInfo& code, std::size_t offset, std::string pointer, std::string message,
           std::string hint);
  std::size_t token_start(std::size_t from) const;
  std::string pointer(std::size_t depth) const;
  bool finish();

  std::string_view text_;
  TextPositions positions_;
  const DecodeOptions& options_;
  std::vector<Diagnostic>& out_;
  const char* cursor_;
  std::size_t event_start_ = 0; ///< where the scan for the current token begins
  std::vector<Frame> frames_;
  Slot root_;
  bool root_done_ = false;
  std::size_t skip_depth_ = 0;
  /// An `x-` value being captured as a DOM, then written to `destination` as compact JSON.
  std::string* capture_destination_ = nullptr;
  nlohmann::json capture_root_;
  std::vector<nlohmann::json*> capture_stack_;
  nlohmann::json* capture_member_ = nullptr;
  bool stopped_ = false;
};

} // namespace storydata::codec
