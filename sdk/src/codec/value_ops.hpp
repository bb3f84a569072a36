// SPDX-License-Identifier: Apache-2.0
// One ValueOps per C++ type of the model, generated from its shape (see reflect.hpp).
#pragma once

#include "diagnostics/codes.hpp"
#include "model/reflect.hpp"
#include "reader.hpp"
#include "text/suggest.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace storydata::codec {

template <class T> const ValueOps& ops_for();

/// A value as it reads in a message: JSON-quoted (control characters escaped) and cut short.
inline std::string quote(std::string_view text) {
  constexpr std::size_t limit = 60;
  std::string shown(text.substr(0, limit));
  if (text.size() > limit) {
    while (!shown.empty() && utf8::is_continuation_byte(shown.back()))
      shown.pop_back(); // drop a code point cut in half, continuation bytes first
    if (!shown.empty() && static_cast<unsigned char>(shown.back()) >= 0xC0) shown.pop_back();
    shown += "...";
  }
  return nlohmann::json(shown).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

class StringOps final : public ValueOps {
public:
  std::string_view expected() const override { return "a string"; }
  bool string(void* target, std::string& value, Reader&) const override {
    *static_cast<std::string*>(target) = std::move(value);
    return true;
  }
};

class BoolOps final : public ValueOps {
public:
  std::string_view expected() const override { return "true or false"; }
  bool boolean(void* target, bool value, Reader&) const override {
    *static_cast<bool*>(target) = value;
    return true;
  }
};

template <reflect::Integer T> class IntegerOps final : public ValueOps {
  using limits = std::numeric_limits<T>;

public:
  std::string_view expected() const override { return "an integer"; }
  bool number(void* target, const Number& n, Reader& reader) const override {
    // JSON Schema counts 3.0 as an integer; so do we.
    if (n.form == Number::Form::floating && std::trunc(n.f) != n.f) return false;
    bool in_range = false;
    switch (n.form) {
    case Number::Form::signed_integer:
      in_range = n.i >= static_cast<long double>(limits::min()) &&
                 n.i <= static_cast<long double>(limits::max());
      if (in_range) *static_cast<T*>(target) = static_cast<T>(n.i);
      break;
    case Number::Form::unsigned_integer:
      in_range = n.u <= static_cast<long double>(limits::max());
      if (in_range) *static_cast<T*>(target) = static_cast<T>(n.u);
      break;
    case Number::Form::floating:
      in_range =
          n.f >= static_cast<double>(limits::min()) && n.f <= static_cast<double>(limits::max());
      if (in_range) *static_cast<T*>(target) = static_cast<T>(n.f);
      break;
    }
    if (!in_range)
      reader.report(code::number_out_of_range, "number out of range: expected an integer from " +
                                                   std::to_string(limits::min()) + " to " +
                                                   std::to_string(limits::max()));
    return true;
  }
};

class RealOps final : public ValueOps {
public:
  std::string_view expected() const override { return "a number"; }
  bool number(void* target, const Number& n, Reader&) const override {
    *static_cast<double*>(target) = n.form == Number::Form::floating ? n.f
                                    : n.form == Number::Form::signed_integer
                                        ? static_cast<double>(n.i)
                                        : static_cast<double>(n.u);
    return true;
  }
};

template <reflect::Enum E> class EnumOps final : public ValueOps {
public:
  std::string_view expected() const override { return "a string"; }
  bool string(void* target, std::string& value, Reader& reader) const override {
    if (const auto parsed = enum_value<E>(value)) {
      *static_cast<E*>(target) = *parsed;
    } else {
      std::vector<std::string_view> names;
      std::string allowed;
      boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
        names.push_back(d.name);
        allowed += (allowed.empty() ? "" : ", ") + std::string(d.name);
      });
      reader.report(code::unknown_enum_value,
                    "unknown value " + quote(value) + "; expected one of: " + allowed,
                    did_you_mean(value, names));
    }
    return true;
  }
};

template <reflect::StringLeaf T> class LeafOps final : public ValueOps {
public:
  std::string_view expected() const override { return "a string"; }
  bool string(void* target, std::string& value, Reader& reader) const override {
    if (auto parsed = T::parse(value))
      *static_cast<T*>(target) = std::move(*parsed);
    else if constexpr (std::is_same_v<T, SchemaVersion>)
      reader.report(code::unsupported_version,
                    "unsupported schema version " + quote(value) + ": expected " +
                        std::string(T::expected),
                    "upgrade storydata, or convert the document to schema version 1");
    else
      reader.report(code::malformed_value,
                    "invalid value " + quote(value) + ": expected " + std::string(T::expected));
    return true;
  }
};

/// `x-` fields: any JSON value, kept as compact JSON text (the reader does the capturing).
class RawJsonOps final : public ValueOps {
public:
  std::string_view expected() const override { return "any JSON value"; }
  bool raw() const override { return true; }
};

template <class T> class OptionalOps final : public ValueOps {
  using V = typename T::value_type;
  static V& fill(void* target) {
    auto& o = *static_cast<T*>(target);
    if (!o) o.emplace();
    return *o;
  }
  // A value of the wrong type leaves the optional empty.
  static bool keep(void* target, bool ok) {
    if (!ok) static_cast<T*>(target)->reset();
    return ok;
  }
  static Slot keep(void* target, Slot slot) {
    if (!slot.ops) static_cast<T*>(target)->reset();
    return slot;
  }

public:
  std::string_view expected() const override { return ops_for<V>().expected(); }
  bool string(void* t, std::string& v, Reader& r) const override {
    return keep(t, ops_for<V>().string(&fill(t), v, r));
  }
  bool boolean(void* t, bool v, Reader& r) const override {
    return keep(t, ops_for<V>().boolean(&fill(t), v, r));
  }
  bool number(void* t, const Number& v, Reader& r) const override {
    return keep(t, ops_for<V>().number(&fill(t), v, r));
  }
  Slot begin_object(void* t) const override { return keep(t, ops_for<V>().begin_object(&fill(t))); }
  Slot begin_array(void* t) const override { return keep(t, ops_for<V>().begin_array(&fill(t))); }
};

template <class T> class VectorOps final : public ValueOps {
  using V = typename T::value_type;

public:
  std::string_view expected() const override { return "an array"; }
  Slot begin_array(void* target) const override { return {target, this}; }
  Slot element(Frame& frame) const override {
    auto& items = *static_cast<T*>(frame.slot.target);
    return {&items.emplace_back(), &ops_for<V>()};
  }
};

template <class T> class StringMapOps final : public ValueOps {
public:
  std::string_view expected() const override { return "an object"; }
  Slot begin_object(void* target) const override { return {target, this}; }
  Slot member(Frame& frame, Reader& reader) const override {
    auto& map = *static_cast<T*>(frame.slot.target);
    auto [it, inserted] = map.try_emplace(frame.key);
    if (!inserted) {
      reader.report(code::duplicate_key, "duplicate key " + quote(frame.key));
      return {};
    }
    return {&it->second, &ops_for<std::string>()};
  }
};

template <reflect::Struct T> class StructOps final : public ValueOps {
  struct Member {
    std::string_view name;
    void* (*get)(void*);
    const ValueOps* ops;
    bool required;
  };
  std::vector<Member> members_;
  std::vector<std::string_view> names_;
  Extensions* (*extensions_)(void*) = nullptr;

public:
  StructOps() {
    reflect::for_each_member<T>([this](auto d) {
      using D = decltype(d);
      using M = reflect::member_t<D>;
      if constexpr (reflect::ExtensionFields<M>) {
        extensions_ = [](void* o) { return &(static_cast<T*>(o)->*D::pointer); };
      } else {
        members_.push_back({reflect::member_key<decltype(d)>,
                            [](void* o) -> void* { return &(static_cast<T*>(o)->*D::pointer); },
                            &ops_for<M>(), reflect::is_required<M>});
        names_.push_back(reflect::member_key<decltype(d)>);
      }
    });
  }

  std::string_view expected() const override { return "an object"; }
  Slot begin_object(void* target) const override { return {target, this}; }

  Slot member(Frame& frame, Reader& reader) const override {
    const std::string& key = frame.key;
    const std::size_t n = members_.size();
    for (std::size_t k = 0, i = frame.next_member % std::max<std::size_t>(n, 1); k < n;
         ++k, i = i + 1 == n ? 0 : i + 1) {
      if (members_[i].name != key) continue;
      frame.next_member = i + 1;
      const std::uint64_t bit = std::uint64_t{1} << i;
      if (frame.seen & bit) {
        reader.report(code::duplicate_key, "duplicate key " + quote(key));
        return {};
      }
      frame.seen |= bit;
      return {members_[i].get(frame.slot.target), members_[i].ops};
    }
    if (extensions_ && key.starts_with("x-")) {
      auto [it, inserted] = extensions_(frame.slot.target)->values.try_emplace(key);
      if (inserted) {
        static const RawJsonOps raw;
        return {&it->second, &raw};
      }
      reader.report(code::duplicate_key, "duplicate key " + quote(key));
      return {};
    }
    auto hint = did_you_mean(key, names_);
    if (hint.empty()) hint = "fields of your own must start with \"x-\"";
    reader.report(code::unknown_field, "unknown field " + quote(key), std::move(hint));
    return {};
  }

  void end(Frame& frame, Reader& reader) const override {
    for (std::size_t i = 0; i < members_.size(); ++i)
      if (members_[i].required && !(frame.seen & (std::uint64_t{1} << i)))
        reader.report_at_frame(code::missing_field,
                               "missing required field " + quote(members_[i].name));
  }
};

template <class T> const ValueOps& ops_for() {
  if constexpr (std::is_same_v<T, std::string>) {
    static const StringOps ops;
    return ops;
  } else if constexpr (std::is_same_v<T, bool>) {
    static const BoolOps ops;
    return ops;
  } else if constexpr (reflect::Integer<T>) {
    static const IntegerOps<T> ops;
    return ops;
  } else if constexpr (reflect::Real<T>) {
    static const RealOps ops;
    return ops;
  } else if constexpr (reflect::Enum<T>) {
    static const EnumOps<T> ops;
    return ops;
  } else if constexpr (reflect::StringLeaf<T>) {
    static const LeafOps<T> ops;
    return ops;
  } else if constexpr (reflect::Optional<T>) {
    static const OptionalOps<T> ops;
    return ops;
  } else if constexpr (reflect::Vector<T>) {
    static const VectorOps<T> ops;
    return ops;
  } else if constexpr (reflect::StringMap<T>) {
    static const StringMapOps<T> ops;
    return ops;
  } else {
    static_assert(reflect::Struct<T>, "no JSON mapping for this type");
    static_assert(boost::mp11::mp_size<
                      boost::describe::describe_members<T, boost::describe::mod_public>>::value <=
                      64,
                  "a struct may have at most 64 members");
    static const StructOps<T> ops;
    return ops;
  }
}

} // namespace storydata::codec
