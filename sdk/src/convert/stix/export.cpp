// SPDX-License-Identifier: Apache-2.0
// A story as a STIX 2.1 bundle: actors as identities, threat actors and intrusion sets, hostile
// cyber events as campaigns with their `attributed-to` and `targets` relationships, relations and
// event links as relationships, claims as notes, the article and the sources as reports.
// The writer marks what it carries in the export's coverage, so that everything else is reported
// (SD301), and every value it carries only approximately (SD302); docs/convert.md has the tables.
#include "convert/export_coverage.hpp"
#include "stix.hpp"
#include "text/english.hpp"
#include "text/json_pointer.hpp"
#include "vocabulary.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <storydata/kinds.hpp>

namespace storydata::convert {
namespace {

using nlohmann::ordered_json;
using namespace stix;

std::string at(std::string_view collection, std::size_t index) {
  return json_pointer(std::string(collection), index);
}

class StixWriter {
public:
  explicit StixWriter(const Story& story) : story_(story) {
    created_ = story.article.published ? timestamp(*story.article.published)
                                       : std::string(fixed_timestamp);
  }

  ExportResult run() {
    mark_campaign_agents();
    for (std::size_t i = 0; i < story_.actors.size(); ++i)
      actor(i);
    for (std::size_t i = 0; i < story_.events.size(); ++i)
      event(i);
    for (std::size_t i = 0; i < story_.events.size(); ++i)
      event_links(i);
    for (std::size_t i = 0; i < story_.relations.size(); ++i)
      relation(i);
    for (std::size_t i = 0; i < story_.claims.size(); ++i)
      claim(i);
    for (std::size_t i = 0; i < story_.sources.size(); ++i)
      source(i);
    article();
    ordered_json bundle;
    bundle["type"] = "bundle";
    bundle["id"] = object_id("bundle", story_.id.value, "", "");
    bundle["objects"] = std::move(objects_);
    return {bundle.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n",
            coverage_.report(story_)};
  }

private:
  ordered_json object(std::string_view type, std::string_view collection, std::string_view id) {
    ordered_json out;
    out["type"] = std::string(type);
    out["spec_version"] = "2.1";
    out["id"] = object_id(type, story_.id.value, collection, id);
    out["created"] = created_;
    out["modified"] = created_;
    return out;
  }

  /// The object's own id, so that importing gives the story its ids back.
  static ordered_json own_id(std::string_view id) {
    ordered_json ref;
    ref["source_name"] = std::string(storydata_source);
    ref["external_id"] = std::string(id);
    return ref;
  }

  /// The object's own id and, when there is one, the URL it was published at.
  static ordered_json own_references(std::string_view id, const std::optional<std::string>& url) {
    ordered_json references = ordered_json::array({own_id(id)});
    if (url) {
      ordered_json ref;
      ref["source_name"] = "url";
      ref["url"] = *url;
      references.push_back(std::move(ref));
    }
    return references;
  }

  void extensions(const Extensions& extensions, const std::string& pointer) {
    for (const auto& [key, value] : extensions.values)
      coverage_.explain_drop(pointer_to(pointer, key), "it is a producer-defined field");
  }

  void mentions(const std::string& pointer) {
    coverage_.explain_drop(pointer, "STIX cannot point into the article text");
  }

  /// A vague time as the first and last timestamps it may cover; reports what is lost.
  void time_range(const std::optional<VagueTime>& time, const std::string& pointer,
                  ordered_json& out, std::string_view first_key, std::string_view last_key) {
    if (!time) return;
    const VagueTime& t = *time;
    const bool exact = t.start && t.start->precision() == Precision::day &&
                       (!t.end || (t.end->precision() == Precision::day && !last_key.empty())) &&
                       !t.ongoing && !t.not_before && !t.not_after && !t.approximate && !t.label;
    if (!t.extensions.empty()) extensions(t.extensions, pointer);
    if (exact) {
      out[std::string(first_key)] = timestamp(*t.start);
      if (t.end) out[std::string(last_key)] = timestamp(*t.end);
      coverage_.carried(pointer_to(pointer, "start"));
      if (t.end) coverage_.carried(pointer_to(pointer, "end"));
      return;
    }
    const DayRange range = day_range(t);
    if (!range.first && !range.last) {
      coverage_.explain_drop(pointer,
                             "STIX timestamps need a date; \"" + display(t) + "\" has none");
      return;
    }
    std::string written;
    if (range.first) {
      out[std::string(first_key)] = timestamp(*range.first);
      written += std::string(first_key) + " " + timestamp(*range.first);
    }
    if (range.last && range.last != range.first && !last_key.empty()) {
      out[std::string(last_key)] = timestamp(*range.last);
      written +=
          (written.empty() ? "" : ", ") + std::string(last_key) + " " + timestamp(*range.last);
    }
    coverage_.approximated(pointer, "STIX timestamps are exact days; \"" + display(t) +
                                        "\" is written as " + written);
  }

  /// Confidence from the certainty; who vouches for it goes into the sources' reports.
  void attribution(const Attribution& a, const std::string& pointer, const std::string& stix_id,
                   ordered_json& out) {
    out["confidence"] = confidence(a.certainty);
    coverage_.carried(pointer_to(pointer, "certainty"));
    for (std::size_t i = 0; i < a.according_to.size(); ++i) {
      const std::string& id = a.according_to[i].id;
      if (source_index(id)) {
        attributed_[id].push_back(stix_id);
        coverage_.carried(pointer_to(pointer, "according_to", i));
      } else {
        coverage_.explain_drop(pointer_to(pointer, "according_to", i),
                               "STIX says according to whom only with reports: \"" + id +
                                   "\" is an actor");
      }
    }
    if (a.wording)
      coverage_.explain_drop(pointer_to(pointer, "wording"), "a STIX object has no wording");
    extensions(a.extensions, pointer);
  }

  std::optional<std::size_t> source_index(std::string_view id) const {
    for (std::size_t i = 0; i < story_.sources.size(); ++i)
      if (story_.sources[i].id.value == id) return i;
    return std::nullopt;
  }

  void mark_campaign_agents() {
    for (const Event& e : story_.events)
      if (traits(e.kind).stix_campaign)
        for (const Participant& p : e.participants)
          if (p.role == Role::agent) campaign_agents_.insert({p.actor.id, true});
  }

  void actor(std::size_t i) {
    const Actor& a = story_.actors[i];
    const std::string pointer = at("actors", i);
    const ActorShape shape = actor_shape(a.kind, campaign_agents_.contains(a.id.value));
    ordered_json out = object(shape.type, "actors", a.id.value);
    out["name"] = a.name;
    if (a.description) out["description"] = *a.description;
    for (const char* field : {"id", "name", "description", "identifiers"})
      coverage_.carried(pointer_to(pointer, field));
    if (!shape.identity_class.empty()) out["identity_class"] = std::string(shape.identity_class);
    if (!shape.sector.empty()) out["sectors"] = ordered_json::array({std::string(shape.sector)});
    if (!shape.resource_level.empty()) out["resource_level"] = std::string(shape.resource_level);
    if (!a.aliases.empty()) {
      if (shape.type == "identity") {
        coverage_.explain_drop(pointer_to(pointer, "aliases"), "a STIX identity has no aliases");
      } else {
        out["aliases"] = a.aliases;
        coverage_.carried(pointer_to(pointer, "aliases"));
      }
    }
    const ActorKind read_back = actor_kind(shape);
    if (read_back != a.kind)
      coverage_.approximated(pointer_to(pointer, "kind"),
                             "STIX has no " + std::string(enum_name(a.kind)) + "; written as " +
                                 with_article(shape.type) + " that reads back as " +
                                 std::string(enum_name(read_back)));
    else
      coverage_.carried(pointer_to(pointer, "kind"));
    ordered_json references = ordered_json::array({own_id(a.id.value)});
    for (const auto& [scheme, value] : a.identifiers) {
      ordered_json ref;
      ref["source_name"] = scheme;
      ref["external_id"] = value;
      references.push_back(std::move(ref));
    }
    out["external_references"] = std::move(references);
    mentions(pointer_to(pointer, "mentions"));
    extensions(a.extensions, pointer);
    actor_ids_[a.id.value] = out["id"];
    objects_.push_back(std::move(out));
  }

  ordered_json relationship(std::string_view type, std::string_view collection,
                            const std::string& id, const std::string& source,
                            const std::string& target) {
    ordered_json out = object("relationship", collection, id);
    out["relationship_type"] = std::string(type);
    out["source_ref"] = source;
    out["target_ref"] = target;
    return out;
  }

  void event(std::size_t i) {
    const Event& e = story_.events[i];
    const std::string pointer = at("events", i);
    if (!traits(e.kind).stix_campaign) {
      coverage_.explain_drop(
          pointer, "STIX has no object for " + with_article(enum_name(e.kind)) +
                       " event; only espionage, cyberattacks and intrusions are campaigns");
      return;
    }
    ordered_json out = object("campaign", "events", e.id.value);
    const std::string id = out["id"];
    event_ids_[e.id.value] = id;
    out["name"] = e.summary;
    for (const char* field : {"id", "summary"})
      coverage_.carried(pointer_to(pointer, field));
    if (e.kind == campaign_kind)
      coverage_.carried(pointer_to(pointer, "kind"));
    else
      coverage_.approximated(pointer_to(pointer, "kind"),
                             with_article(enum_name(e.kind)) +
                                 " event is a STIX campaign, which reads back as " +
                                 std::string(enum_name(campaign_kind)));
    if (e.status)
      coverage_.explain_drop(pointer_to(pointer, "status"), "a STIX campaign has no status");
    time_range(e.time, pointer_to(pointer, "time"), out, "first_seen", "last_seen");
    if (e.place)
      coverage_.explain_drop(pointer_to(pointer, "place"),
                             "STIX places need a country code or coordinates");
    attribution(e.attribution, pointer_to(pointer, "attribution"), id, out);
    out["external_references"] = ordered_json::array({own_id(e.id.value)});
    mentions(pointer_to(pointer, "evidence"));
    extensions(e.extensions, pointer);
    const int confidence_value = out["confidence"];
    objects_.push_back(std::move(out));

    for (std::size_t p = 0; p < e.participants.size(); ++p) {
      const Participant& part = e.participants[p];
      const std::string part_pointer = pointer_to(pointer, "participants", p);
      const auto actor = actor_ids_.find(part.actor.id);
      const bool mapped = part.role == Role::agent || part.role == Role::target;
      if (!mapped || actor == actor_ids_.end()) {
        coverage_.explain_drop(part_pointer,
                               "a STIX campaign has attributed-to (agents) and targets, no " +
                                   std::string(enum_name(part.role)));
        continue;
      }
      ordered_json rel =
          relationship(part.role == Role::agent ? "attributed-to" : "targets", "events",
                       e.id.value + "/" + std::to_string(p), id, actor->second);
      rel["confidence"] = confidence_value;
      objects_.push_back(std::move(rel));
      for (const char* field : {"actor", "role"})
        coverage_.carried(pointer_to(part_pointer, field));
      extensions(part.extensions, part_pointer);
    }
  }

  void event_links(std::size_t i) {
    const Event& e = story_.events[i];
    const auto from = event_ids_.find(e.id.value);
    if (from == event_ids_.end()) return; // the whole event is reported
    for (std::size_t l = 0; l < e.links.size(); ++l) {
      const EventLink& link = e.links[l];
      const std::string pointer = pointer_to(at("events", i), "links", l);
      const auto to = event_ids_.find(link.event.id);
      if (to == event_ids_.end()) {
        coverage_.explain_drop(pointer,
                               "the linked event \"" + link.event.id + "\" is not in the export");
        continue;
      }
      objects_.push_back(relationship(relationship_type(enum_name(link.kind)), "events",
                                      e.id.value + "/links/" + std::to_string(l), from->second,
                                      to->second));
      for (const char* field : {"kind", "event"})
        coverage_.carried(pointer_to(pointer, field));
      extensions(link.extensions, pointer);
    }
  }

  void relation(std::size_t i) {
    const Relation& r = story_.relations[i];
    const std::string pointer = at("relations", i);
    ordered_json out = relationship(relationship_type(enum_name(r.kind)), "relations", r.id.value,
                                    actor_ids_[r.subject.id], actor_ids_[r.object.id]);
    const std::string id = out["id"];
    if (r.label) out["description"] = *r.label;
    for (const char* field : {"id", "kind", "subject", "object", "label"})
      coverage_.carried(pointer_to(pointer, field));
    time_range(r.time, pointer_to(pointer, "time"), out, "start_time", "stop_time");
    attribution(r.attribution, pointer_to(pointer, "attribution"), id, out);
    out["external_references"] = ordered_json::array({own_id(r.id.value)});
    mentions(pointer_to(pointer, "evidence"));
    extensions(r.extensions, pointer);
    objects_.push_back(std::move(out));
  }

  void claim(std::size_t i) {
    const Claim& c = story_.claims[i];
    const std::string pointer = at("claims", i);
    ordered_json refs = ordered_json::array();
    for (const auto& about : c.about_actors)
      refs.push_back(actor_ids_[about.id]);
    for (std::size_t e = 0; e < c.about_events.size(); ++e) {
      const auto found = event_ids_.find(c.about_events[e].id);
      if (found != event_ids_.end()) {
        refs.push_back(found->second);
        coverage_.carried(pointer_to(pointer, "about_events", e));
      } else
        coverage_.explain_drop(pointer_to(pointer, "about_events", e),
                               "the event \"" + c.about_events[e].id + "\" is not in the export");
    }
    if (refs.empty()) {
      coverage_.explain_drop(pointer, "a STIX note must be about something in the export");
      return;
    }
    ordered_json out = object("note", "claims", c.id.value);
    const std::string id = out["id"];
    out["content"] = c.text;
    out["authors"] = ordered_json::array({speaker_name(c)});
    out["object_refs"] = std::move(refs);
    // The speaker as its name (the importer finds the actor by it).
    for (const char* field : {"id", "text", "speaker", "about_actors"})
      coverage_.carried(pointer_to(pointer, field));
    if (c.quote)
      coverage_.explain_drop(pointer_to(pointer, "quote"),
                             "a STIX note cannot say it is a verbatim quote");
    if (c.time)
      coverage_.explain_drop(pointer_to(pointer, "time"), "a STIX note has no time of its own");
    attribution(c.attribution, pointer_to(pointer, "attribution"), id, out);
    out["external_references"] = ordered_json::array({own_id(c.id.value)});
    mentions(pointer_to(pointer, "evidence"));
    extensions(c.extensions, pointer);
    objects_.push_back(std::move(out));
  }

  std::string speaker_name(const Claim& c) const {
    for (const Actor& a : story_.actors)
      if (a.id.value == c.speaker.id) return a.name;
    return c.speaker.id;
  }

  void source(std::size_t i) {
    const Source& s = story_.sources[i];
    const std::string pointer = at("sources", i);
    ordered_json out = object("report", "sources", s.id.value);
    out["name"] = s.title;
    for (const char* field : {"id", "title", "url"})
      coverage_.carried(pointer_to(pointer, field));
    if (s.kind == SourceKind::article)
      coverage_.carried(pointer_to(pointer, "kind"));
    else
      coverage_.explain_drop(pointer_to(pointer, "kind"),
                             "a STIX report has no kind of source; it reads back as an article");
    out["published"] = created_;
    if (!s.time && story_.article.published)
      coverage_.approximated(
          pointer, "a STIX report needs a publication time; written as the article's, " + created_);
    time_range(s.time, pointer_to(pointer, "time"), out, "published", "");
    if (!s.authors.empty()) {
      const auto author = actor_ids_.find(s.authors.front().id);
      if (author != actor_ids_.end() && author->second.starts_with("identity--")) {
        out["created_by_ref"] = author->second;
        coverage_.carried(pointer_to(pointer, "authors", 0u));
      } else
        coverage_.explain_drop(pointer_to(pointer, "authors", 0u),
                               "created_by_ref must be a STIX identity");
      for (std::size_t a = 1; a < s.authors.size(); ++a)
        coverage_.explain_drop(pointer_to(pointer, "authors", a), "a STIX report has one author");
    }
    if (s.actor)
      coverage_.explain_drop(pointer_to(pointer, "actor"),
                             "STIX cannot say which actor stands for a report");
    if (s.publisher)
      coverage_.explain_drop(pointer_to(pointer, "publisher"), "a STIX report has no publisher");
    if (!s.derived_from.empty())
      coverage_.explain_drop(pointer_to(pointer, "derived_from"),
                             "STIX has no provenance between reports");
    const auto& refs = attributed_[s.id.value];
    // object_refs may not be empty: a source nothing is attributed to refers to the article.
    out["object_refs"] = refs.empty()
                             ? ordered_json::array({object_id("report", story_.id.value, "", "")})
                             : ordered_json(refs);
    out["external_references"] = own_references(s.id.value, s.url);
    extensions(s.extensions, pointer);
    objects_.push_back(std::move(out));
  }

  void article() {
    const Article& a = story_.article;
    ordered_json out = object("report", "", "");
    out["id"] = object_id("report", story_.id.value, "", "");
    out["name"] = a.headline;
    if (a.standfirst) out["description"] = *a.standfirst;
    out["published"] = created_;
    for (const char* field :
         {"/id", "/article/headline", "/article/standfirst", "/article/published",
          "/article/modified", "/article/language", "/article/url"})
      coverage_.carried(field);
    if (a.published && a.published->precision() != Precision::day)
      coverage_.approximated("/article/published", "STIX timestamps are exact days; \"" +
                                                       a.published->to_string() +
                                                       "\" is written as " + created_);
    if (a.modified) {
      const std::string modified = timestamp(*a.modified);
      if (modified >= created_) out["modified"] = modified;
      if (a.modified->precision() != Precision::day || modified < created_)
        coverage_.approximated("/article/modified", "written as the report's modified time " +
                                                        out["modified"].get<std::string>());
    }
    if (a.publisher) {
      const auto publisher = actor_ids_.find(a.publisher->id);
      if (publisher != actor_ids_.end()) {
        out["created_by_ref"] = publisher->second;
        coverage_.carried("/article/publisher");
      }
    }
    if (a.language) out["lang"] = *a.language;
    if (!a.authors.empty())
      coverage_.explain_drop("/article/authors", "a STIX report has no authors");
    if (a.section) coverage_.explain_drop("/article/section", "a STIX report has no section");
    if (!a.body.empty())
      coverage_.explain_drop("/article/body", "a STIX report does not hold the article's text");
    if (!a.derived_from.empty())
      coverage_.explain_drop("/article/derived_from", "STIX has no provenance between reports");
    extensions(a.extensions, "/article");
    extensions(story_.extensions, "");
    ordered_json refs = ordered_json::array();
    for (const auto& o : objects_)
      refs.push_back(o["id"]);
    if (refs.empty()) refs.push_back(out["id"]); // object_refs may not be empty
    out["object_refs"] = std::move(refs);
    out["external_references"] = own_references(story_.id.value, a.url);
    objects_.insert(objects_.begin(), std::move(out));
  }

  const Story& story_;
  std::string created_;
  ordered_json objects_ = ordered_json::array();
  ExportCoverage coverage_{"STIX 2.1"};
  std::map<std::string, bool, std::less<>> campaign_agents_;
  std::map<std::string, std::string, std::less<>> actor_ids_, event_ids_;
  std::map<std::string, std::vector<std::string>, std::less<>> attributed_;
};

} // namespace

ExportResult export_stix(const Story& story) {
  return StixWriter(story).run();
}

} // namespace storydata::convert
