// SPDX-License-Identifier: Apache-2.0
// Visits every value of a story with its path, so that rules about references, times and spans
// hold wherever such values appear, with no list of fields to keep up to date.
#pragma once

#include "model/reflect.hpp"
#include "text/json_pointer.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace storydata::validation {

/// Where a value is, kept as segments while walking; spelled out as a JSON Pointer only when a
/// rule reports something there.
class Path {
public:
  void push(std::string_view member) { segments_.push_back({member, 0}); }
  void push(std::size_t index) { segments_.push_back({{}, index}); }
  void pop() { segments_.pop_back(); }

  std::string str() const {
    std::string out;
    for (const auto& s : segments_)
      s.member.empty() ? append_token(out, s.index) : append_token(out, s.member);
    return out;
  }

private:
  struct Segment {
    std::string_view member; ///< empty for an array index
    std::size_t index;
  };
  std::vector<Segment> segments_;
};

/// Calls visitor(value, path) for every value below `value`, depth first, parents first.
/// The visitor is an overload set; a generic fallback ignores what it does not care about.
template <class T, class Visitor> void walk(const T& value, Path& path, Visitor& visitor) {
  visitor(value, std::as_const(path));
  if constexpr (reflect::Struct<T>) {
    reflect::for_each_member<T>([&](auto d) {
      path.push(reflect::member_key<decltype(d)>);
      walk(value.*d.pointer, path, visitor);
      path.pop();
    });
  } else if constexpr (reflect::Vector<T>) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      path.push(i);
      walk(value[i], path, visitor);
      path.pop();
    }
  } else if constexpr (reflect::Optional<T>) {
    if (value) walk(*value, path, visitor);
  }
}

template <class T, class Visitor> void walk(const T& root, Visitor&& visitor) {
  Path path;
  walk(root, path, visitor);
}

/// An overload set from lambdas.
template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

} // namespace storydata::validation
