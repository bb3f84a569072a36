// SPDX-License-Identifier: Apache-2.0
#include "named_types.hpp"
#include "text/ascii.hpp"
#include "text/markdown.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <storydata/kinds.hpp>
#include <storydata/schema.hpp>
#include <storydata/story.hpp>

namespace storydata {
namespace {

std::string anchor(std::string_view name) {
  return ascii::lower(name);
}

std::string link(std::string_view name) {
  return "[" + std::string(name) + "](#" + anchor(name) + ")";
}

/// How a field's type reads in the reference ("list of [Mention](#mention)").
template <class T> std::string type_label() {
  if constexpr (std::is_same_v<T, std::string>)
    return "string";
  else if constexpr (std::is_same_v<T, bool>)
    return "boolean";
  else if constexpr (reflect::Integer<T>)
    return "integer";
  else if constexpr (reflect::Real<T>)
    return "number";
  else if constexpr (reflect::Enum<T> || reflect::Struct<T>)
    return link(type_doc<T>().name);
  else if constexpr (schema::Reference<T>)
    return "id of " + schema::ref_targets<T>::names();
  else if constexpr (reflect::StringLeaf<T>)
    return std::string(T::expected);
  else if constexpr (reflect::Optional<T>)
    return type_label<typename T::value_type>();
  else if constexpr (reflect::Vector<T>)
    return "list of " + type_label<typename T::value_type>();
  else
    return "object of strings";
}

/// " Examples: `"2014"`, `"2014-12"`." for a member's examples (a JSON array), or "".
std::string examples(std::string_view json_array) {
  if (json_array.empty()) return {};
  const auto values = nlohmann::ordered_json::parse(json_array);
  std::string out = values.size() == 1 ? " Example: " : " Examples: ";
  for (std::size_t i = 0; i < values.size(); ++i)
    out += (i == 0 ? "" : ", ") + code_span(values[i].dump());
  return markdown_cell(out + ".");
}

struct ReferenceWriter {
  std::string out;

  template <class E> void enumeration() {
    constexpr auto doc = type_doc<E>();
    out += "### " + std::string(doc.name) + "\n\n" + std::string(doc.doc) + "\n\n";
    const auto meaning = [&](E value) {
      return markdown_cell(doc.members[static_cast<std::size_t>(value)].doc);
    };
    const auto yes = [](bool b) { return std::string(b ? "yes" : ""); };
    // The kinds with a trait table (kinds.hpp) show their traits.
    if constexpr (std::is_same_v<E, EventKind>) {
      out += markdown_header({"value", "meaning", "required roles", "CAMEO"});
      for (const auto& t : kinds::event_kinds) {
        std::string required;
        for (const Role role : required_roles(t.kind))
          required += (required.empty() ? "" : ", ") + code_span(enum_name(role));
        out += markdown_row(
            {code_span(enum_name(t.kind)), meaning(t.kind), required, std::string(t.cameo)});
      }
    } else if constexpr (std::is_same_v<E, Role>) {
      out += markdown_header({"value", "meaning", "acts", "played by"});
      for (const auto& t : kinds::roles)
        out += markdown_row(
            {code_span(enum_name(t.role)), meaning(t.role), yes(t.doer),
             markdown_cell(type_doc<Filler>().members[static_cast<std::size_t>(t.filler)].doc)});
    } else if constexpr (std::is_same_v<E, ActorKind>) {
      out += markdown_header({"value", "meaning", "acts", "a place"});
      for (const auto& t : kinds::actor_kinds)
        out += markdown_row(
            {code_span(enum_name(t.kind)), meaning(t.kind), yes(t.acts), yes(t.place)});
    } else if constexpr (std::is_same_v<E, Measure>) {
      out += markdown_header({"value", "meaning", "numbers", "needs a unit"});
      for (const auto& t : kinds::measures)
        out += markdown_row(
            {code_span(enum_name(t.measure)), meaning(t.measure),
             markdown_cell(type_doc<Scale>().members[static_cast<std::size_t>(t.scale)].doc),
             yes(t.needs_unit)});
    } else if constexpr (std::is_same_v<E, EventStatus>) {
      out += markdown_header({"value", "meaning", "took place"});
      for (const auto& t : kinds::event_statuses)
        out += markdown_row({code_span(enum_name(t.status)), meaning(t.status), yes(t.took_place)});
    } else {
      out += markdown_header({"value", "meaning"});
      for (const auto& value : doc.members)
        out += markdown_row({code_span(value.name), markdown_cell(value.doc)});
    }
    out += "\n";
  }

  template <class T> void structure() {
    constexpr auto doc = type_doc<T>();
    out += "### " + std::string(doc.name) + "\n\n" + std::string(doc.doc) + "\n\n";
    out += markdown_header({"field", "type", "required", "description"});
    const bool extensible = schema::for_each_field<T>([&](auto d) {
      using M = reflect::member_t<decltype(d)>;
      out += markdown_row({code_span(reflect::member_key<decltype(d)>),
                           markdown_cell(type_label<M>()), reflect::is_required<M> ? "yes" : "",
                           markdown_cell(doc.member(d.name)) +
                               examples(schema::member_examples<M>(doc.examples(d.name)))});
    });
    if (extensible)
      out += "| `x-*` | any JSON | | Fields of your own, kept through round trips. |\n";
    out += "\n";
  }
};

} // namespace

std::string schema_reference() {
  ReferenceWriter writer;
  writer.out = "# Story schema reference, version " + std::string(schema_version) +
               "\n\n"
               "Generated from the C++ model (`sdk/include/storydata/`); do not edit: run "
               "`scripts/generate.sh`.\nThe same descriptions produce "
               "`schema/story.schema.json`.\n\n"
               "Optional fields left out take their default: absent, an empty list, or false.\n"
               "Every object also accepts fields of your own whose names start with `x-`.\n\n";
  schema::for_each_named_type<Story>(writer);
  return writer.out;
}

} // namespace storydata
