// SPDX-License-Identifier: Apache-2.0
// Checks of generated stories: the SDK's own validation, a round trip, and an independent check
// of ids, references and spans, so that a validator bug cannot hide a generator bug.
#include "corpus_check.hpp"

#include <optional>
#include <set>
#include <storydata/codec.hpp>
#include <storydata/validate.hpp>

namespace storydata_bench {
namespace {

using namespace storydata;
using Ids = std::set<std::string, std::less<>>;

/// The text between two code-point offsets, or nullopt when they fall outside it.
std::optional<std::string_view> slice(std::string_view text, std::uint32_t start,
                                      std::uint32_t end) {
  std::optional<std::size_t> from, to;
  std::uint32_t index = 0;
  for (std::size_t byte = 0; byte <= text.size(); ++byte) {
    if (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;
    if (index == start) from = byte;
    if (index == end) to = byte;
    ++index;
  }
  if (!from || !to || *from > *to) return std::nullopt;
  return text.substr(*from, *to - *from);
}

class Checker {
public:
  explicit Checker(const Story& story) : story_(story) {}

  std::vector<std::string> run() {
    collect(actors_, story_.actors, "actors");
    collect(events_, story_.events, "events");
    collect(relations_, story_.relations, "relations");
    collect(claims_, story_.claims, "claims");
    collect(sources_, story_.sources, "sources");

    const Article& a = story_.article;
    if (a.publisher) ref(a.publisher->id, actors_, "article/publisher");
    for (const auto& r : a.authors)
      ref(r.id, actors_, "article/authors");
    derivations(a.derived_from, "article");
    for (std::size_t i = 0; i < story_.actors.size(); ++i)
      for (const auto& m : story_.actors[i].mentions)
        span(m, "actors/" + std::to_string(i) + "/mentions");
    for (std::size_t i = 0; i < story_.events.size(); ++i) {
      const Event& e = story_.events[i];
      const std::string at = "events/" + std::to_string(i);
      for (const auto& p : e.participants)
        ref(p.actor.id, actors_, at + "/participants");
      if (e.place) ref(e.place->id, actors_, at + "/place");
      for (const auto& l : e.links)
        ref(l.event.id, events_, at + "/links");
      attribution(e.attribution, at);
      for (const auto& m : e.evidence)
        span(m, at + "/evidence");
    }
    for (std::size_t i = 0; i < story_.relations.size(); ++i) {
      const Relation& r = story_.relations[i];
      const std::string at = "relations/" + std::to_string(i);
      ref(r.subject.id, actors_, at + "/subject");
      ref(r.object.id, actors_, at + "/object");
      attribution(r.attribution, at);
      for (const auto& m : r.evidence)
        span(m, at + "/evidence");
    }
    for (std::size_t i = 0; i < story_.claims.size(); ++i) {
      const Claim& c = story_.claims[i];
      const std::string at = "claims/" + std::to_string(i);
      ref(c.speaker.id, actors_, at + "/speaker");
      for (const auto& r : c.about_actors)
        ref(r.id, actors_, at + "/about_actors");
      for (const auto& r : c.about_events)
        ref(r.id, events_, at + "/about_events");
      attribution(c.attribution, at);
      for (const auto& m : c.evidence)
        span(m, at + "/evidence");
    }
    for (std::size_t i = 0; i < story_.sources.size(); ++i) {
      const Source& s = story_.sources[i];
      const std::string at = "sources/" + std::to_string(i);
      if (s.actor) ref(s.actor->id, actors_, at + "/actor");
      for (const auto& r : s.authors)
        ref(r.id, actors_, at + "/authors");
      if (s.publisher) ref(s.publisher->id, actors_, at + "/publisher");
      derivations(s.derived_from, at);
    }
    return std::move(problems_);
  }

private:
  template <class T>
  void collect(Ids& ids, const std::vector<T>& items, std::string_view collection) {
    for (const auto& item : items)
      if (!ids.insert(item.id.value).second)
        problems_.push_back("duplicate id \"" + item.id.value + "\" in " + std::string(collection));
  }

  void ref(const std::string& id, const Ids& targets, const std::string& at) {
    if (!targets.contains(id)) problems_.push_back(at + ": unresolved reference \"" + id + "\"");
  }

  void attribution(const Attribution& a, const std::string& at) {
    for (const auto& r : a.according_to)
      if (!actors_.contains(r.id) && !sources_.contains(r.id))
        problems_.push_back(at + "/attribution: unresolved reference \"" + r.id + "\"");
  }

  void derivations(const std::vector<Derivation>& steps, const std::string& at) {
    for (const auto& d : steps) {
      ref(d.source.id, sources_, at + "/derived_from");
      if (d.by) ref(d.by->id, actors_, at + "/derived_from/by");
    }
  }

  void span(const Mention& m, const std::string& at) {
    const auto& body = story_.article.body;
    if (m.paragraph >= body.size()) {
      problems_.push_back(at + ": paragraph " + std::to_string(m.paragraph) + " does not exist");
      return;
    }
    const auto text = slice(body[m.paragraph], m.start, m.end);
    if (!text || m.start >= m.end)
      problems_.push_back(at + ": span " + std::to_string(m.start) + "-" + std::to_string(m.end) +
                          " is outside paragraph " + std::to_string(m.paragraph));
    else if (m.text && *m.text != *text)
      problems_.push_back(at + ": span reads \"" + std::string(*text) + "\", not \"" + *m.text +
                          "\"");
  }

  const Story& story_;
  Ids actors_, events_, relations_, claims_, sources_;
  std::vector<std::string> problems_;
};

} // namespace

std::vector<std::string> check_story(const Story& story, std::string_view json) {
  std::vector<std::string> problems;
  // Zero diagnostics of any severity: structural and semantic, warnings and infos included.
  const DecodeResult decoded = validate(json);
  for (const auto& d : decoded.diagnostics)
    problems.push_back("validate: " + d.code + " " + d.pointer + " " + std::to_string(d.line) +
                       ":" + std::to_string(d.column) + " " + d.message);
  if (decoded.story != story) problems.push_back("round trip: the decoded story differs");
  if (encode(decoded.story) != json) problems.push_back("round trip: re-encoding changes the JSON");
  for (auto& p : Checker(story).run())
    problems.push_back(std::move(p));
  return problems;
}

} // namespace storydata_bench
