// SPDX-License-Identifier: Apache-2.0
// Query results as JSON: the format of `storydata query --format json` and of the JS API. Each
// row becomes its record (records.hpp), written field by field in declaration order.
#include "model/plain_json.hpp"
#include "records.hpp"

#include <storydata/query.hpp>

namespace storydata {
namespace {

using nlohmann::ordered_json;
using namespace query_rows;

/// A row as its record's object, its type first.
template <class R> ordered_json row(const R& record) {
  ordered_json out = {{"type", R::type}};
  out.update(reflect::plain_json(record));
  return out;
}

std::optional<std::string> time_of(const std::optional<VagueTime>& time) {
  return time ? std::optional(display(*time)) : std::nullopt;
}

std::optional<std::string> day(const std::optional<std::int32_t>& day) {
  return day ? std::optional(iso_date(*day)) : std::nullopt;
}

// One row's record.
struct RowWriter {
  const Corpus& corpus;

  const std::string& story(std::size_t s) const { return corpus.story(s).id.value; }

  ordered_json operator()(const Found<Actor>& a) const {
    return row(ActorRow{story(a.story), a->id.value, a->kind, a->name});
  }
  ordered_json operator()(const Found<Event>& e) const {
    std::vector<ParticipantRow> participants;
    for (const auto& p : e->participants)
      participants.push_back({p.actor.id, p.role});
    return row(EventRow{story(e.story), e->id.value, e->kind, time_of(e->time),
                        e->attribution.certainty, std::move(participants), e->summary});
  }
  ordered_json operator()(const Found<Claim>& c) const {
    return row(ClaimRow{story(c.story), c->id.value, c->speaker.id, c->attribution.certainty,
                        c->quote, c->text});
  }
  ordered_json operator()(const Found<Relation>& r) const {
    return row(RelationRow{story(r.story), r->id.value, r->kind, r->subject.id, r->object.id,
                           r->attribution.certainty});
  }
  ordered_json operator()(const Found<Quantity>& q) const {
    const auto id_of = [](const auto& ref) -> std::optional<std::string> {
      if (ref) return ref->id;
      return std::nullopt;
    };
    return row(QuantityRow{story(q.story), q->id.value, q->measure, q->value, q->upper,
                           q->qualifier, q->unit, id_of(q->event), id_of(q->of),
                           q->attribution.certainty});
  }
  ordered_json operator()(const TimelineEntry& t) const {
    return row(TimelineRow{story(t.event.story), t.event->id.value, t.event->kind, t.label,
                           day(t.range.first), day(t.range.last), t.approximate, t.event->summary});
  }
  ordered_json operator()(const Step& s) const {
    StepRow out{story(s.actor.story), s.actor->id.value, s.actor->name, {}, {}, {}, {}, {}};
    if (const auto& edge = s.edge) {
      out.via = edge->source_id().value;
      out.edge = std::string(edge->kind);
      out.role = edge->role;
      out.direction = s.direction;
      out.certainty = edge->certainty;
    }
    return row(out);
  }
  ordered_json operator()(const storydata::ProvenanceRow& p) const {
    const Source* source = p.step.source;
    const Derivation* d = p.step.derivation;
    return row(query_rows::ProvenanceRow{
        story(p.story), p.chain, source ? source->id.value : "article",
        source ? source->title : corpus.story(p.story).article.headline,
        d ? std::optional(d->kind) : std::nullopt,
        d && d->by ? std::optional(d->by->id) : std::nullopt, d ? time_of(d->time) : std::nullopt});
  }
};

// Replaces invalid UTF-8 (a query may quote anything) rather than abort: the core has no
// exceptions.
std::string dump(const ordered_json& j) {
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

} // namespace

std::string to_json(const QueryResult& result) {
  if (result.error)
    return dump(
        {{"error", {{"message", result.error->message}, {"column", result.error->column}}}});
  ordered_json rows = ordered_json::array();
  for (const auto& r : result.rows)
    rows.push_back(std::visit(RowWriter{*result.corpus}, r));
  return dump({{"form", result.form}, {"count", result.rows.size()}, {"rows", std::move(rows)}});
}

} // namespace storydata
