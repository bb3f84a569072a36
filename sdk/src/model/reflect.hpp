// SPDX-License-Identifier: Apache-2.0
// The shapes a described type can take. The codec, the schema and the TypeScript generators all
// dispatch on these, so a new model type needs no code beyond its description.
#pragma once

#include <boost/describe.hpp>
#include <cstdint>
#include <map>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace storydata::reflect {

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_string_map : std::false_type {};
template <class C> struct is_string_map<std::map<std::string, std::string, C>> : std::true_type {};

template <class T>
concept Struct = boost::describe::has_describe_members<T>::value;
template <class T>
concept Enum = boost::describe::has_describe_enumerators<T>::value;
template <class T>
concept Optional = is_optional<T>::value;
template <class T>
concept Vector = is_vector<T>::value;
template <class T>
concept StringMap = is_string_map<T>::value;
template <class T>
concept Integer = std::is_integral_v<T> && !std::is_same_v<T, bool>;
/// A JSON number that need not be whole (quantities).
template <class T>
concept Real = std::is_same_v<T, double>;
/// A value written as a JSON string with a syntax of its own (ids, dates, versions).
template <class T>
concept StringLeaf = requires(std::string_view text, const T& value) {
  { T::parse(text) } -> std::same_as<std::optional<T>>;
  value.to_string();
  T::schema_pattern;
  T::expected;
};
template <class T>
concept ExtensionFields = std::is_same_v<T, Extensions>;

/// Calls f(descriptor) for each public member of a described struct, in declaration order.
/// The key under which a described member appears in JSON: its name, but for the one key no C++
/// name can spell: `schema_uri` is `$schema`, the key editors read to find a document's schema.
constexpr std::string_view json_key(std::string_view member_name) noexcept {
  return member_name == "schema_uri" ? std::string_view("$schema") : member_name;
}
/// The same for a member descriptor, as a constant: walks and encoders look it up per value.
template <class D> inline constexpr std::string_view member_key = json_key(D::name);

template <Struct T, class F> constexpr void for_each_member(F&& f) {
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(f);
}

/// Members whose absence is an error: everything but optionals, lists, maps, flags and `x-` fields.
template <class M>
inline constexpr bool is_required =
    !(Optional<M> || Vector<M> || StringMap<M> || std::is_same_v<M, bool> || ExtensionFields<M>);

/// The type a member pointer points to.
template <class P> struct member_type;
template <class C, class M> struct member_type<M C::*> { using type = M; };
template <class D>
using member_t = typename member_type<std::remove_cv_t<decltype(D::pointer)>>::type;

using storydata::enum_name;

} // namespace storydata::reflect
