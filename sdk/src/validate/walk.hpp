// Visits every value of a story with its JSON Pointer, so that rules about references, times and
// spans hold wherever such values appear, with no list of fields to keep up to date.
#pragma once

#include "../reflect.hpp"

#include <string>

namespace storydata::validation {

/// Calls visitor(value, pointer) for every value below `value`, depth first, parents first.
/// The visitor is an overload set; a generic fallback ignores what it does not care about.
template <class T, class Visitor>
void walk(const T& value, std::string& pointer, Visitor& visitor) {
  visitor(value, std::as_const(pointer));
  const std::size_t length = pointer.size();
  if constexpr (reflect::Struct<T>) {
    reflect::for_each_member<T>([&](auto d) {
      pointer.append("/").append(d.name);
      walk(value.*d.pointer, pointer, visitor);
      pointer.resize(length);
    });
  } else if constexpr (reflect::Vector<T>) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      pointer.append("/").append(std::to_string(i));
      walk(value[i], pointer, visitor);
      pointer.resize(length);
    }
  } else if constexpr (reflect::Optional<T>) {
    if (value) walk(*value, pointer, visitor);
  }
}

template <class T, class Visitor> void walk(const T& root, Visitor&& visitor) {
  std::string pointer;
  walk(root, pointer, visitor);
}

/// An overload set from lambdas.
template <class... F> struct overloaded : F... { using F::operator()...; };
template <class... F> overloaded(F...) -> overloaded<F...>;

} // namespace storydata::validation
