// The WebAssembly boundary: thin embind wrappers over the C++ API. Values cross as plain JS
// objects and strings; no C++ object outlives a call, so nothing needs freeing from JS.
#include <emscripten/bind.h>
#include <emscripten/val.h>
#include <storydata/storydata.hpp>

namespace {

using emscripten::val;

val to_js(const storydata::Diagnostic& d) {
  val out = val::object();
  out.set("severity", std::string(storydata::to_string(d.severity)));
  out.set("code", d.code);
  out.set("pointer", d.pointer);
  out.set("line", d.line);
  out.set("column", d.column);
  out.set("message", d.message);
  out.set("hint", d.hint);
  return out;
}

val to_js(const std::vector<storydata::Diagnostic>& diagnostics) {
  val out = val::array();
  for (const auto& d : diagnostics)
    out.call<void>("push", to_js(d));
  return out;
}

/// {ok, story: canonical JSON text, diagnostics: [...]}; the JS layer parses the story text.
val decode(const std::string& text) {
  const auto result = storydata::decode(text);
  val out = val::object();
  out.set("ok", result.ok());
  out.set("story", result.ok() ? val(storydata::encode(result.story)) : val::null());
  out.set("diagnostics", to_js(result.diagnostics));
  return out;
}

/// {ok, diagnostics: [...]}: structure and semantic rules, as `storydata validate` reports them.
val validate(const std::string& text) {
  const auto result = storydata::validate(text);
  val out = val::object();
  out.set("ok", result.ok());
  out.set("diagnostics", to_js(result.diagnostics));
  return out;
}

/// {result: the query's result as JSON text, the same bytes as natively}, or {diagnostics} when
/// the story does not validate.
val query(const std::string& story_text, const std::string& query_text) {
  const auto validated = storydata::validate(story_text);
  val out = val::object();
  if (!validated.ok()) {
    out.set("diagnostics", to_js(validated.diagnostics));
    return out;
  }
  const storydata::Corpus corpus(validated.story);
  out.set("result", storydata::to_json(storydata::query(corpus, query_text)));
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
  emscripten::function("jsonSchema", &storydata::json_schema);
  emscripten::function("sdkVersion", &sdk_version);
  emscripten::function("schemaVersion", &schema_version);
}
