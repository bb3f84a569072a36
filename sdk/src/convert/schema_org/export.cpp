// SPDX-License-Identifier: Apache-2.0
// schema.org JSON-LD: the article as a NewsArticle, actors as Person, Organization, Country, ...,
// events as Event, claims as Claim, sources as CreativeWork, all in one @graph with stable @ids.
// The context is inline ("@vocab"), so consumers need no remote context to expand it.
#include "convert/export_coverage.hpp"
#include "convert/support/kind_mapping.hpp"
#include "convert/support/paragraphs.hpp"
#include "schema_org.hpp"

#include <nlohmann/json.hpp>
#include <string_view>

namespace storydata::convert {
namespace {

using nlohmann::ordered_json;

constexpr std::string_view target = "schema.org JSON-LD";

constexpr KindTable<ActorKind, 19> actor_types{{
    {ActorKind::person, "Person"},
    {ActorKind::organization, "Organization"},
    {ActorKind::government, "GovernmentOrganization"},
    {ActorKind::agency, "GovernmentOrganization"},
    {ActorKind::legislature, "GovernmentOrganization"},
    {ActorKind::country, "Country"},
    {ActorKind::company, "Corporation"},
    {ActorKind::media, "NewsMediaOrganization"},
    {ActorKind::group, "Organization"},
    {ActorKind::anonymous_source, "Person"},
    {ActorKind::document, "DigitalDocument"},
    {ActorKind::creative_work, "CreativeWork"},
    {ActorKind::location, "Place"},
    {ActorKind::court, "GovernmentOrganization"},
    {ActorKind::party, "PoliticalParty"},
    {ActorKind::armed_group, "Organization"},
    {ActorKind::software, "SoftwareApplication"},
    {ActorKind::law, "Legislation"},
    {ActorKind::other, "Thing"},
}};

constexpr KindTable<SourceKind, 10> source_types{{
    {SourceKind::document, "DigitalDocument"},
    {SourceKind::collection, "Collection"},
    {SourceKind::article, "Article"},
    {SourceKind::broadcast, "CreativeWork"},
    {SourceKind::statement, "CreativeWork"},
    {SourceKind::interview, "CreativeWork"},
    {SourceKind::testimony, "CreativeWork"},
    {SourceKind::dataset, "Dataset"},
    {SourceKind::social_post, "SocialMediaPosting"},
    {SourceKind::other, "CreativeWork"},
}};

ordered_json ref(std::string_view prefix, std::string_view id) {
  return ordered_json{{"@id", "#" + std::string(prefix) + "-" + std::string(id)}};
}

class SchemaOrgWriter {
public:
  explicit SchemaOrgWriter(const Story& story) : story_(story), coverage_(std::string(target)) {}

  ExportResult write() {
    coverage_.carried("/id"); // the @base of every @id
    ordered_json graph = ordered_json::array();
    graph.push_back(article());
    for (std::size_t i = 0; i < story_.actors.size(); ++i)
      graph.push_back(actor(i));
    for (std::size_t i = 0; i < story_.events.size(); ++i)
      graph.push_back(event(i));
    for (std::size_t i = 0; i < story_.claims.size(); ++i)
      graph.push_back(claim(i));
    for (std::size_t i = 0; i < story_.sources.size(); ++i)
      graph.push_back(source(i));
    for (std::size_t i = 0; i < story_.relations.size(); ++i)
      relation(i, graph);

    const auto base = story_.article.url ? *story_.article.url : "urn:storydata:" + story_.id.value;
    ordered_json document{{"@context", {{"@vocab", "https://schema.org/"}, {"@base", base}}},
                          {"@graph", std::move(graph)}};
    return {document.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n",
            coverage_.report(story_)};
  }

private:
  void carry(ordered_json& node, const char* property, const std::string& pointer,
             ordered_json value) {
    node[property] = std::move(value);
    coverage_.carried(pointer);
  }

  ordered_json refs(std::string_view prefix, const auto& ids) {
    ordered_json out = ordered_json::array();
    for (const auto& id : ids)
      out.push_back(ref(prefix, id.id));
    return out;
  }

  ordered_json article() {
    const auto& a = story_.article;
    ordered_json node{{"@id", "#article"}, {"@type", "NewsArticle"}};
    carry(node, "headline", "/article/headline", a.headline);
    if (a.standfirst) carry(node, "abstract", "/article/standfirst", *a.standfirst);
    if (a.publisher) carry(node, "publisher", "/article/publisher", ref("actor", a.publisher->id));
    if (!a.authors.empty()) carry(node, "author", "/article/authors", refs("actor", a.authors));
    if (a.published) carry(node, "datePublished", "/article/published", a.published->to_string());
    if (a.modified) carry(node, "dateModified", "/article/modified", a.modified->to_string());
    if (a.language) carry(node, "inLanguage", "/article/language", *a.language);
    if (a.section) carry(node, "articleSection", "/article/section", *a.section);
    if (a.url) carry(node, "url", "/article/url", *a.url);
    if (!a.body.empty()) {
      auto body = join_paragraphs(a.body);
      node["articleBody"] = std::move(body.text);
      if (body.lossless)
        coverage_.carried("/article/body");
      else
        coverage_.approximated("/article/body", "paragraphs joined with blank lines do not split "
                                                "back into the same paragraphs");
    }
    derivations(node, a.derived_from, "/article/derived_from");
    ordered_json mentions = ordered_json::array();
    for (const auto& actor : story_.actors)
      mentions.push_back(ref("actor", actor.id.value));
    if (!mentions.empty()) node["mentions"] = std::move(mentions);
    ordered_json about = ordered_json::array();
    for (const auto& event : story_.events)
      about.push_back(ref("event", event.id.value));
    if (!about.empty()) node["about"] = std::move(about);
    return node;
  }

  // isBasedOn keeps which sources; how (kind), by whom and when have no schema.org property.
  void derivations(ordered_json& node, const std::vector<Derivation>& list, const std::string& at) {
    if (list.empty()) return;
    ordered_json based_on = ordered_json::array();
    for (std::size_t i = 0; i < list.size(); ++i) {
      based_on.push_back(ref("source", list[i].source.id));
      coverage_.carried(pointer_to(pointer_to(at, i), "source"));
    }
    node["isBasedOn"] = std::move(based_on);
  }

  ordered_json actor(std::size_t i) {
    const auto& a = story_.actors[i];
    const auto at = pointer_to("/actors", i);
    const auto [type, shared] = map_kind(actor_types, a.kind, "Thing");
    ordered_json node{{"@id", ref("actor", a.id.value)["@id"]}, {"@type", type}};
    coverage_.carried(pointer_to(at, "id"));
    if (shared)
      coverage_.approximated(pointer_to(at, "kind"),
                             "`" + std::string(type) + "` stands for more than one actor kind");
    else
      coverage_.carried(pointer_to(at, "kind"));
    carry(node, "name", pointer_to(at, "name"), a.name);
    if (!a.aliases.empty()) carry(node, "alternateName", pointer_to(at, "aliases"), a.aliases);
    if (a.description) carry(node, "description", pointer_to(at, "description"), *a.description);
    if (!a.identifiers.empty()) {
      ordered_json identifiers = ordered_json::array();
      for (const auto& [scheme, value] : a.identifiers) {
        identifiers.push_back(
            {{"@type", "PropertyValue"}, {"propertyID", scheme}, {"value", value}});
        if (scheme == "wikidata") node["sameAs"] = "https://www.wikidata.org/wiki/" + value;
      }
      carry(node, "identifier", pointer_to(at, "identifiers"), std::move(identifiers));
    }
    if (a.within)
      carry(node, "containedInPlace", pointer_to(at, "within"), ref("actor", a.within->id));
    return node;
  }

  // Start and end as schema.org Dates (ISO 8601, as precise as known); a window's bounds stand
  // in for them, approximately.
  void dates(ordered_json& node, const char* start, const char* end, const VagueTime& time,
             const std::string& at) {
    const auto bound = [&](const char* property, const std::optional<PartialDate>& exact,
                           const char* exact_name, const std::optional<PartialDate>& window,
                           const char* window_name) {
      if (!property) return;
      if (exact)
        carry(node, property, pointer_to(at, exact_name), exact->to_string());
      else if (window) {
        node[property] = window->to_string();
        coverage_.approximated(pointer_to(at, window_name),
                               std::string("a bound of the window written as the ") + property);
      }
    };
    bound(start, time.start, "start", time.not_before, "not_before");
    bound(end, time.end, "end", time.not_after, "not_after");
  }

  ordered_json event(std::size_t i) {
    const auto& e = story_.events[i];
    const auto at = pointer_to("/events", i);
    ordered_json node{{"@id", ref("event", e.id.value)["@id"]}, {"@type", "Event"}};
    coverage_.carried(pointer_to(at, "id"));
    carry(node, "description", pointer_to(at, "summary"), e.summary);
    node["keywords"] = std::string(enum_name(e.kind));
    coverage_.approximated(pointer_to(at, "kind"),
                           "written as a keyword; schema.org has no event types "
                           "for it");
    if (e.status == EventStatus::planned) {
      node["eventStatus"] = "EventScheduled";
      coverage_.approximated(pointer_to(at, "status"), "`planned` written as EventScheduled");
    } else if (e.status == EventStatus::averted) {
      node["eventStatus"] = "EventCancelled";
      coverage_.approximated(pointer_to(at, "status"), "`averted` written as EventCancelled");
    }
    participants(node, e, at);
    if (e.time) dates(node, "startDate", "endDate", *e.time, pointer_to(at, "time"));
    if (e.place) {
      node["location"].push_back(ref("actor", e.place->id));
      coverage_.carried(pointer_to(at, "place"));
    }
    for (std::size_t l = 0; l < e.links.size(); ++l)
      if (e.links[l].kind == LinkKind::part_of) {
        node["superEvent"].push_back(ref("event", e.links[l].event.id));
        coverage_.carried(pointer_to(pointer_to(pointer_to(at, "links"), l), "kind"));
        coverage_.carried(pointer_to(pointer_to(pointer_to(at, "links"), l), "event"));
      }
    return node;
  }

  // schema.org's Event has organizers, performers, attendees, a location and what it is about;
  // roles map onto these, most only approximately, and beneficiaries, sources and instruments
  // have no property at all.
  void participants(ordered_json& node, const Event& e, const std::string& at) {
    for (std::size_t p = 0; p < e.participants.size(); ++p) {
      const auto& participant = e.participants[p];
      const auto here = pointer_to(pointer_to(at, "participants"), p);
      const char* property = nullptr;
      bool exact = false;
      switch (participant.role) {
      case Role::agent:
      case Role::publisher:
      case Role::investigator:
      case Role::plaintiff:
      case Role::judge:
      case Role::perpetrator:
        property = "organizer";
        break;
      case Role::speaker:
      case Role::candidate:
        property = "performer";
        break;
      case Role::audience:
        property = "attendee", exact = true;
        break;
      case Role::target:
      case Role::subject:
      case Role::accused:
      case Role::defendant:
      case Role::winner:
      case Role::loser:
      case Role::victim:
        property = "about";
        break;
      case Role::location:
        property = "location", exact = true;
        break;
      case Role::beneficiary:
      case Role::source:
      case Role::instrument:
        break;
      }
      if (!property) continue;
      node[property].push_back(ref("actor", participant.actor.id));
      coverage_.carried(pointer_to(here, "actor"));
      const auto role = std::string(enum_name(participant.role));
      if (exact)
        coverage_.carried(pointer_to(here, "role"));
      else
        coverage_.approximated(pointer_to(here, "role"),
                               "the role `" + role + "` written as " + property);
    }
  }

  ordered_json claim(std::size_t i) {
    const auto& c = story_.claims[i];
    const auto at = pointer_to("/claims", i);
    ordered_json node{{"@id", ref("claim", c.id.value)["@id"]}};
    // A verbatim quote is also a schema.org Quotation.
    node["@type"] = c.quote ? ordered_json{"Claim", "Quotation"} : ordered_json("Claim");
    coverage_.carried(pointer_to(at, "id"));
    coverage_.carried(pointer_to(at, "quote"));
    carry(node, "text", pointer_to(at, "text"), c.text);
    carry(node, "author", pointer_to(at, "speaker"), ref("actor", c.speaker.id));
    node["appearance"] = ordered_json{{"@id", "#article"}};
    ordered_json about = refs("actor", c.about_actors);
    for (const auto& e : c.about_events)
      about.push_back(ref("event", e.id));
    if (!about.empty()) node["about"] = std::move(about);
    if (!c.about_actors.empty()) coverage_.carried(pointer_to(at, "about_actors"));
    if (!c.about_events.empty()) coverage_.carried(pointer_to(at, "about_events"));
    if (c.time) dates(node, "dateCreated", nullptr, *c.time, pointer_to(at, "time"));
    return node;
  }

  ordered_json source(std::size_t i) {
    const auto& s = story_.sources[i];
    const auto at = pointer_to("/sources", i);
    const auto [type, shared] = map_kind(source_types, s.kind, "CreativeWork");
    ordered_json node{{"@id", ref("source", s.id.value)["@id"]}, {"@type", type}};
    coverage_.carried(pointer_to(at, "id"));
    if (shared)
      coverage_.approximated(pointer_to(at, "kind"),
                             "`" + std::string(type) + "` stands for more than one source kind");
    else
      coverage_.carried(pointer_to(at, "kind"));
    carry(node, "name", pointer_to(at, "title"), s.title);
    if (s.actor) carry(node, "sameAs", pointer_to(at, "actor"), ref("actor", s.actor->id));
    if (!s.authors.empty())
      carry(node, "author", pointer_to(at, "authors"), refs("actor", s.authors));
    if (s.publisher)
      carry(node, "publisher", pointer_to(at, "publisher"), ref("actor", s.publisher->id));
    if (s.time) dates(node, "dateCreated", nullptr, *s.time, pointer_to(at, "time"));
    if (s.url) carry(node, "url", pointer_to(at, "url"), *s.url);
    derivations(node, s.derived_from, pointer_to(at, "derived_from"));
    return node;
  }

  // The relations schema.org has a property for become that property on the subject's node:
  // memberOf (isPartOf for documents and works), worksFor, owns, creator, about.
  void relation(std::size_t i, ordered_json& graph) {
    const auto& r = story_.relations[i];
    const auto at = pointer_to("/relations", i);
    const auto subject_is_work = [&] {
      for (const auto& a : story_.actors)
        if (a.id.value == r.subject.id)
          return a.kind == ActorKind::document || a.kind == ActorKind::creative_work;
      return false;
    }();
    std::string_view holder = r.subject.id, property, points_to = r.object.id;
    switch (r.kind) {
    case RelationKind::member_of:
      property = subject_is_work ? "isPartOf" : "memberOf";
      break;
    case RelationKind::employed_by:
      property = "worksFor";
      break;
    case RelationKind::owns:
      property = "owns";
      break;
    case RelationKind::authored: // the work's creator
      holder = r.object.id, property = "creator", points_to = r.subject.id;
      break;
    case RelationKind::depicts:
      property = "about";
      break;
    case RelationKind::ally:
    case RelationKind::adversary:
    case RelationKind::rival:
    case RelationKind::cooperates_with:
    case RelationKind::leads:
      return;
    }
    const auto node_id = ref("actor", holder)["@id"];
    for (auto& node : graph)
      if (node["@id"] == node_id) {
        node[std::string(property)].push_back(ref("actor", points_to));
        coverage_.carried(pointer_to(at, "kind"));
        coverage_.carried(pointer_to(at, "subject"));
        coverage_.carried(pointer_to(at, "object"));
        return;
      }
  }

  const Story& story_;
  ExportCoverage coverage_;
};

} // namespace

ExportResult export_schema_org(const Story& story) {
  return SchemaOrgWriter(story).write();
}

} // namespace storydata::convert
