// SPDX-License-Identifier: Apache-2.0
#include "filter.hpp"

#include "model/reflect.hpp"
#include "wording.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

namespace storydata::query_language {
namespace {

template <class E> std::vector<std::string_view> enum_names() {
  std::vector<std::string_view> names;
  boost::mp11::mp_for_each<boost::describe::describe_enumerators<E>>(
      [&](auto e) { names.push_back(e.name); });
  return names;
}

// A number as the query writes it ("381", "6.1", "-2", "1e6"); nullopt for anything else.
std::optional<double> parse_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(value)) return std::nullopt;
  return value;
}

template <class E>
std::optional<QueryError> resolve_enum(const Value& value, std::string_view field,
                                       std::vector<int>& ordinals) {
  const auto names = enum_names<E>();
  const auto found = std::find(names.begin(), names.end(), value.text);
  if (found != names.end()) {
    ordinals.push_back(static_cast<int>(found - names.begin()));
    return std::nullopt;
  }
  const std::string hint = suggestion(value.text, names);
  return QueryError{"unknown " + std::string(field) + " " + in_quotes(value.text) +
                        (hint.empty() ? "; expected one of: " + listed(names) : hint),
                    value.column};
}

std::optional<QueryError> resolve_value(const Corpus& corpus, Form form, const Value& value,
                                        Resolved& r) {
  switch (r.condition.field.kind) {
  case FieldKind::role:
  case FieldKind::actor:
  case FieldKind::speaker:
  case FieldKind::about:
  case FieldKind::subject:
  case FieldKind::object:
  case FieldKind::place:
    return resolve_actor(corpus, value, r.entities);
  case FieldKind::kind:
    if (form == Form::actors) return resolve_enum<ActorKind>(value, "actor kind", r.ordinals);
    if (form == Form::relations)
      return resolve_enum<RelationKind>(value, "relation kind", r.ordinals);
    if (form == Form::quantities) return resolve_enum<Measure>(value, "measure", r.ordinals);
    return resolve_enum<EventKind>(value, "event kind", r.ordinals);
  case FieldKind::certainty:
    return resolve_enum<Certainty>(value, "certainty", r.ordinals);
  case FieldKind::status:
    return resolve_enum<EventStatus>(value, "status", r.ordinals);
  case FieldKind::time:
    if (const auto date = PartialDate::parse(value.text)) {
      r.dates.push_back(*date);
      return std::nullopt;
    }
    return QueryError{"expected a date: YYYY, YYYY-MM or YYYY-MM-DD, found " +
                          in_quotes(value.text),
                      value.column};
  case FieldKind::number:
    if (const auto number = parse_number(value.text)) {
      r.numbers.push_back(*number);
      return std::nullopt;
    }
    return QueryError{"expected a number, found " + in_quotes(value.text), value.column};
  case FieldKind::id:
  case FieldKind::name:
  case FieldKind::story:
  case FieldKind::link:
  case FieldKind::event:
    return std::nullopt; // compared as text
  }
  return std::nullopt;
}

// Whether a dated range satisfies a time comparison with `date`.
bool time_holds(Op op, const DayRange& range, const std::vector<PartialDate>& dates) {
  const PartialDate& date = dates.front();
  const auto at_or_after = [&](std::int32_t day) { return !range.last || *range.last >= day; };
  const auto at_or_before = [&](std::int32_t day) { return !range.first || *range.first <= day; };
  switch (op) {
  case Op::ge:
    return at_or_after(date.first_day());
  case Op::gt:
    return at_or_after(date.last_day() + 1);
  case Op::le:
    return at_or_before(date.last_day());
  case Op::lt:
    return at_or_before(date.first_day() - 1);
  case Op::between:
    return at_or_after(date.first_day()) && at_or_before(dates.back().last_day());
  case Op::eq:
  case Op::ne:
  case Op::in:
    return std::any_of(dates.begin(), dates.end(), [&](const PartialDate& d) {
             return at_or_after(d.first_day()) && at_or_before(d.last_day());
           }) != (op == Op::ne);
  }
  return false;
}

// Ordinals (certainty, kinds) and numbers (a quantity's value) compare alike.
template <class T> bool ordinal_holds(Op op, T x, const std::vector<T>& values) {
  switch (op) {
  case Op::eq:
  case Op::in:
    return std::find(values.begin(), values.end(), x) != values.end();
  case Op::ne:
    return std::find(values.begin(), values.end(), x) == values.end();
  case Op::lt:
    return x < values.front();
  case Op::le:
    return x <= values.front();
  case Op::gt:
    return x > values.front();
  case Op::ge:
    return x >= values.front();
  case Op::between:
    return values.front() <= x && x <= values.back();
  }
  return false;
}

std::vector<std::size_t> entities_in(const Corpus& corpus, std::size_t story,
                                     const std::vector<std::string_view>& ids) {
  std::vector<std::size_t> entities;
  for (const auto id : ids)
    if (const auto entity = corpus.entity(story, id)) entities.push_back(*entity);
  return entities;
}

// Where an event happened: its place and location participants, and every place they lie within.
std::vector<std::string_view> places_of(const Corpus& corpus, const Found<Event>& event) {
  std::vector<std::string_view> places;
  if (event->place) places.push_back(event->place->id);
  for (const auto& p : event->participants)
    if (p.role == Role::location) places.push_back(p.actor.id);
  // Each `within` chain up to its end, or to a place already listed (a cycle is SD250's).
  for (std::size_t i = 0; i < places.size(); ++i) {
    const auto actor = corpus.actor(event.story, places[i]);
    if (!actor || !(*actor)->within) continue;
    const std::string_view outer = (*actor)->within->id;
    if (std::find(places.begin(), places.end(), outer) == places.end()) places.push_back(outer);
  }
  return places;
}

template <class T> std::string_view story_id(const Corpus& corpus, const Found<T>& row) {
  return corpus.story(row.story).id.value;
}

template <class E> std::optional<int> ordinal(E value) {
  return static_cast<int>(value);
}

// The fields every object type shares.
template <class T> bool common(const Corpus& corpus, const Found<T>& row, Field field, Held& h) {
  if (field.kind == FieldKind::id)
    h.texts = {row->id.value};
  else if (field.kind == FieldKind::story)
    h.texts = {story_id(corpus, row)};
  else
    return false;
  return true;
}

} // namespace

std::optional<QueryError> resolve_actor(const Corpus& corpus, const Value& value,
                                        std::vector<std::size_t>& entities) {
  const auto found = corpus.resolve(value.text);
  if (!found.empty()) {
    entities.insert(entities.end(), found.begin(), found.end());
    return std::nullopt;
  }
  std::set<std::string_view> ids;
  for (const auto& actor : corpus.all_actors())
    ids.insert(actor->id.value);
  return QueryError{"no actor has the id or name " + in_quotes(value.text) +
                        suggestion(value.text, {ids.begin(), ids.end()}),
                    value.column};
}

std::optional<QueryError> resolve(const Corpus& corpus, Form form,
                                  const std::vector<Condition>& conditions,
                                  std::vector<Resolved>& resolved) {
  for (const auto& condition : conditions) {
    Resolved r{condition};
    for (const auto& value : condition.values)
      if (auto error = resolve_value(corpus, form, value, r)) return error;
    resolved.push_back(std::move(r));
  }
  return std::nullopt;
}

Held held(const Corpus& corpus, const Found<Actor>& row, Field field) {
  Held h;
  if (common(corpus, row, field, h)) return h;
  if (field.kind == FieldKind::kind) h.ordinal = ordinal(row->kind);
  if (field.kind == FieldKind::name) {
    h.texts = {row->name};
    h.texts.insert(h.texts.end(), row->aliases.begin(), row->aliases.end());
    h.folded = true;
  }
  return h;
}

Held held(const Corpus& corpus, const Found<Event>& row, Field field) {
  Held h;
  if (common(corpus, row, field, h)) return h;
  std::vector<std::string_view> ids;
  switch (field.kind) {
  case FieldKind::role:
  case FieldKind::actor:
    for (const auto& p : row->participants)
      if (field.kind == FieldKind::actor || static_cast<int>(p.role) == field.detail)
        ids.push_back(p.actor.id);
    h.entities = entities_in(corpus, row.story, ids);
    break;
  case FieldKind::kind:
    h.ordinal = ordinal(row->kind);
    break;
  case FieldKind::certainty:
    h.ordinal = ordinal(row->attribution.certainty);
    break;
  case FieldKind::status:
    h.ordinal = ordinal(row->status.value_or(EventStatus::occurred));
    break;
  case FieldKind::time:
    h.time = row->time ? &*row->time : nullptr;
    break;
  case FieldKind::link:
    for (const auto& link : row->links)
      if (static_cast<int>(link.kind) == field.detail) h.texts.push_back(link.event.id);
    break;
  case FieldKind::place:
    h.entities = entities_in(corpus, row.story, places_of(corpus, row));
    break;
  default:
    break;
  }
  return h;
}

Held held(const Corpus& corpus, const Found<Claim>& row, Field field) {
  Held h;
  if (common(corpus, row, field, h)) return h;
  std::vector<std::string_view> ids;
  if (field.kind == FieldKind::speaker) {
    ids = {row->speaker.id};
    for (const auto& other : row->also_by)
      ids.push_back(other.id);
  }
  for (const auto& about : row->about_actors)
    if (field.kind == FieldKind::about) ids.push_back(about.id);
  h.entities = entities_in(corpus, row.story, ids);
  if (field.kind == FieldKind::certainty) h.ordinal = ordinal(row->attribution.certainty);
  if (field.kind == FieldKind::time && row->time) h.time = &*row->time;
  return h;
}

Held held(const Corpus& corpus, const Found<Quantity>& row, Field field) {
  Held h;
  if (common(corpus, row, field, h)) return h;
  switch (field.kind) {
  case FieldKind::kind:
    h.ordinal = ordinal(row->measure);
    break;
  case FieldKind::number:
    h.number = row->value;
    break;
  case FieldKind::event:
    if (row->event) h.texts = {row->event->id};
    break;
  case FieldKind::actor:
    if (row->of) h.entities = entities_in(corpus, row.story, {row->of->id});
    break;
  case FieldKind::certainty:
    h.ordinal = ordinal(row->attribution.certainty);
    break;
  case FieldKind::time:
    h.time = row->as_of ? &*row->as_of : nullptr;
    break;
  default:
    break;
  }
  return h;
}

Held held(const Corpus& corpus, const Found<Relation>& row, Field field) {
  Held h;
  if (common(corpus, row, field, h)) return h;
  std::vector<std::string_view> ids;
  if (field.kind == FieldKind::subject || field.kind == FieldKind::actor)
    ids.push_back(row->subject.id);
  if (field.kind == FieldKind::object || field.kind == FieldKind::actor)
    ids.push_back(row->object.id);
  h.entities = entities_in(corpus, row.story, ids);
  if (field.kind == FieldKind::kind) h.ordinal = ordinal(row->kind);
  if (field.kind == FieldKind::certainty) h.ordinal = ordinal(row->attribution.certainty);
  if (field.kind == FieldKind::time && row->time) h.time = &*row->time;
  return h;
}

bool holds(const Resolved& r, const Held& value) {
  const Op op = r.condition.op;
  switch (r.condition.field.kind) {
  case FieldKind::time: {
    if (!value.time) return false;
    const DayRange range = day_range(*value.time);
    // A time with only a label is undated: it matches no time condition.
    return (range.first || range.last) && time_holds(op, range, r.dates);
  }
  case FieldKind::kind:
  case FieldKind::certainty:
  case FieldKind::status:
    return value.ordinal && ordinal_holds(op, *value.ordinal, r.ordinals);
  case FieldKind::number:
    return value.number && ordinal_holds(op, *value.number, r.numbers);
  case FieldKind::id:
  case FieldKind::name:
  case FieldKind::story:
  case FieldKind::link:
  case FieldKind::event: {
    const bool any = std::any_of(value.texts.begin(), value.texts.end(), [&](std::string_view t) {
      return std::any_of(r.condition.values.begin(), r.condition.values.end(), [&](const Value& v) {
        return value.folded ? fold_name(t) == fold_name(v.text) : t == v.text;
      });
    });
    return any != (op == Op::ne);
  }
  default: {
    const bool any = std::any_of(value.entities.begin(), value.entities.end(), [&](std::size_t e) {
      return std::find(r.entities.begin(), r.entities.end(), e) != r.entities.end();
    });
    return any != (op == Op::ne);
  }
  }
}

bool precedes(const Held& a, const Held& b) {
  if (a.time || b.time) {
    if (!a.time || !b.time) return a.time != nullptr;
    return timeline_order(*a.time, *b.time) < 0;
  }
  if (a.ordinal || b.ordinal) {
    if (!a.ordinal || !b.ordinal) return a.ordinal.has_value();
    return *a.ordinal < *b.ordinal;
  }
  if (a.number || b.number) {
    if (!a.number || !b.number) return a.number.has_value();
    return *a.number < *b.number;
  }
  const std::string_view x = a.texts.empty() ? std::string_view{} : a.texts.front();
  const std::string_view y = b.texts.empty() ? std::string_view{} : b.texts.front();
  return x < y;
}

} // namespace storydata::query_language
