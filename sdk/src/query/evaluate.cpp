// SPDX-License-Identifier: Apache-2.0
// Runs a parsed query against a corpus.
#include "filter.hpp"
#include "parser.hpp"
#include "wording.hpp"

#include <algorithm>
#include <set>
#include <storydata/query.hpp>

namespace storydata {
namespace {

using namespace query_language;

QueryResult failed(QueryError error) {
  return {.error = std::move(error)};
}

// Filters, orders and limits rows of one object type; `key` gives the object a row stands for.
template <class R, class Key>
QueryResult select(const Corpus& corpus, const Parsed& parsed, std::vector<R> rows, Key key) {
  std::vector<Resolved> conditions;
  if (auto error = resolve(corpus, parsed.form, parsed.where, conditions)) return failed(*error);
  std::erase_if(rows, [&](const R& row) { return !matches(corpus, key(row), conditions); });
  if (parsed.order) {
    const Field field = parsed.order->field;
    std::stable_sort(rows.begin(), rows.end(), [&](const R& a, const R& b) {
      const Held x = held(corpus, key(a), field), y = held(corpus, key(b), field);
      return parsed.order->descending ? precedes(y, x) : precedes(x, y);
    });
  }
  if (parsed.limit && rows.size() > *parsed.limit) rows.resize(*parsed.limit);
  QueryResult result{.form = std::string(form_name(parsed.form)), .corpus = &corpus};
  result.rows.assign(rows.begin(), rows.end());
  return result;
}

constexpr auto itself = [](const auto& row) -> const auto& {
  return row;
};

QueryResult graph_query(const Corpus& corpus, const Parsed& parsed) {
  std::vector<std::size_t> ends;
  for (const auto& value : parsed.actors) {
    std::vector<std::size_t> entities;
    if (auto error = resolve_actor(corpus, value, entities)) return failed(*error);
    ends.push_back(entities.front()); // a name shared by several actors means the first
  }
  const ActorGraph graph(corpus);
  QueryResult result{.form = std::string(form_name(parsed.form)), .corpus = &corpus};
  if (parsed.form == Form::neighbours) {
    for (const auto& n : graph.neighbours(ends[0]))
      result.rows.emplace_back(Step{n.actor, n.edge, n.direction});
    return result;
  }
  const auto path = graph.shortest_path(ends[0], ends[1]);
  if (!path) return result;
  result.rows.emplace_back(Step{corpus.actors_of(ends[0]).front(), std::nullopt});
  for (const auto& n : *path)
    result.rows.emplace_back(Step{n.actor, n.edge, n.direction});
  return result;
}

QueryResult provenance_query(const Corpus& corpus, const Parsed& parsed) {
  const Value& id = parsed.actors.front();
  QueryResult result{.form = "provenance", .corpus = &corpus};
  std::set<std::string_view> ids; // what the corpus holds, for "did you mean"
  const auto add_ids = [&](const auto& items) {
    for (const auto& item : items)
      ids.insert(item.id.value);
  };
  std::size_t chain = 0;
  for (std::size_t s = 0; s < corpus.size(); ++s) {
    const Story& story = corpus.story(s);
    add_ids(story.events);
    add_ids(story.claims);
    add_ids(story.relations);
    add_ids(story.sources);
    for (const auto& steps : provenance(story, id.text)) {
      for (const auto& step : steps)
        result.rows.emplace_back(ProvenanceRow{s, chain, step});
      ++chain;
    }
  }
  if (ids.contains(id.text)) return result;
  return failed({"no event, claim, relation or source has the id " + in_quotes(id.text) +
                     suggestion(id.text, {ids.begin(), ids.end()}),
                 id.column});
}

} // namespace

QueryResult query(const Corpus& corpus, std::string_view text) {
  const Parsed parsed = parse(text);
  if (parsed.error) return failed(*parsed.error);
  switch (parsed.form) {
  case Form::events:
    return select(corpus, parsed, corpus.all_events(), itself);
  case Form::actors:
    return select(corpus, parsed, corpus.all_actors(), itself);
  case Form::claims:
    return select(corpus, parsed, corpus.all_claims(), itself);
  case Form::relations:
    return select(corpus, parsed, corpus.all_relations(), itself);
  case Form::quantities:
    return select(corpus, parsed, corpus.all_quantities(), itself);
  case Form::timeline:
    return select(corpus, parsed, timeline(corpus),
                  [](const TimelineEntry& entry) -> const Found<Event>& { return entry.event; });
  case Form::path:
  case Form::neighbours:
    return graph_query(corpus, parsed);
  case Form::provenance:
    return provenance_query(corpus, parsed);
  }
  return failed({"unsupported query", 1});
}

} // namespace storydata
