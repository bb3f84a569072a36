// SPDX-License-Identifier: Apache-2.0
// A STIX 2.1 bundle as a story: identities, threat actors, intrusion sets and locations become
// actors, campaigns events, relationships participants, event links or relations, notes claims,
// and reports the article and its sources. Everything else is reported (SD311), with its
// pointer, line and column in the bundle.
#include "convert/import_report.hpp"
#include "convert/support/json_input.hpp"
#include "stix.hpp"
#include "text/json_pointer.hpp"
#include "vocabulary.hpp"

#include <algorithm>
#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

namespace storydata::convert {
namespace {

using json = nlohmann::json;
using namespace stix;

std::string string_at(const json& object, const char* key) {
  const auto found = object.find(key);
  return found != object.end() && found->is_string() ? found->get<std::string>() : std::string();
}

class StixReader {
public:
  explicit StixReader(std::string_view text) : text_(text) {}

  ImportResult run() {
    const auto parsed = parse_json_input(text_, "a STIX 2.1 bundle", report_.diagnostics());
    if (!parsed) return report_.finish({}, text_);
    const json& bundle = *parsed;
    if (string_at(bundle, "type") != "bundle")
      return refuse("a STIX 2.1 bundle", "a STIX bundle is an object with \"type\": \"bundle\"");
    const auto objects = bundle.find("objects");
    if (objects == bundle.end() || !objects->is_array())
      return refuse("a STIX 2.1 bundle", "a STIX bundle has its objects in an \"objects\" array");
    for (const auto& [key, value] : bundle.items())
      if (key != "type" && key != "id" && key != "objects")
        report_.ignored(json_pointer(key), "the bundle's \"" + key + "\" has no place in a story");
    objects_ = &*objects;

    for (std::size_t i = 0; i < objects->size(); ++i) {
      const json& o = (*objects)[i];
      if (!o.is_object() || string_at(o, "id").empty() || string_at(o, "type").empty())
        report_.ignored(at(i), "not a STIX object: an object with a \"type\" and an \"id\"");
    }
    choose_article();
    for (std::size_t i = 0; i < objects->size(); ++i)
      if (const json& o = (*objects)[i]; o.is_object()) first_pass(i, o);
    for (std::size_t i = 0; i < objects->size(); ++i)
      if (const json& o = (*objects)[i]; o.is_object()) second_pass(i, o);
    for (std::size_t i = 0; i < objects->size(); ++i)
      if (const json& o = (*objects)[i];
          o.is_object() && string_at(o, "type") == "report" && !string_at(o, "id").empty())
        report(i, o);
    for (std::size_t e = 0; e < story_.events.size(); ++e)
      roles_or_other(story_.events[e], event_objects_[e]);

    story_.id.value = is_valid_id(story_id_) ? story_id_ : unique(string_at(bundle, "id"), "story");
    if (story_.article.headline.empty())
      story_.article.headline = "STIX bundle " + string_at(bundle, "id");
    return report_.finish(std::move(story_), text_);
  }

private:
  static std::string at(std::size_t i) { return json_pointer("objects", i); }

  /// Reports every property of `o` that is neither STIX bookkeeping nor in `used`.
  void ignore_others(std::size_t i, const json& o, std::initializer_list<std::string_view> used) {
    constexpr std::array<std::string_view, 5> bookkeeping{"type", "id", "spec_version", "created",
                                                          "modified"};
    for (const auto& [key, value] : o.items()) {
      if (std::find(bookkeeping.begin(), bookkeeping.end(), key) != bookkeeping.end()) continue;
      if (std::find(used.begin(), used.end(), key) != used.end()) continue;
      report_.ignored(pointer_to(at(i), key),
                      "a " + string_at(o, "type") + "'s \"" + key + "\" has no place in a story");
    }
    if (const auto v = string_at(o, "spec_version"); !v.empty() && v != "2.1")
      report_.approximated(pointer_to(at(i), "spec_version"), "read as STIX 2.1");
  }

  /// An id not yet taken in its collection (named by `fallback`): `wanted` if it is a valid id,
  /// else `fallback`, numbered when needed.
  std::string unique(std::string wanted, const std::string& fallback) {
    if (!is_valid_id(wanted)) wanted = fallback;
    auto& taken = taken_[fallback];
    std::string id = wanted;
    for (int n = 2; !taken.insert(id).second; ++n)
      id = wanted + "-" + std::to_string(n);
    return id;
  }

  /// The story id an object carried out of storydata (its first "storydata" external
  /// reference), or one made from its name; `collection` names the object's kind.
  std::string story_id(const json& o, const std::string& collection) {
    std::string own;
    if (const auto refs = o.find("external_references"); refs != o.end() && refs->is_array())
      for (const auto& ref : *refs)
        if (own.empty() && ref.is_object() && string_at(ref, "source_name") == storydata_source)
          own = string_at(ref, "external_id");
    if (!own.empty() && is_valid_id(own) && taken_[collection].insert(own).second) return own;
    const std::string name = slug(string_at(o, "name"));
    return unique(name.empty() ? collection : name, collection);
  }

  /// Accepts the first "storydata" external reference, which story_id has read.
  static auto own_reference() {
    return [seen = false](const std::string& source, const json&) mutable {
      return source == storydata_source && !seen && (seen = true);
    };
  }

  /// Calls `take(source_name, reference)` on each external reference; reports those it declines.
  template <class Take> void external_references(std::size_t i, const json& o, Take take) {
    const auto refs = o.find("external_references");
    if (refs == o.end() || !refs->is_array()) return;
    for (std::size_t k = 0; k < refs->size(); ++k) {
      const json& ref = (*refs)[k];
      if (!ref.is_object() || !take(string_at(ref, "source_name"), ref))
        report_.ignored(pointer_to(at(i), "external_references", k),
                        "an external reference storydata has no place for");
    }
  }

  void choose_article() {
    std::size_t most = 0;
    for (std::size_t i = 0; i < objects_->size(); ++i) {
      const json& o = (*objects_)[i];
      if (!o.is_object() || string_at(o, "type") != "report") continue;
      const auto refs = o.find("object_refs");
      const std::size_t n = refs != o.end() && refs->is_array() ? refs->size() : 0;
      if (!article_ || n > most) {
        article_ = i;
        most = n;
      }
    }
  }

  std::optional<Certainty> certainty_of(std::size_t i, const json& o) {
    const auto c = o.find("confidence");
    if (c == o.end()) return std::nullopt;
    if (!c->is_number_integer()) {
      report_.ignored(pointer_to(at(i), "confidence"),
                      "a confidence is a whole number from 0 to 100");
      return std::nullopt;
    }
    // Clamped first, so that no number (-2^63, 2^64 - 1) can overflow the nearest-value search.
    const std::int64_t value =
        c->is_number_unsigned()
            ? static_cast<std::int64_t>(std::min<std::uint64_t>(c->get<std::uint64_t>(), 1000))
            : std::clamp<std::int64_t>(c->get<std::int64_t>(), -1000, 1000);
    const Certainty out = certainty(value);
    if (confidence(out) != value)
      report_.approximated(pointer_to(at(i), "confidence"), "confidence " + std::to_string(value) +
                                                                " read as " +
                                                                std::string(enum_name(out)));
    return out;
  }

  /// A STIX timestamp as a day; reports what else it said.
  std::optional<PartialDate> date_of(std::size_t i, const json& o, const char* key) {
    const std::string value = string_at(o, key);
    if (value.empty()) return std::nullopt;
    const auto day = day_of(value);
    if (!day)
      report_.ignored(pointer_to(at(i), key), "not a STIX timestamp");
    else if (value.find("T00:00:00") == std::string::npos)
      report_.approximated(pointer_to(at(i), key), "the time of day of " + value + " is left out");
    return day;
  }

  /// The period between two timestamps of `o`, when it has either.
  std::optional<VagueTime> period_of(std::size_t i, const json& o, const char* start,
                                     const char* end) {
    VagueTime time;
    time.start = date_of(i, o, start);
    time.end = date_of(i, o, end);
    if (!time.start && !time.end) return std::nullopt;
    return time;
  }

  void first_pass(std::size_t i, const json& o) {
    if (string_at(o, "id").empty()) return; // reported already
    const std::string type = string_at(o, "type");
    if (type == "identity" || type == "threat-actor" || type == "intrusion-set" ||
        type == "location")
      actor(i, o, type);
    else if (type == "campaign")
      campaign(i, o);
    else if (type != "relationship" && type != "note" && type != "report" && !type.empty())
      report_.ignored(at(i), "a STIX " + type + " has no place in a story");
  }

  void second_pass(std::size_t i, const json& o) {
    if (string_at(o, "id").empty()) return;
    const std::string type = string_at(o, "type");
    if (type == "relationship") relationship(i, o);
    if (type == "note") note(i, o);
  }

  void actor(std::size_t i, const json& o, const std::string& type) {
    Actor a;
    a.id.value = story_id(o, "actor");
    a.name = string_at(o, "name");
    if (a.name.empty()) a.name = a.id.value;
    if (const auto d = string_at(o, "description"); !d.empty()) a.description = d;
    ActorShape shape{type, "", "", ""};
    const std::string identity_class = string_at(o, "identity_class");
    const std::string resource_level = string_at(o, "resource_level");
    shape.identity_class = identity_class;
    shape.resource_level = resource_level;
    std::string sector;
    if (const auto s = o.find("sectors"); s != o.end() && s->is_array()) {
      for (std::size_t k = 0; k < s->size(); ++k) {
        if (k == 0 && (*s)[k].is_string())
          sector = (*s)[k].get<std::string>();
        else
          report_.ignored(pointer_to(at(i), "sectors", k), "an actor has one kind, not sectors");
      }
    }
    shape.sector = sector;
    a.kind = actor_kind(shape);
    if (const auto aliases = o.find("aliases"); aliases != o.end() && aliases->is_array())
      for (const auto& alias : *aliases)
        if (alias.is_string()) a.aliases.push_back(alias.get<std::string>());
    bool own = false;
    external_references(i, o, [&](const std::string& source, const json& ref) {
      if (source == storydata_source && !own) return own = true;
      const std::string id = string_at(ref, "external_id");
      if (source.empty() || id.empty() || a.identifiers.contains(source)) return false;
      a.identifiers.emplace(source, id);
      return true;
    });
    if (!own) a.identifiers.emplace("stix", string_at(o, "id"));
    ignore_others(i, o,
                  {"name", "description", "identity_class", "resource_level", "sectors", "aliases",
                   "external_references"});
    actors_[string_at(o, "id")] = a.id.value;
    story_.actors.push_back(std::move(a));
  }

  void campaign(std::size_t i, const json& o) {
    Event e;
    e.id.value = story_id(o, "event");
    e.kind = campaign_kind;
    e.summary = string_at(o, "name");
    e.time = period_of(i, o, "first_seen", "last_seen");
    e.attribution.certainty = certainty_of(i, o).value_or(Certainty::reported);
    external_references(i, o, own_reference());
    ignore_others(i, o, {"name", "first_seen", "last_seen", "confidence", "external_references"});
    events_[string_at(o, "id")] = story_.events.size();
    event_objects_.push_back(i);
    story_.events.push_back(std::move(e));
  }

  /// An intrusion needs an agent and a target; a campaign known without either is `other`.
  void roles_or_other(Event& e, std::size_t i) {
    const auto has = [&](Role role) {
      return std::any_of(e.participants.begin(), e.participants.end(),
                         [&](const Participant& p) { return p.role == role; });
    };
    if (has(Role::agent) && has(Role::target)) return;
    e.kind = EventKind::other;
    report_.approximated(at(i),
                         "a campaign without both attributed-to and targets relationships is an "
                         "event of kind other");
  }

  void relationship(std::size_t i, const json& o) {
    const std::string type = string_at(o, "relationship_type");
    const std::string source = string_at(o, "source_ref"), target = string_at(o, "target_ref");
    const auto from_event = events_.find(source), to_event = events_.find(target);
    const auto from_actor = actors_.find(source), to_actor = actors_.find(target);
    if (from_event != events_.end() && to_actor != actors_.end() &&
        (type == "attributed-to" || type == "targets")) {
      Event& e = story_.events[from_event->second];
      e.participants.push_back(
          {{to_actor->second}, type == "attributed-to" ? Role::agent : Role::target, {}});
      const auto c = certainty_of(i, o);
      if (c && *c != e.attribution.certainty)
        report_.ignored(pointer_to(at(i), "confidence"),
                        "a participant has the certainty of its event");
      ignore_others(i, o, {"relationship_type", "source_ref", "target_ref", "confidence"});
      return;
    }
    const auto link = enum_value<LinkKind>(kind_name(type));
    if (link && from_event != events_.end() && to_event != events_.end()) {
      story_.events[from_event->second].links.push_back(
          {*link, {story_.events[to_event->second].id.value}, {}});
      ignore_others(i, o, {"relationship_type", "source_ref", "target_ref"});
      return;
    }
    const auto kind = enum_value<RelationKind>(kind_name(type));
    if (kind && from_actor != actors_.end() && to_actor != actors_.end()) {
      Relation r;
      r.id.value = story_id(o, "relation");
      r.kind = *kind;
      r.subject.id = from_actor->second;
      r.object.id = to_actor->second;
      if (const auto d = string_at(o, "description"); !d.empty()) r.label = d;
      r.time = period_of(i, o, "start_time", "stop_time");
      r.attribution.certainty = certainty_of(i, o).value_or(Certainty::reported);
      external_references(i, o, own_reference());
      ignore_others(i, o,
                    {"relationship_type", "source_ref", "target_ref", "description", "start_time",
                     "stop_time", "confidence", "external_references"});
      relations_[string_at(o, "id")] = story_.relations.size();
      story_.relations.push_back(std::move(r));
      return;
    }
    report_.ignored(at(i), "a \"" + type + "\" relationship from " + source + " to " + target +
                               " has no place in a story");
  }

  void note(std::size_t i, const json& o) {
    Claim c;
    const auto authors = o.find("authors");
    const std::string author =
        authors != o.end() && authors->is_array() && !authors->empty() && (*authors)[0].is_string()
            ? (*authors)[0].get<std::string>()
            : std::string();
    const auto speaker = std::find_if(story_.actors.begin(), story_.actors.end(),
                                      [&](const Actor& a) { return a.name == author; });
    if (speaker == story_.actors.end()) {
      report_.ignored(at(i),
                      "a note becomes a claim only when its first author is an actor's name");
      return;
    }
    c.id.value = story_id(o, "claim");
    c.speaker.id = speaker->id.value;
    c.text = string_at(o, "content");
    if (const auto refs = o.find("object_refs"); refs != o.end() && refs->is_array()) {
      for (std::size_t k = 0; k < refs->size(); ++k) {
        const std::string ref = (*refs)[k].is_string() ? (*refs)[k].get<std::string>() : "";
        if (const auto a = actors_.find(ref); a != actors_.end())
          c.about_actors.push_back({a->second});
        else if (const auto e = events_.find(ref); e != events_.end())
          c.about_events.push_back({story_.events[e->second].id.value});
        else
          report_.ignored(pointer_to(at(i), "object_refs", k), "not an actor or an event");
      }
    }
    for (std::size_t k = 1; k < authors->size(); ++k)
      report_.ignored(pointer_to(at(i), "authors", k), "a claim has one speaker");
    c.attribution.certainty = certainty_of(i, o).value_or(Certainty::reported);
    external_references(i, o, own_reference());
    ignore_others(i, o, {"content", "authors", "object_refs", "confidence", "external_references"});
    claims_[string_at(o, "id")] = story_.claims.size();
    story_.claims.push_back(std::move(c));
  }

  void report(std::size_t i, const json& o) {
    if (article_ == i) return article(i, o);
    Source s;
    s.id.value = story_id(o, "source");
    s.kind = SourceKind::article;
    s.title = string_at(o, "name");
    if (string_at(o, "published") != fixed_timestamp)
      if (const auto day = date_of(i, o, "published")) s.time = VagueTime{.start = day};
    if (const auto author = actors_.find(string_at(o, "created_by_ref")); author != actors_.end())
      s.authors.push_back({author->second});
    auto own = own_reference();
    external_references(i, o, [&](const std::string& source, const json& ref) {
      if (own(source, ref)) return true;
      if (source != "url" || s.url || string_at(ref, "url").empty()) return false;
      s.url = string_at(ref, "url");
      return true;
    });
    if (const auto refs = o.find("object_refs"); refs != o.end() && refs->is_array()) {
      for (std::size_t k = 0; k < refs->size(); ++k) {
        const std::string ref = (*refs)[k].is_string() ? (*refs)[k].get<std::string>() : "";
        if (Attribution* a = attribution_of(ref))
          a->according_to.push_back({s.id.value});
        else if (!article_ || ref != string_at((*objects_)[*article_], "id"))
          report_.ignored(pointer_to(at(i), "object_refs", k),
                          "a source vouches for events, relations and claims only");
      }
    }
    ignore_others(i, o,
                  {"name", "published", "created_by_ref", "object_refs", "external_references"});
    story_.sources.push_back(std::move(s));
  }

  Attribution* attribution_of(const std::string& stix_id) {
    if (const auto e = events_.find(stix_id); e != events_.end())
      return &story_.events[e->second].attribution;
    if (const auto r = relations_.find(stix_id); r != relations_.end())
      return &story_.relations[r->second].attribution;
    if (const auto c = claims_.find(stix_id); c != claims_.end())
      return &story_.claims[c->second].attribution;
    return nullptr;
  }

  void article(std::size_t i, const json& o) {
    Article& a = story_.article;
    a.headline = string_at(o, "name");
    if (const auto d = string_at(o, "description"); !d.empty()) a.standfirst = d;
    if (string_at(o, "published") != fixed_timestamp) a.published = date_of(i, o, "published");
    if (const auto lang = string_at(o, "lang"); !lang.empty()) a.language = lang;
    if (const auto p = actors_.find(string_at(o, "created_by_ref")); p != actors_.end())
      a.publisher = Ref<Actor>{p->second};
    external_references(i, o, [&](const std::string& source, const json& ref) {
      if (source == storydata_source && story_id_.empty()) {
        story_id_ = string_at(ref, "external_id");
        return is_valid_id(story_id_);
      }
      if (source != "url" || a.url || string_at(ref, "url").empty()) return false;
      a.url = string_at(ref, "url");
      return true;
    });
    ignore_others(i, o,
                  {"name", "description", "published", "lang", "created_by_ref", "object_refs",
                   "external_references"});
  }

  std::string_view text_;
  const json* objects_ = nullptr;
  Story story_;
  ImportReport report_;
  std::optional<std::size_t> article_;
  std::string story_id_;
  std::map<std::string, std::set<std::string, std::less<>>, std::less<>> taken_;
  std::vector<std::size_t> event_objects_; ///< the campaign each event comes from
  std::map<std::string, std::string, std::less<>> actors_;
  std::map<std::string, std::size_t, std::less<>> events_, relations_, claims_;
};

} // namespace

ImportResult import_stix(std::string_view text) {
  return StixReader(text).run();
}

bool is_stix_bundle(const Sniffed& document) {
  return document.object && string_at(*document.object, "type") == "bundle";
}

} // namespace storydata::convert
