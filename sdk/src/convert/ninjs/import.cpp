// SPDX-License-Identifier: Apache-2.0
// IPTC ninjs 2.x and 3.x documents as stories: the item's headline, description, body and dates
// become the article; its people, organisations, places and objects become actors; its events
// become events of kind `other`. Both importers read both generations (3.x renamed properties to
// camel case; they are matched by their 2.x names). Everything else is reported with a pointer
// into the input.
#include "convert/import_report.hpp"
#include "convert/support/html_text.hpp"
#include "convert/support/json_input.hpp"
#include "convert/support/paragraphs.hpp"
#include "keys.hpp"
#include "ninjs.hpp"
#include "text/json_pointer.hpp"

#include <set>

namespace storydata::convert {
namespace {

using json = nlohmann::json;

constexpr std::string_view wikidata_prefix = "http://www.wikidata.org/entity/";

const std::string* string_at(const json& object, std::string_view key) {
  const auto it = object.find(key);
  return it != object.end() && it->is_string() ? &it->get_ref<const std::string&>() : nullptr;
}

class Reader {
public:
  Reader(const json& item, std::string_view format, std::string_view text)
      : item_(item), format_(format), text_(text) {}

  ImportResult read() {
    // Properties are looked up by their 2.x names, whichever generation wrote them.
    for (const auto& [key, value] : item_.items())
      fields_.emplace(ninjs_lower_key(key), key);
    identity();
    headline();
    description();
    body();
    dates();
    actors("people", ActorKind::person);
    actors("organisations", ActorKind::organization);
    actors("places", ActorKind::location);
    actors("objects", ActorKind::other);
    events();
    byline();
    copyright_holder();
    web_rendition();
    if (const auto* language = field_string("language")) {
      story_.article.language = *language;
      use("language");
    }
    use("type");
    use("standard"); // describes the document, not the news
    for (const auto& [lower, key] : fields_)
      if (!used_.contains(lower))
        report_.ignored(pointer_to("", key), "ninjs `" + key + "` has no place in a story");
    return report_.finish(std::move(story_), text_);
  }

private:
  const json* field(std::string_view lower) const {
    const auto it = fields_.find(std::string(lower));
    return it == fields_.end() ? nullptr : &item_[it->second];
  }
  const std::string* field_string(std::string_view lower) const {
    const auto* value = field(lower);
    return value && value->is_string() ? &value->get_ref<const std::string&>() : nullptr;
  }
  std::string at(std::string_view lower) const {
    const auto it = fields_.find(std::string(lower));
    return pointer_to("", it == fields_.end() ? std::string(lower) : it->second);
  }
  void use(std::string_view lower) { used_.insert(std::string(lower)); }

  // Items of a list with a string "value", each as (pointer, object).
  std::vector<std::pair<std::string, const json*>> valued_items(std::string_view lower) {
    std::vector<std::pair<std::string, const json*>> out;
    const auto* list = field(lower);
    if (!list) return out;
    use(lower);
    if (!list->is_array()) {
      report_.ignored(at(lower), "`" + std::string(lower) + "` is not a list");
      return out;
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& entry = (*list)[i];
      if (entry.is_object() && string_at(entry, "value"))
        out.emplace_back(pointer_to(at(lower), i), &entry);
      else
        report_.ignored(pointer_to(at(lower), i), "an entry without a text `value`");
    }
    return out;
  }

  static std::string role_of(const json& entry) {
    const auto* role = string_at(entry, "role");
    return role ? *role : "";
  }

  static bool is_markup(const json& entry) {
    const auto* type = string_at(entry, "contenttype");
    if (!type) type = string_at(entry, "contentType");
    const auto role = role_of(entry);
    const std::string_view t = type ? std::string_view(*type) : std::string_view();
    return t.find("html") != std::string_view::npos || t.find("xml") != std::string_view::npos ||
           t.find("NITF") != std::string_view::npos || role == "html" || role == "xhtml" ||
           role == "nitf";
  }

  static std::vector<std::string> paragraphs_of(const json& entry,
                                                std::vector<std::string>* unknown = nullptr) {
    const auto& value = entry["value"].get_ref<const std::string&>();
    return is_markup(entry) ? html_paragraphs(value, unknown) : split_paragraphs(value);
  }

  // The story id comes from the uri; the uri itself is kept as `x-ninjs-uri` unless it is one
  // the ninjs exporter wrote ("urn:storydata:ID").
  void identity() {
    const auto* uri = field_string("uri");
    use("uri");
    constexpr std::string_view ours = "urn:storydata:";
    if (uri && uri->starts_with(ours) && is_valid_id(uri->substr(ours.size()))) {
      story_.id.value = uri->substr(ours.size());
      return;
    }
    const auto from_uri = uri ? slug(*uri, 100) : std::string();
    story_.id.value = is_valid_id(from_uri) ? from_uri : "ninjs-item";
    if (uri)
      story_.extensions.values["x-ninjs-uri"] = json(*uri).dump();
    else
      report_.approximated("", "the item has no `uri`; the story is called `ninjs-item`");
  }

  void headline() {
    const auto headlines = valued_items("headlines");
    std::optional<std::size_t> chosen;
    for (std::size_t i = 0; i < headlines.size() && !chosen; ++i)
      if (role_of(*headlines[i].second) == "main") chosen = i;
    if (!chosen && !headlines.empty()) chosen = 0;
    for (std::size_t i = 0; i < headlines.size(); ++i) {
      if (chosen == i) {
        story_.article.headline = line_of(*headlines[i].second, headlines[i].first);
      } else
        report_.ignored(headlines[i].first, "a story has one headline");
    }
    for (const char* fallback : {"title", "slugline"}) {
      if (!story_.article.headline.empty()) return;
      if (const auto* text = field_string(fallback); text && !collapse_spaces(*text).empty()) {
        story_.article.headline = collapse_spaces(*text);
        use(fallback);
        report_.approximated(at(fallback), std::string("the item has no headline; its `") +
                                               fallback + "` is used instead");
      }
    }
    if (story_.article.headline.empty()) {
      story_.article.headline = "Untitled ninjs item";
      report_.approximated("", "the item has no headline, title or slugline");
    }
  }

  /// An entry's value on one line, white space collapsed; `pointer` locates the entry.
  std::string line_of(const json& entry, const std::string& pointer) {
    const auto& value = entry["value"].get_ref<const std::string&>();
    if (!is_markup(entry)) return collapse_spaces(value);
    std::vector<std::string> unknown;
    auto out = collapse_spaces(html_line(value, &unknown));
    report_.unknown_references(pointer_to(pointer, "value"), unknown);
    return out;
  }

  void description() {
    const auto descriptions = valued_items("descriptions");
    for (std::size_t i = 0; i < descriptions.size(); ++i) {
      const auto& [pointer, entry] = descriptions[i];
      if (!story_.article.standfirst) {
        auto text = line_of(*entry, pointer);
        if (!text.empty()) story_.article.standfirst = std::move(text);
        if (paragraphs_of(*entry).size() > 1)
          report_.approximated(pointer,
                               "a description of several paragraphs joined into one standfirst");
      } else
        report_.ignored(pointer, "a story has one standfirst");
    }
  }

  // Bodies are renderings of the same text; the one with the most paragraphs keeps the most
  // structure (a plain-text body is often one long line beside its HTML twin).
  void body() {
    const auto bodies = valued_items("bodies");
    std::optional<std::size_t> best;
    std::vector<std::string> paragraphs;
    std::vector<std::string> unknown;
    for (std::size_t i = 0; i < bodies.size(); ++i) {
      std::vector<std::string> found;
      auto candidate = paragraphs_of(*bodies[i].second, &found);
      if (!best || candidate.size() > paragraphs.size())
        best = i, paragraphs = std::move(candidate), unknown = std::move(found);
    }
    if (best) report_.unknown_references(pointer_to(bodies[*best].first, "value"), unknown);
    for (std::size_t i = 0; i < bodies.size(); ++i)
      if (best != i)
        report_.ignored(bodies[i].first, "another rendering of the body, which was read from " +
                                             bodies[*best].first);
    story_.article.body = std::move(paragraphs);
  }

  // Date-times keep their local date: ninjs's "2019-05-10T16:02:28+02:00" is 10 May where it
  // was written.
  void date(std::string_view lower, std::optional<PartialDate>& into) {
    const auto* text = field_string(lower);
    if (!text) return;
    use(lower);
    const auto parsed = PartialDate::parse(std::string_view(*text).substr(0, 10));
    if (!parsed) return report_.ignored(at(lower), "not a date-time: \"" + *text + "\"");
    into = parsed;
    if (text->size() > 10)
      report_.approximated(at(lower), "the time of day is dropped: storydata keeps dates");
  }

  void dates() {
    date("firstcreated", story_.article.published);
    date("versioncreated", story_.article.modified);
  }

  std::string unique_id(const std::string& wanted, std::string_view fallback) {
    auto base = is_valid_id(wanted) ? wanted : slug(wanted, 100);
    if (!is_valid_id(base)) base = std::string(fallback);
    auto id = base;
    for (int n = 2; ids_.contains(id); ++n)
      id = base.substr(0, 120) + "-" + std::to_string(n);
    ids_.insert(id);
    return id;
  }

  void actors(std::string_view lower, ActorKind kind) {
    const auto* list = field(lower);
    if (!list) return;
    use(lower);
    if (!list->is_array()) return report_.ignored(at(lower), "not a list");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& entry = (*list)[i];
      const auto here = pointer_to(at(lower), i);
      const auto* name = entry.is_object() ? string_at(entry, "name") : nullptr;
      const auto* literal = entry.is_object() ? string_at(entry, "literal") : nullptr;
      const auto display = collapse_spaces(name ? *name : literal ? *literal : "");
      if (display.empty()) {
        report_.ignored(here, "an entry without a name");
        continue;
      }
      Actor actor;
      actor.kind = kind;
      actor.name = display;
      actor.id.value = unique_id(literal ? *literal : display, std::string(lower));
      if (const auto* uri = string_at(entry, "uri")) {
        if (uri->starts_with(wikidata_prefix))
          actor.identifiers["wikidata"] = uri->substr(wikidata_prefix.size());
        else
          actor.identifiers["uri"] = *uri;
      }
      if (kind == ActorKind::other)
        actor.description = "A thing the item is about (a ninjs object)";
      for (const auto& [key, value] : entry.items())
        if (key != "name" && key != "literal" && key != "uri")
          report_.ignored(pointer_to(here, key),
                          "ninjs `" + key + "` of an entry has no place in a story");
      if (kind == ActorKind::location)
        report_.approximated(here, "a ninjs place imported as a location (it may be a country)");
      story_.actors.push_back(std::move(actor));
    }
  }

  // ninjs events are names; as story events they are of kind `other`, stated, without roles.
  void events() {
    const auto* list = field("events");
    if (!list) return;
    use("events");
    if (!list->is_array()) return report_.ignored(at("events"), "not a list");
    std::set<std::string> event_ids;
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& entry = (*list)[i];
      const auto here = pointer_to(at("events"), i);
      const auto* name = entry.is_object() ? string_at(entry, "name") : nullptr;
      if (!name || collapse_spaces(*name).empty()) {
        report_.ignored(here, "an event without a name");
        continue;
      }
      const auto* literal = string_at(entry, "literal");
      auto id = literal && is_valid_id(*literal) ? *literal : slug(*name, 100);
      if (!is_valid_id(id)) id = "event";
      for (int n = 2; event_ids.contains(id); ++n)
        id = slug(*name, 100) + "-" + std::to_string(n);
      event_ids.insert(id);
      Event event;
      event.id.value = id;
      event.summary = collapse_spaces(*name);
      story_.events.push_back(std::move(event));
      report_.approximated(here, "a ninjs event imported as an event of kind `other`");
      for (const auto& [key, value] : entry.items())
        if (key != "name" && key != "literal")
          report_.ignored(pointer_to(here, key),
                          "ninjs `" + key + "` of an event has no place in a story");
    }
  }

  // The by-line is free text ("Von Christian Hollmann, dpa"): one author actor, not guessed apart.
  void byline() {
    const auto* by = field_string("by");
    if (!by || collapse_spaces(*by).empty()) return;
    use("by");
    Actor author;
    author.id.value = unique_id("byline", "byline");
    author.kind = ActorKind::other;
    author.name = collapse_spaces(*by);
    author.description = "The item's by-line";
    story_.article.authors.push_back({author.id.value});
    story_.actors.push_back(std::move(author));
    report_.approximated(at("by"), "the by-line imported as one author of kind `other`");
  }

  void copyright_holder() {
    const auto* holder = field_string("copyrightholder");
    if (!holder || collapse_spaces(*holder).empty()) return;
    use("copyrightholder");
    Actor publisher;
    publisher.id.value = unique_id(collapse_spaces(*holder), "publisher");
    publisher.kind = ActorKind::media;
    publisher.name = collapse_spaces(*holder);
    story_.article.publisher = Ref<Actor>{publisher.id.value};
    story_.actors.push_back(std::move(publisher));
    report_.approximated(at("copyrightholder"), "the copyright holder imported as the publisher");
  }

  // The exporter writes the article's URL as a rendition named "web"; other renditions are
  // media files a story has no place for.
  void web_rendition() {
    const auto* list = field("renditions");
    if (!list || !list->is_array()) return;
    use("renditions");
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& entry = (*list)[i];
      const auto* name = entry.is_object() ? string_at(entry, "name") : nullptr;
      const auto* href = entry.is_object() ? string_at(entry, "href") : nullptr;
      if (name && *name == "web" && href && !story_.article.url)
        story_.article.url = *href;
      else
        report_.ignored(pointer_to(at("renditions"), i), "a rendition other than the web page");
    }
  }

  const json& item_;
  std::string_view format_;
  std::map<std::string, std::string> fields_; ///< 2.x name -> the key as written
  std::set<std::string> used_;
  std::set<std::string, std::less<>> ids_;
  std::string_view text_;
  Story story_;
  ImportReport report_;
};

ImportResult import_ninjs(std::string_view text, std::string_view format) {
  ImportResult result;
  auto item = parse_json_input(text, format, result.diagnostics);
  if (!item) return result;
  if (!item->contains("uri") || !(*item)["uri"].is_string()) {
    result.diagnostics.push_back(
        not_this_format(format, "a ninjs item has a `uri`, its one required property", "/uri"));
    return result;
  }
  return Reader(*item, format, text).read();
}

// 3.x's camel-case properties, or its standard version, tell the generations apart; an item
// with neither is taken for 2.x (both importers read both anyway).
bool has_camel_case(const json& value, std::size_t depth = 0) {
  if (depth > 3 || !value.is_structured()) return false;
  if (value.is_object())
    for (const auto& [key, child] : value.items())
      if (ninjs_lower_key(key) != key || has_camel_case(child, depth + 1)) return true;
  if (value.is_array())
    for (const auto& child : value)
      if (has_camel_case(child, depth + 1)) return true;
  return false;
}

std::optional<bool> ninjs_generation_3(const Sniffed& document) {
  const nlohmann::json* item = document.object;
  if (!item || !item->contains("uri") || !(*item)["uri"].is_string() || item->contains("storydata"))
    return std::nullopt;
  std::size_t ninjs_fields = 0;
  for (const auto& [key, value] : item->items())
    for (const char* known : {"headlines", "bodies", "descriptions", "versioncreated", "type",
                              "firstcreated", "by", "people", "organisations", "places"})
      ninjs_fields += ninjs_lower_key(key) == known;
  if (ninjs_fields == 0) return std::nullopt;
  if (const auto* standard = item->contains("standard") ? &(*item)["standard"] : nullptr;
      standard && standard->is_object())
    if (const auto* version = string_at(*standard, "version")) return version->starts_with("3");
  return has_camel_case(*item);
}

} // namespace

ImportResult import_ninjs2(std::string_view text) {
  return import_ninjs(text, "a ninjs 2.x item");
}

ImportResult import_ninjs3(std::string_view text) {
  return import_ninjs(text, "a ninjs 3.x item");
}

bool is_ninjs2(const Sniffed& document) {
  const auto three = ninjs_generation_3(document);
  return three && !*three;
}

bool is_ninjs3(const Sniffed& document) {
  const auto three = ninjs_generation_3(document);
  return three && *three;
}

} // namespace storydata::convert
