// The WebAssembly boundary: thin embind wrappers over the C++ API. Values cross as plain JS
// objects and strings; no C++ object outlives a call, so nothing needs freeing from JS. Text
// arrives as a JS string or as UTF-8 bytes (embind takes a Uint8Array for std::string). The ES
// module in ../index.js turns these results into the documented API (../index.d.ts).
#include <algorithm>
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

template <class T, class F> val array_of(const T& items, F&& convert) {
  val out = val::array();
  for (const auto& item : items)
    out.call<void>("push", convert(item));
  return out;
}

val to_js(const std::vector<storydata::Diagnostic>& diagnostics) {
  return array_of(diagnostics, [](const auto& d) { return to_js(d); });
}

std::string text_of(std::string_view s) {
  return std::string(s);
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

val node(const storydata::Corpus& corpus, const storydata::ActorGraph& graph, std::size_t entity,
         double betweenness, std::size_t component) {
  const auto& actor = corpus.actors_of(entity).front();
  val out = val::object();
  out.set("id", actor->id.value);
  out.set("story", corpus.story(actor.story).id.value);
  out.set("name", actor->name);
  out.set("kind", text_of(storydata::enum_name(actor->kind)));
  out.set("degree", graph.degree(entity));
  out.set("betweenness", betweenness);
  out.set("component", component);
  return out;
}

val edge(const storydata::Edge& e) {
  val out = val::object();
  out.set("from", e.from_actor->id.value);
  out.set("to", e.to_actor->id.value);
  out.set("via", e.source_id().value);
  out.set("source", std::string(e.event ? "event" : "relation"));
  out.set("kind", text_of(e.kind));
  out.set("role", e.role ? val(text_of(storydata::enum_name(*e.role))) : val::null());
  out.set("certainty", text_of(storydata::enum_name(e.certainty)));
  out.set("symmetric", e.symmetric);
  return out;
}

/// {nodes, edges} of the entities given (all when `only` is null), with the edges among them.
val network_of(const storydata::Corpus& corpus, const storydata::ActorGraph& graph,
               const std::vector<std::size_t>& entities,
               const std::vector<const storydata::Edge*>& edges) {
  const auto betweenness = graph.betweenness();
  std::vector<std::size_t> component(corpus.entity_count(), 0);
  const auto components = graph.components();
  for (std::size_t c = 0; c < components.size(); ++c)
    for (const std::size_t e : components[c])
      component[e] = c;
  val out = val::object();
  out.set("nodes", array_of(entities, [&](std::size_t e) {
            return node(corpus, graph, e, betweenness[e], component[e]);
          }));
  out.set("edges", array_of(edges, [](const storydata::Edge* e) { return edge(*e); }));
  return out;
}

val network(const std::string& story_text) {
  return with_story(story_text, [](const storydata::Corpus& corpus) {
    const storydata::ActorGraph graph(corpus);
    std::vector<std::size_t> entities(corpus.entity_count());
    for (std::size_t e = 0; e < entities.size(); ++e)
      entities[e] = e;
    std::vector<const storydata::Edge*> edges;
    for (const auto& e : graph.edges())
      edges.push_back(&e);
    return network_of(corpus, graph, entities, edges);
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
    const auto ego = graph.ego(found.front(), hops);
    return network_of(corpus, graph, ego.entities, ego.edges);
  });
}

val highlights(const std::string& story_text) {
  return with_story(story_text, [](const storydata::Corpus& corpus) {
    return array_of(storydata::highlights(corpus.story(0)), [](const storydata::Highlight& h) {
      val out = val::object();
      out.set("paragraph", h.paragraph);
      out.set("start", h.start);
      out.set("end", h.end);
      out.set("utf16Start", h.utf16_start);
      out.set("utf16End", h.utf16_end);
      out.set("type", text_of(h.type));
      out.set("id", h.id->value);
      return out;
    });
  });
}

val formats() {
  return array_of(storydata::formats(), [](const storydata::FormatInfo& f) {
    val out = val::object();
    out.set("name", text_of(f.name));
    out.set("description", text_of(f.description));
    out.set("extension", text_of(f.extension));
    out.set("canImport", f.can_import);
    out.set("canExport", f.can_export);
    return out;
  });
}

/// {ok, output, diagnostics}: `from` is a format name or "" to detect it from the content.
val convert(const std::string& text, const std::string& from, const std::string& to) {
  val out = val::object();
  const auto fail = [&](std::string message) {
    out.set("ok", false);
    out.set("output", std::string());
    out.set("diagnostics", val::array());
    out.set("error", std::move(message));
    return out;
  };
  const auto source = from.empty() ? storydata::detect_format(text) : storydata::parse_format(from);
  if (!source)
    return fail(from.empty() ? "cannot tell the input's format: give `from`"
                             : "unknown format \"" + from + "\"");
  const auto target = storydata::parse_format(to);
  if (!target) return fail("unknown format \"" + to + "\"");
  // As `storydata convert` does: a story imported from another format is checked like any
  // other; its problems and the export's losses point into that story, the import's into the
  // input.
  auto imported = storydata::import_story(text, *source);
  std::vector<storydata::Diagnostic> diagnostics = std::move(imported.diagnostics);
  const auto add = [&](std::vector<storydata::Diagnostic> more) {
    diagnostics.insert(diagnostics.end(), more.begin(), more.end());
  };
  std::string output;
  if (imported.ok()) {
    if (*source != storydata::Format::story) add(storydata::check(imported.story));
    auto exported = storydata::export_story(imported.story, *target);
    add(std::move(exported.diagnostics));
    if (exported.ok()) output = std::move(exported.text);
  }
  const bool ok = !output.empty() && std::none_of(diagnostics.begin(), diagnostics.end(),
                                                  [](const storydata::Diagnostic& d) {
                                                    return d.severity == storydata::Severity::error;
                                                  });
  out.set("ok", ok);
  out.set("output", output);
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
