// SPDX-License-Identifier: Apache-2.0
// Walks the model from a root type and visits each described struct and enum once, in order of
// first appearance (depth first), for the generators of the schema, the docs and the typings.
#pragma once

#include "model/reflect.hpp"
#include "text/english.hpp"

#include <set>
#include <storydata/describe.hpp>
#include <storydata/id.hpp>
#include <string>
#include <string_view>

namespace storydata::schema {

template <class T> struct ref_targets;
template <class... Targets> struct ref_targets<Ref<Targets...>> {
  /// "Actor", "Actor or Source".
  static std::string names() {
    std::string out;
    ((out += (out.empty() ? "" : " or ") + std::string(type_doc<Targets>().name)), ...);
    return out;
  }
  /// "an Actor", "an Actor or a Source".
  static std::string with_articles() {
    std::string out;
    ((out += (out.empty() ? "" : " or ") + with_article(type_doc<Targets>().name)), ...);
    return out;
  }
};
template <class T>
concept Reference = requires {
  ref_targets<T>::names();
};

/// T without its std::optional or std::vector wrapper.
template <class T> struct value_of { using type = T; };
template <class T>
requires(reflect::Optional<T> || reflect::Vector<T>) struct value_of<T> {
  using type = typename value_of<typename T::value_type>::type;
};
template <class T> using value_of_t = typename value_of<T>::type;

/// A member's description, completed with what a reference points to.
template <class M> std::string member_description(std::string_view doc) {
  using V = value_of_t<M>;
  if constexpr (Reference<V>)
    return std::string(doc) + " (the id of " + ref_targets<V>::with_articles() + ")";
  else
    return std::string(doc);
}

/// A member's example values as a JSON array: its own (STORYDATA_STRUCT's third element), else
/// those of its type (PartialDate's dates), else "".
template <class M> constexpr std::string_view member_examples(std::string_view own) {
  if constexpr (reflect::Optional<M>)
    return member_examples<typename M::value_type>(own);
  else if constexpr (requires { M::schema_examples; })
    return own.empty() ? M::schema_examples : own;
  else
    return own;
}

template <class Visitor> class NamedTypeWalk {
public:
  explicit NamedTypeWalk(Visitor& visitor) : visitor_(visitor) {}

  template <class T> void walk() {
    if constexpr (reflect::Optional<T> || reflect::Vector<T>) {
      walk<typename T::value_type>();
    } else if constexpr (reflect::Enum<T>) {
      if (seen_.insert(type_doc<T>().name).second) visitor_.template enumeration<T>();
    } else if constexpr (reflect::Struct<T>) {
      if (!seen_.insert(type_doc<T>().name).second) return;
      visitor_.template structure<T>();
      reflect::for_each_member<T>(
          [this](auto d) { this->template walk<reflect::member_t<decltype(d)>>(); });
    }
  }

private:
  Visitor& visitor_;
  std::set<std::string_view> seen_;
};

/// Visits each field of T but its `x-` extensions (`field(descriptor)`, the member's type being
/// reflect::member_t<decltype(descriptor)>), in declaration order; true when T takes extensions.
template <class T, class Field> bool for_each_field(Field&& field) {
  bool extensible = false;
  reflect::for_each_member<T>([&](auto d) {
    if constexpr (reflect::ExtensionFields<reflect::member_t<decltype(d)>>)
      extensible = true;
    else
      field(d);
  });
  return extensible;
}

/// Visits every struct (visitor.structure<T>()) and enum (visitor.enumeration<T>()) reachable
/// from Root, each once.
template <class Root, class Visitor> void for_each_named_type(Visitor& visitor) {
  NamedTypeWalk<Visitor>(visitor).template walk<Root>();
}

} // namespace storydata::schema
