// SPDX-License-Identifier: Apache-2.0
// IPTC ninjs 2.2 and 3.1: the article as a text news item. Actors become the item's people,
// organisations, places, objects and subjects; events become its (named) events. What ninjs has
// no place for (mentions, roles, relations, claims, provenance) is reported.
#include "convert/export_coverage.hpp"
#include "convert/support/kind_mapping.hpp"
#include "convert/support/paragraphs.hpp"
#include "keys.hpp"
#include "ninjs.hpp"

#include <nlohmann/json.hpp>

namespace storydata::convert {
namespace {

using nlohmann::ordered_json;

// ninjs sorts the things an item is about into these lists.
constexpr KindTable<ActorKind, 19> actor_lists{{
    {ActorKind::person, "people"},
    {ActorKind::anonymous_source, "people"},
    {ActorKind::organization, "organisations"},
    {ActorKind::government, "organisations"},
    {ActorKind::agency, "organisations"},
    {ActorKind::legislature, "organisations"},
    {ActorKind::company, "organisations"},
    {ActorKind::media, "organisations"},
    {ActorKind::group, "organisations"},
    {ActorKind::country, "places"},
    {ActorKind::location, "places"},
    {ActorKind::document, "objects"},
    {ActorKind::creative_work, "objects"},
    {ActorKind::court, "organisations"},
    {ActorKind::party, "organisations"},
    {ActorKind::armed_group, "organisations"},
    {ActorKind::software, "objects"},
    {ActorKind::law, "objects"},
    {ActorKind::other, "subjects"},
}};

// RFC 3986 characters only, after a scheme: what the schemas' "format": "uri" accepts.
bool is_absolute_uri(std::string_view text) {
  const auto colon = text.find(':');
  if (colon == 0 || colon == std::string_view::npos) return false;
  const auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  const auto hex = [&](char c) {
    return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  };
  if (!alpha(text[0])) return false;
  for (const char c : text.substr(0, colon))
    if (!alpha(c) && !digit(c) && c != '+' && c != '-' && c != '.') return false;
  constexpr std::string_view allowed = "-._~:/?#[]@!$&'()*+,;=";
  for (std::size_t i = colon + 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '%') {
      if (i + 2 >= text.size() || !hex(text[i + 1]) || !hex(text[i + 2])) return false;
      i += 2;
    } else if (!alpha(c) && !digit(c) && allowed.find(c) == std::string_view::npos)
      return false;
  }
  return true;
}

class NinjsWriter {
public:
  NinjsWriter(const Story& story, NinjsVersion version)
      : story_(story), version_(version),
        coverage_(version == NinjsVersion::v2 ? "ninjs 2.2" : "ninjs 3.1") {}

  ExportResult write() {
    ordered_json item;
    item[key("uri")] = "urn:storydata:" + story_.id.value;
    coverage_.carried("/id");
    item[key("standard")] = {
        {"name", "ninjs"},
        {"version", version_ == NinjsVersion::v2 ? "2.2" : "3.1"},
        {"schema", version_ == NinjsVersion::v2
                       ? "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#"
                       : "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#"}};
    item[key("type")] = "text";
    article(item);
    actors(item);
    events(item);
    for (const char* dropped : {"/relations", "/claims", "/sources"})
      coverage_.explain_drop(dropped, "ninjs describes a news item, not who did or said what");
    return {item.dump(2, ' ', false, ordered_json::error_handler_t::replace) + "\n",
            coverage_.report(story_)};
  }

private:
  std::string key(std::string_view lower) const { return ninjs_key(version_, lower); }

  // ninjs dates are full date-times; a storydata date becomes midnight UTC of its first day.
  void date_time(ordered_json& item, std::string_view property, const PartialDate& date,
                 const std::string& pointer) {
    const PartialDate first{date.year, date.month ? date.month : 1, date.day ? date.day : 1};
    item[key(property)] = first.to_string() + "T00:00:00Z";
    coverage_.approximated(pointer, "written as the date-time " + first.to_string() +
                                        "T00:00:00Z (ninjs has no dates without a time)");
  }

  void article(ordered_json& item) {
    const auto& a = story_.article;
    item[key("headlines")] = ordered_json::array({{{"role", "main"}, {"value", a.headline}}});
    coverage_.carried("/article/headline");
    if (a.standfirst) {
      item[key("descriptions")] =
          ordered_json::array({{{"role", "summary"}, {"value", *a.standfirst}}});
      coverage_.carried("/article/standfirst");
    }
    if (!a.body.empty()) {
      auto body = join_paragraphs(a.body);
      item[key("bodies")] = ordered_json::array(
          {{{"role", "text"}, {key("contenttype"), "text/plain"}, {"value", body.text}}});
      if (body.lossless)
        coverage_.carried("/article/body");
      else
        coverage_.approximated("/article/body", "paragraphs joined with blank lines do not "
                                                "split back into the same paragraphs");
    }
    if (a.published) date_time(item, "firstcreated", *a.published, "/article/published");
    if (a.modified || a.published)
      date_time(item, "versioncreated", a.modified ? *a.modified : *a.published,
                a.modified ? "/article/modified" : "/article/published");
    if (a.language) {
      item[key("language")] = *a.language;
      coverage_.carried("/article/language");
    }
    if (a.url && is_absolute_uri(*a.url)) {
      item[key("renditions")] = ordered_json::array(
          {{{"name", "web"}, {"href", *a.url}, {key("contenttype"), "text/html"}}});
      coverage_.carried("/article/url");
    } else if (a.url) {
      coverage_.explain_drop("/article/url", "not an absolute URI, as ninjs requires");
    }
    if (!a.authors.empty()) {
      std::string by;
      for (const auto& author : a.authors)
        by += (by.empty() ? "" : ", ") + name_of(author.id);
      item[key("by")] = by;
      coverage_.approximated("/article/authors", "only the authors' names, in the `by` line");
    }
    if (a.publisher) {
      item[key("copyrightholder")] = name_of(a.publisher->id);
      coverage_.approximated("/article/publisher", "the publisher's name as copyright holder");
    }
    coverage_.explain_drop("/article/section", "ninjs has no section");
  }

  std::string name_of(std::string_view id) const {
    for (const auto& actor : story_.actors)
      if (actor.id.value == id) return actor.name;
    return std::string(id);
  }

  void actors(ordered_json& item) {
    for (std::size_t i = 0; i < story_.actors.size(); ++i) {
      const auto& a = story_.actors[i];
      const auto at = pointer_to("/actors", i);
      const auto [list, shared] = map_kind(actor_lists, a.kind, "subjects");
      // `literal` is ninjs's free-text identifier: it keeps the actor's id.
      ordered_json entry{{"name", a.name}, {"literal", a.id.value}};
      coverage_.carried(pointer_to(at, "name"));
      coverage_.carried(pointer_to(at, "id"));
      if (shared)
        coverage_.approximated(pointer_to(at, "kind"), "listed among the item's " +
                                                           std::string(list) +
                                                           ", with other kinds of actor");
      else
        coverage_.carried(pointer_to(at, "kind"));
      const auto wikidata = a.identifiers.find("wikidata");
      if (wikidata != a.identifiers.end() &&
          is_absolute_uri("http://www.wikidata.org/entity/" + wikidata->second)) {
        entry["uri"] = "http://www.wikidata.org/entity/" + wikidata->second;
        coverage_.carried(pointer_to(at, "identifiers", "wikidata"));
      }
      item[key(list)].push_back(std::move(entry));
    }
  }

  // ninjs events are names with an identifier; everything else about an event is dropped.
  void events(ordered_json& item) {
    for (std::size_t i = 0; i < story_.events.size(); ++i) {
      const auto& e = story_.events[i];
      const auto at = pointer_to("/events", i);
      item[key("events")].push_back({{"name", e.summary}, {"literal", e.id.value}});
      coverage_.carried(pointer_to(at, "id"));
      coverage_.carried(pointer_to(at, "summary"));
    }
  }

  const Story& story_;
  NinjsVersion version_;
  ExportCoverage coverage_;
};

} // namespace

ExportResult export_ninjs2(const Story& story) {
  return NinjsWriter(story, NinjsVersion::v2).write();
}

ExportResult export_ninjs3(const Story& story) {
  return NinjsWriter(story, NinjsVersion::v3).write();
}

} // namespace storydata::convert
