// SPDX-License-Identifier: Apache-2.0
// The WebAssembly boundary: embind registrations over the C++ API, and one marshalling from
// described C++ types to plain JS values. Values cross as plain JS objects and strings; no C++
// object outlives a call, so nothing needs freeing from JS. Text arrives as a JS string or as
// UTF-8 bytes (embind takes a Uint8Array for std::string). The ES module in ../index.js turns
// these results into the documented API (../index.d.ts).
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <storydata/storydata.hpp>
#include <type_traits>

namespace {

using emscripten::val;

template <class T> val to_js(const T& value);

template <class T> val array_of(const T& items) {
  val out = val::array();
  for (const auto& item : items)
    out.call<void>("push", to_js(item));
  return out;
}

/// Strings, numbers and booleans as themselves, enums by their JSON name, ids by their text,
/// absent values as null, lists as arrays and described structs as objects with camelCase keys.
template <class T> val to_js(const T& value) {
  if constexpr (requires { value.has_value(); })
    return value ? to_js(*value) : val::null();
  else if constexpr (std::is_same_v<T, std::string> || std::is_arithmetic_v<T>)
    return val(value);
  else if constexpr (std::is_same_v<T, std::string_view>)
    return val(std::string(value));
  else if constexpr (std::is_enum_v<T>)
    return val(std::string(storydata::enum_name(value)));
  else if constexpr (std::is_same_v<T, const storydata::Id*>)
    return val(value->value);
  else if constexpr (requires { value.begin(); })
    return array_of(value);
  else {
    val out = val::object();
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_any_access>>(
        [&](auto member) {
          out.set(storydata::camel_case(member.name), to_js(value.*member.pointer));
        });
    return out;
  }
}

/// {ok, story: canonical JSON text or null, diagnostics}; the JS layer parses the story text.
val decode(const std::string& text) {
  const auto result = storydata::decode(text);
  val out = val::object();
  out.set("ok", result.ok());
  out.set("story", result.ok() ? val(storydata::encode(result.story)) : val::null());
  out.set("diagnostics", to_js(result.diagnostics));
  return out;
}

/// {ok, diagnostics}: structure and semantic rules, as `storydata validate` reports them.
val validate(const std::string& text) {
  const auto result = storydata::validate(text);
  val out = val::object();
  out.set("ok", result.ok());
  out.set("diagnostics", to_js(result.diagnostics));
  return out;
}

/// Runs `answer(corpus)` on a valid story and returns {result}, or {diagnostics} when the story
/// does not validate.
template <class F> val with_story(const std::string& story_text, F&& answer) {
  const auto validated = storydata::validate(story_text);
  val out = val::object();
  if (!validated.ok()) {
    out.set("diagnostics", to_js(validated.diagnostics));
    return out;
  }
  const storydata::Corpus corpus(validated.story);
  out.set("result", answer(corpus));
  return out;
}

/// The query's result as JSON text, the same bytes as natively (`storydata query --format json`).
val query(const std::string& story_text, const std::string& query_text) {
  return with_story(story_text, [&](const storydata::Corpus& corpus) {
    return val(storydata::to_json(storydata::query(corpus, query_text)));
  });
}

val network(const std::string& story_text) {
  return with_story(story_text, [](const storydata::Corpus& corpus) {
    return to_js(storydata::ActorGraph(corpus).network());
  });
}

/// The ego network of an actor (id, QID or name), or {error} when nothing has that name.
val ego_network(const std::string& story_text, const std::string& actor, unsigned hops) {
  return with_story(story_text, [&](const storydata::Corpus& corpus) {
    const auto found = corpus.resolve(actor);
    if (found.empty()) {
      val error = val::object();
      error.set("error", "no actor has the id, QID or name \"" + actor + "\"");
      return error;
    }
    const storydata::ActorGraph graph(corpus);
    return to_js(graph.network(graph.ego(found.front(), hops)));
  });
}

val highlights(const std::string& story_text) {
  return with_story(story_text, [](const storydata::Corpus& corpus) {
    return to_js(storydata::highlights(corpus.story(0)));
  });
}

val formats() {
  return to_js(storydata::formats());
}

/// {ok, output, diagnostics} of `storydata convert`: `from` is a format name or "" to detect it
/// from the content; {error} for a format that cannot be told or is unknown.
val convert(const std::string& text, const std::string& from, const std::string& to) {
  val out = val::object();
  const auto source = from.empty() ? storydata::detect_format(text) : storydata::parse_format(from);
  const auto target = storydata::parse_format(to);
  if (!source || !target) {
    out.set("error", !source && from.empty() ? "cannot tell the input's format: give `from`"
                                             : "unknown format \"" + (source ? to : from) + "\"");
    return out;
  }
  auto conversion = storydata::convert_document(text, *source, *target);
  auto diagnostics = std::move(conversion.input_diagnostics);
  diagnostics.insert(diagnostics.end(), conversion.story_diagnostics.begin(),
                     conversion.story_diagnostics.end());
  out.set("ok", conversion.ok());
  out.set("output", conversion.output.value_or(""));
  out.set("diagnostics", to_js(diagnostics));
  return out;
}

std::string sdk_version() {
  return std::string(storydata::sdk_version);
}
std::string schema_version() {
  return std::string(storydata::schema_version);
}

} // namespace

EMSCRIPTEN_BINDINGS(storydata) {
  emscripten::function("decode", &decode);
  emscripten::function("validate", &validate);
  emscripten::function("query", &query);
  emscripten::function("network", &network);
  emscripten::function("egoNetwork", &ego_network);
  emscripten::function("highlights", &highlights);
  emscripten::function("formats", &formats);
  emscripten::function("convert", &convert);
  emscripten::function("jsonSchema", &storydata::json_schema);
  emscripten::function("sdkVersion", &sdk_version);
  emscripten::function("schemaVersion", &schema_version);
}
