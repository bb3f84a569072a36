// SPDX-License-Identifier: Apache-2.0
// Describing a type once: members and documentation side by side.
//
// STORYDATA_STRUCT lists a struct's members for Boost.Describe and attaches a description to the
// type and to every member, and optionally example values (a JSON array, which the schema gives
// editors to complete with and the reference shows); STORYDATA_ENUM defines and describes an enum
// with a description per value. The JSON codec, the JSON Schema, the reference docs and the
// TypeScript declarations are all generated from these, so a field is documented in exactly one
// place.
#pragma once

#include <array>
#include <boost/describe.hpp>
#include <boost/preprocessor/seq/enum.hpp>
#include <boost/preprocessor/seq/for_each.hpp>
#include <boost/preprocessor/seq/size.hpp>
#include <boost/preprocessor/seq/transform.hpp>
#include <boost/preprocessor/seq/variadic_seq_to_seq.hpp>
#include <boost/preprocessor/stringize.hpp>
#include <boost/preprocessor/tuple/elem.hpp>
#include <boost/preprocessor/tuple/push_back.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace storydata {

/// The name and description of one member or enum value.
struct NamedDoc {
  std::string_view name{};
  std::string_view doc{};
  std::string_view examples{}; ///< a member's example values as a JSON array, or empty
};

/// A type's description and its members' (or values') descriptions, in declaration order.
template <std::size_t N> struct TypeDoc {
  std::string_view name{};
  std::string_view doc{};
  std::array<NamedDoc, N> members{};

  constexpr std::string_view member(std::string_view name) const { return find(name).doc; }
  constexpr std::string_view examples(std::string_view name) const { return find(name).examples; }

private:
  constexpr NamedDoc find(std::string_view name) const {
    for (const auto& m : members)
      if (m.name == name) return m;
    return {};
  }
};

/// The documentation of a described type, found by argument-dependent lookup.
template <class T> constexpr auto type_doc() {
  return storydata_doc(static_cast<T*>(nullptr));
}

/// The name of an enumerator as JSON writes it ("cyberattack"), or "" for a value outside the
/// enum.
template <class E>
requires boost::describe::has_describe_enumerators<E>::value std::string_view enum_name(E value)
noexcept {
  std::string_view name;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (d.value == value) name = d.name;
  });
  return name;
}

/// A member's name as JavaScript spells it: "utf16_start" is "utf16Start" (the npm package's
/// objects and TypeScript declarations use it; story documents keep their JSON names).
inline std::string camel_case(std::string_view name) {
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i)
    out +=
        name[i] == '_' && i + 1 < name.size() ? static_cast<char>(name[++i] - 'a' + 'A') : name[i];
  return out;
}

/// The enumerator whose JSON name is `name` ("cyberattack"), or nullopt: enum_name's inverse.
template <class E>
requires boost::describe::has_describe_enumerators<E>::value std::optional<E>
enum_value(std::string_view name)
noexcept {
  std::optional<E> value;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>([&](auto d) {
    if (d.name == name) value = d.value;
  });
  return value;
}

} // namespace storydata

// A member is (name, "doc") or (name, "doc", R"(["example", ...])").
#define STORYDATA_PP_NAME(s, data, member) BOOST_PP_TUPLE_ELEM(0, member)
#define STORYDATA_PP_DOC(r, data, member)                                                          \
  ::storydata::NamedDoc{                                                                           \
      BOOST_PP_STRINGIZE(BOOST_PP_TUPLE_ELEM(0, member)), BOOST_PP_TUPLE_ELEM(1, member),          \
                         BOOST_PP_TUPLE_ELEM(2, BOOST_PP_TUPLE_PUSH_BACK(member, ""))},
#define STORYDATA_PP_NAMES(members)                                                                \
  BOOST_PP_SEQ_ENUM(BOOST_PP_SEQ_TRANSFORM(STORYDATA_PP_NAME, _, members))
#define STORYDATA_PP_DOCS(Type, doc, members)                                                      \
  [[maybe_unused]] constexpr ::storydata::TypeDoc<BOOST_PP_SEQ_SIZE(members)> storydata_doc(       \
      Type*) noexcept {                                                                            \
    return {#Type, doc, {{BOOST_PP_SEQ_FOR_EACH(STORYDATA_PP_DOC, _, members)}}};                  \
  }

/// Describes a struct: STORYDATA_STRUCT(Type, "what it is", (member, "what it holds") ...), a
/// member optionally with examples: (member, "what it holds", R"(["a value", "another"])").
#define STORYDATA_STRUCT(Type, doc, members)                                                       \
  BOOST_DESCRIBE_STRUCT(Type, (), (STORYDATA_PP_NAMES(BOOST_PP_VARIADIC_SEQ_TO_SEQ(members))))     \
  STORYDATA_PP_DOCS(Type, doc, BOOST_PP_VARIADIC_SEQ_TO_SEQ(members))

// The name is expanded before BOOST_DESCRIBE_ENUM_ENTRY stringizes it.
#define STORYDATA_PP_ENUM_ENTRY_I(Type, name) BOOST_DESCRIBE_ENUM_ENTRY(Type, name)
#define STORYDATA_PP_ENUM_ENTRY(r, Type, pair)                                                     \
  STORYDATA_PP_ENUM_ENTRY_I(Type, BOOST_PP_TUPLE_ELEM(2, 0, pair))

/// Defines and describes an enum: STORYDATA_ENUM(Kind, "what it is", (value, "meaning") ...).
/// Described entry by entry (BOOST_DESCRIBE_ENUM stops at 52 values; event kinds are more).
#define STORYDATA_ENUM(Type, doc, values)                                                          \
  enum class Type { STORYDATA_PP_NAMES(BOOST_PP_VARIADIC_SEQ_TO_SEQ(values)) };                    \
  [[maybe_unused]] BOOST_DESCRIBE_ENUM_BEGIN(Type)                                                 \
      BOOST_PP_SEQ_FOR_EACH(STORYDATA_PP_ENUM_ENTRY, Type, BOOST_PP_VARIADIC_SEQ_TO_SEQ(values))   \
          BOOST_DESCRIBE_ENUM_END(Type)                                                            \
              STORYDATA_PP_DOCS(Type, doc, BOOST_PP_VARIADIC_SEQ_TO_SEQ(values))
