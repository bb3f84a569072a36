// SPDX-License-Identifier: Apache-2.0
#include "named_types.hpp"

#include <limits>
#include <nlohmann/json.hpp>
#include <storydata/schema.hpp>
#include <storydata/story.hpp>

namespace storydata {
namespace {

using ordered = nlohmann::ordered_json;

std::string def_ref(std::string_view name) {
  return "#/$defs/" + std::string(name);
}

/// The schema of a value of type T, referring to $defs for structs and enums.
template <class T> ordered value_schema() {
  if constexpr (std::is_same_v<T, std::string>) {
    return {{"type", "string"}};
  } else if constexpr (std::is_same_v<T, bool>) {
    return {{"type", "boolean"}, {"default", false}};
  } else if constexpr (reflect::Integer<T>) {
    return {{"type", "integer"},
            {"minimum", std::numeric_limits<T>::min()},
            {"maximum", std::numeric_limits<T>::max()}};
  } else if constexpr (reflect::Real<T>) {
    return {{"type", "number"}};
  } else if constexpr (reflect::Enum<T> || reflect::Struct<T>) {
    return {{"$ref", def_ref(type_doc<T>().name)}};
  } else if constexpr (reflect::StringLeaf<T>) {
    return {{"type", "string"}, {"pattern", T::schema_pattern}};
  } else if constexpr (reflect::Optional<T>) {
    return value_schema<typename T::value_type>();
  } else if constexpr (reflect::Vector<T>) {
    return {{"type", "array"}, {"items", value_schema<typename T::value_type>()}};
  } else {
    static_assert(reflect::StringMap<T>, "no schema for this type");
    return {{"type", "object"}, {"additionalProperties", {{"type", "string"}}}};
  }
}

struct DefsBuilder {
  ordered defs = ordered::object();

  template <class E> void enumeration() {
    constexpr auto doc = type_doc<E>();
    ordered values = ordered::array();
    std::string text(doc.doc);
    for (const auto& value : doc.members) {
      values.push_back(value.name);
      text += "\n- `" + std::string(value.name) + "`: " + std::string(value.doc);
    }
    defs[std::string(doc.name)] = {{"description", text}, {"type", "string"}, {"enum", values}};
  }

  template <class T> void structure() {
    constexpr auto doc = type_doc<T>();
    ordered properties = ordered::object();
    ordered required = ordered::array();
    const bool extensible = schema::for_each_field<T>([&](auto d) {
      using M = reflect::member_t<decltype(d)>;
      ordered property = value_schema<M>();
      property["description"] = schema::member_description<M>(doc.member(d.name));
      // For editors: offered as completions, and checked against the schema by the tests.
      if (const auto examples = schema::member_examples<M>(doc.examples(d.name)); !examples.empty())
        property["examples"] = ordered::parse(std::string(examples), nullptr, false);
      properties[reflect::member_key<decltype(d)>] = std::move(property);
      if (reflect::is_required<M>) required.push_back(reflect::member_key<decltype(d)>);
    });
    ordered schema = {{"description", doc.doc}, {"type", "object"}, {"properties", properties}};
    if (!required.empty()) schema["required"] = required;
    // Producers may add fields of their own, marked by an "x-" prefix; nothing else is allowed,
    // so that a typo is an error rather than silently ignored data.
    if (extensible) schema["patternProperties"] = {{"^x-", ordered::object()}};
    schema["additionalProperties"] = false;
    defs[std::string(doc.name)] = std::move(schema);
  }
};

} // namespace

std::string json_schema() {
  DefsBuilder builder;
  schema::for_each_named_type<Story>(builder);
  const ordered root = {
      {"$schema", "https://json-schema.org/draft/2020-12/schema"},
      {"$id", "urn:storydata:schema:story:" + std::string(schema_version)},
      {"title", "storydata story"},
      {"description", "A news story as structured data, version " + std::string(schema_version) +
                          ". Generated from the storydata C++ model; do not edit."},
      {"$ref", def_ref("Story")},
      {"$defs", builder.defs},
  };
  return root.dump(2) + "\n";
}

} // namespace storydata
