// Query results as JSON: the format of `storydata query --format json` and of the JS API.
#include "model/reflect.hpp"

#include <nlohmann/json.hpp>
#include <storydata/query.hpp>

namespace storydata {
namespace {

using json = nlohmann::ordered_json;

template <class E> json name(E value) {
  return std::string(reflect::enum_name(value));
}

json time_of(const std::optional<VagueTime>& time) {
  return time ? json(display(*time)) : json(nullptr);
}

json day(const std::optional<std::int32_t>& day) {
  return day ? json(iso_date(*day)) : json(nullptr);
}

json direction(Direction d) {
  return d == Direction::out ? "out" : d == Direction::in ? "in" : "both";
}

// One row as an object: its type and story first, then its fields, always the same keys per type.
struct RowWriter {
  const Corpus& corpus;

  json head(std::string_view type, std::size_t story) const {
    return json{{"type", type}, {"story", corpus.story(story).id.value}};
  }

  json operator()(const Found<Actor>& a) const {
    json j = head("actor", a.story);
    j["id"] = a->id.value;
    j["kind"] = name(a->kind);
    j["name"] = a->name;
    return j;
  }
  json operator()(const Found<Event>& e) const {
    json j = head("event", e.story);
    j["id"] = e->id.value;
    j["kind"] = name(e->kind);
    j["time"] = time_of(e->time);
    j["certainty"] = name(e->attribution.certainty);
    j["participants"] = json::array();
    for (const auto& p : e->participants)
      j["participants"].push_back({{"actor", p.actor.id}, {"role", name(p.role)}});
    j["summary"] = e->summary;
    return j;
  }
  json operator()(const Found<Claim>& c) const {
    json j = head("claim", c.story);
    j["id"] = c->id.value;
    j["speaker"] = c->speaker.id;
    j["certainty"] = name(c->attribution.certainty);
    j["quote"] = c->quote;
    j["text"] = c->text;
    return j;
  }
  json operator()(const Found<Relation>& r) const {
    json j = head("relation", r.story);
    j["id"] = r->id.value;
    j["kind"] = name(r->kind);
    j["subject"] = r->subject.id;
    j["object"] = r->object.id;
    j["certainty"] = name(r->attribution.certainty);
    return j;
  }
  json operator()(const TimelineEntry& t) const {
    json j = head("timeline", t.event.story);
    j["id"] = t.event->id.value;
    j["kind"] = name(t.event->kind);
    j["time"] = t.label;
    j["first"] = day(t.range.first);
    j["last"] = day(t.range.last);
    j["approximate"] = t.approximate;
    j["summary"] = t.event->summary;
    return j;
  }
  json operator()(const Step& s) const {
    json j = head("step", s.actor.story);
    j["actor"] = s.actor->id.value;
    j["name"] = s.actor->name;
    const Edge* edge = s.edge ? &*s.edge : nullptr;
    j["via"] = edge ? json(edge->source_id().value) : json(nullptr);
    j["edge"] = edge ? json(edge->kind) : json(nullptr);
    j["role"] = edge && edge->role ? name(*edge->role) : json(nullptr);
    j["direction"] = edge ? direction(s.direction) : json(nullptr);
    j["certainty"] = edge ? name(edge->certainty) : json(nullptr);
    return j;
  }
  json operator()(const ProvenanceRow& p) const {
    json j = head("provenance", p.story);
    j["chain"] = p.chain;
    const Source* source = p.step.source;
    const Derivation* d = p.step.derivation;
    j["source"] = source ? source->id.value : "article";
    j["title"] = source ? source->title : corpus.story(p.story).article.headline;
    j["derivation"] = d ? name(d->kind) : json(nullptr);
    j["by"] = d && d->by ? json(d->by->id) : json(nullptr);
    j["time"] = d ? time_of(d->time) : json(nullptr);
    return j;
  }
};

// Replaces invalid UTF-8 (a query may quote anything) rather than abort: the core has no
// exceptions.
std::string dump(const json& j) {
  return j.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace

std::string to_json(const QueryResult& result) {
  if (result.error)
    return dump(
        {{"error", {{"message", result.error->message}, {"column", result.error->column}}}});
  json rows = json::array();
  for (const auto& row : result.rows)
    rows.push_back(std::visit(RowWriter{*result.corpus}, row));
  return dump({{"form", result.form}, {"count", result.rows.size()}, {"rows", std::move(rows)}});
}

} // namespace storydata
