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

/// {ok, story: canonical JSON text, diagnostics: [...]}; the JS layer parses the story text.
val decode(const std::string& text) {
  const auto result = storydata::decode(text);
  val diagnostics = val::array();
  for (const auto& d : result.diagnostics)
    diagnostics.call<void>("push", to_js(d));
  val out = val::object();
  out.set("ok", result.ok());
  out.set("story", result.ok() ? val(storydata::encode(result.story)) : val::null());
  out.set("diagnostics", diagnostics);
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
  emscripten::function("jsonSchema", &storydata::json_schema);
  emscripten::function("sdkVersion", &sdk_version);
  emscripten::function("schemaVersion", &schema_version);
}
