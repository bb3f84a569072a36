// SPDX-License-Identifier: Apache-2.0
#include "named_types.hpp"
#include "query/records.hpp"

#include <set>
#include <storydata/convert.hpp>
#include <storydata/diagnostic.hpp>
#include <storydata/graph.hpp>
#include <storydata/highlight.hpp>
#include <storydata/schema.hpp>
#include <storydata/story.hpp>

namespace storydata {
namespace {

/// A JSDoc comment, indented.
std::string jsdoc(std::string_view text, std::string_view indent) {
  std::string out = std::string(indent) + "/**\n";
  std::size_t from = 0;
  while (from <= text.size()) {
    const std::size_t to = std::min(text.find('\n', from), text.size());
    out += std::string(indent) + " * " + std::string(text.substr(from, to - from)) + "\n";
    from = to + 1;
  }
  return out + std::string(indent) + " */\n";
}

/// The TypeScript type of a JSON value of C++ type T.
template <class T> std::string ts_type() {
  if constexpr (std::is_same_v<T, std::string> || reflect::StringLeaf<T>)
    return "string";
  else if constexpr (std::is_same_v<T, bool>)
    return "boolean";
  else if constexpr (reflect::Integer<T> || reflect::Real<T>)
    return "number";
  else if constexpr (reflect::Enum<T> || reflect::Struct<T>)
    return std::string(type_doc<T>().name);
  else if constexpr (reflect::Optional<T>)
    return ts_type<typename T::value_type>();
  else if constexpr (reflect::Vector<T>)
    return ts_type<typename T::value_type>() + "[]";
  else
    return "Record<string, string>";
}

/// The member's description, plus the string format where TypeScript cannot express it.
template <class M> std::string member_doc(std::string_view doc) {
  using V = schema::value_of_t<M>;
  std::string text = schema::member_description<M>(doc);
  if constexpr (reflect::StringLeaf<V> && !schema::Reference<V>)
    text += " Format: " + std::string(V::expected) + ".";
  return text;
}

struct DeclarationWriter {
  std::string out;

  template <class E> static void enumeration_into(std::string& out) {
    constexpr auto doc = type_doc<E>();
    std::string text(doc.doc);
    for (const auto& value : doc.members)
      text += "\n- `" + std::string(value.name) + "`: " + std::string(value.doc);
    out += jsdoc(text, "") + "export type " + std::string(doc.name) + " =";
    for (const auto& value : doc.members)
      out += "\n  | '" + std::string(value.name) + "'";
    out += ";\n\n";
  }
  template <class E> void enumeration() { enumeration_into<E>(out); }

  template <class T> void structure() {
    constexpr auto doc = type_doc<T>();
    out += jsdoc(doc.doc, "") + "export interface " + std::string(doc.name) + " {\n";
    reflect::for_each_member<T>([&](auto d) {
      using M = reflect::member_t<decltype(d)>;
      if constexpr (reflect::ExtensionFields<M>) {
        out += jsdoc("Fields of your own, kept through every round trip.", "  ") +
               "  [extension: `x-${string}`]: unknown;\n";
      } else {
        out += jsdoc(member_doc<M>(doc.member(d.name)), "  ") + "  " +
               std::string(reflect::member_key<decltype(d)>) +
               (reflect::is_required<M> ? "" : "?") + ": " + ts_type<M>() + ";\n";
      }
    });
    out += "}\n\n";
  }
};

} // namespace

std::string typescript_declarations() {
  DeclarationWriter writer;
  writer.out = "// TypeScript declarations of story documents, schema version " +
               std::string(schema_version) +
               ".\n// Generated from the C++ model (sdk/include/storydata/); do not edit: run "
               "scripts/generate.sh.\n\n";
  schema::for_each_named_type<Story>(writer);
  return writer.out;
}

namespace {

/// Collects the names of the enums and structs reachable from Story.
struct StoryTypes {
  std::set<std::string_view> names;
  template <class E> void enumeration() { names.insert(type_doc<E>().name); }
  template <class T> void structure() { names.insert(type_doc<T>().name); }
};

/// Plain data the npm package returns (query rows, networks, highlights, formats): every field
/// present (null where absent) under its camelCase name, story enums imported from story.d.ts,
/// other named types declared here once.
struct RecordWriter {
  std::set<std::string_view> story_types;
  std::set<std::string_view> imported{};
  std::string enums{}, structs{}, rows{}, row_union{};
  std::set<std::string_view> written{};

  template <class T> std::string type() {
    if constexpr (reflect::Optional<T>) {
      return type<typename T::value_type>() + " | null";
    } else if constexpr (reflect::Vector<T>) {
      return type<typename T::value_type>() + "[]";
    } else if constexpr (reflect::Enum<T>) {
      constexpr auto doc = type_doc<T>();
      if (story_types.contains(doc.name))
        imported.insert(doc.name);
      else if (written.insert(doc.name).second)
        DeclarationWriter::enumeration_into<T>(enums);
      return std::string(doc.name);
    } else if constexpr (reflect::Struct<T>) {
      if (written.insert(type_doc<T>().name).second) structs += interface<T>("");
      return std::string(type_doc<T>().name);
    } else if constexpr (std::is_same_v<T, bool>) {
      return "boolean";
    } else if constexpr (std::is_arithmetic_v<T>) {
      return "number";
    } else {
      static_assert(std::is_convertible_v<T, std::string_view> || std::is_same_v<T, const Id*>,
                    "no TypeScript for this type");
      return "string"; // text, or an id the record points to
    }
  }

  template <class T> std::string interface(std::string_view tag) {
    constexpr auto doc = type_doc<T>();
    std::string out = jsdoc(doc.doc, "") + "export interface " + std::string(doc.name) + " {\n";
    if (!tag.empty()) out += "  type: '" + std::string(tag) + "';\n";
    reflect::for_each_member<T>([&](auto d) {
      using M = reflect::member_t<decltype(d)>;
      out += jsdoc(doc.member(d.name), "  ") + "  " + camel_case(d.name) + ": " + type<M>() + ";\n";
    });
    return out + "}\n\n";
  }

  template <class R> void operator()() {
    rows += interface<R>(R::type);
    row_union += "\n  | " + std::string(type_doc<R>().name);
  }

  /// The file: a header, the imports, then the declarations.
  std::string file(std::string_view header) const {
    std::string names;
    for (const auto name : imported)
      names += (names.empty() ? "" : ", ") + std::string(name);
    return std::string(header) + "import type { " + names + " } from './story.js';\n\n" + enums +
           structs + rows;
  }
};

std::set<std::string_view> story_type_names() {
  StoryTypes story;
  schema::for_each_named_type<Story>(story);
  return story.names;
}

} // namespace

std::string query_declarations() {
  RecordWriter writer{story_type_names()};
  query_rows::for_each_row_type(writer);
  return writer.file("// TypeScript declarations of query rows, as query() returns them.\n// "
                     "Generated from the C++ row records (sdk/src/query/records.hpp); do not "
                     "edit: run scripts/generate.sh.\n\n") +
         "/** A row of a query result: `type` says which. */\nexport type QueryRow =" +
         writer.row_union + ";\n";
}

std::string api_declarations() {
  RecordWriter writer{story_type_names()};
  writer.type<Network>();
  writer.type<Highlight>();
  writer.type<FormatInfo>();
  return writer.file("// TypeScript declarations of the plain data the npm package returns: the "
                     "network, highlights,\n// formats. Generated from the C++ types; do not "
                     "edit: run scripts/generate.sh.\n\n");
}

std::string diagnostic_declarations() {
  DeclarationWriter writer;
  writer.out = "// TypeScript declarations of the diagnostics every call reports.\n// Generated "
               "from the C++ types (sdk/include/storydata/diagnostic.hpp); do not edit: run "
               "scripts/generate.sh.\n\n";
  schema::for_each_named_type<Diagnostic>(writer);
  return writer.out;
}

} // namespace storydata
