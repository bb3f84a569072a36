// SPDX-License-Identifier: Apache-2.0
// GDELT 2.0 event rows (tab-separated, 61 columns) as a story: each row an event whose kind comes
// from its CAMEO code, Actor1 and Actor2 as actors with ids made from their CAMEO codes, the
// action's place as a location actor, SOURCEURL as a source the event is reported by, and the
// row's numbers as `x-gdelt-*` fields. Pointers into the input are /ROW/COLUMN (ROW counted from
// 0 among the lines); every diagnostic also has the line and column.
#include "cameo.hpp"
#include "columns.hpp"
#include "gdelt.hpp"
#include "text/json_pointer.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <storydata/kinds.hpp>

namespace storydata::convert {
namespace {

using gdelt::column;
using gdelt::columns;

constexpr std::string_view format = "GDELT 2.0 event rows";
constexpr std::size_t max_errors = 100;

// Actor type codes (CAMEO) that say what kind of actor a code is.
ActorKind kind_of_type(std::string_view type) {
  if (type == "GOV") return ActorKind::government;
  if (type == "MIL" || type == "COP" || type == "JUD" || type == "SPY") return ActorKind::agency;
  if (type == "LEG") return ActorKind::legislature;
  if (type == "MED") return ActorKind::media;
  if (type == "BUS" || type == "MNC") return ActorKind::company;
  if (type == "IGO" || type == "NGO" || type == "IMG" || type == "PTY")
    return ActorKind::organization;
  if (type == "CVL" || type == "OPP" || type == "REB" || type == "SEP" || type == "INS" ||
      type == "CRM" || type == "REF" || type == "UAF" || type == "LAB" || type == "EDU" ||
      type == "ELI" || type == "AGR" || type == "HLH" || type == "MOD" || type == "RAD")
    return ActorKind::group;
  return ActorKind::other;
}

// Code points before byte `at`, plus one: the column of a field.
std::uint32_t column_of(std::string_view line, std::size_t at) {
  return static_cast<std::uint32_t>(utf8::length(line.substr(0, at)) + 1);
}

struct TsvRow {
  std::size_t index = 0; ///< among the lines, from 0
  std::uint32_t line = 0;
  std::string_view text;
  std::vector<std::string_view> fields;
  std::vector<std::size_t> offsets; ///< byte offset of each field in the line

  std::string_view operator[](std::size_t c) const { return fields[c]; }
};

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> out;
  while (true) {
    const auto end = text.find(separator);
    out.push_back(text.substr(0, end));
    if (end == std::string_view::npos) return out;
    text.remove_prefix(end + 1);
  }
}

// Counted before splitting, so that a hostile line of tabs costs no memory.
std::size_t column_count(std::string_view line) {
  return static_cast<std::size_t>(std::count(line.begin(), line.end(), '\t')) + 1;
}

class Reader {
public:
  ImportResult read(std::string_view text) {
    if (auto too_large = over_size_limit(text, format)) {
      result_.diagnostics.push_back(std::move(*too_large));
      return finish();
    }
    std::size_t index = 0;
    // Line by line, never all lines at once: a hostile file of newlines costs no memory.
    for (std::size_t n = 0, start = 0; start < text.size() && errors_ < max_errors; ++n) {
      const auto end = std::min(text.find('\n', start), text.size());
      auto line = text.substr(start, end - start);
      start = end + 1;
      const auto number = static_cast<std::uint32_t>(n + 1);
      if (line.ends_with('\r')) line.remove_suffix(1);
      if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
      // GDELT writes UTF-8; other bytes cannot become story text.
      if (const auto bad = utf8::first_invalid(line)) {
        error(number, column_of(line, *bad), json_pointer(index++),
              "line " + std::to_string(number) + " is not UTF-8 text (an invalid byte at column " +
                  std::to_string(column_of(line, *bad)) + ")");
        continue;
      }
      if (const auto count = column_count(line); count != columns.size()) {
        error(number, 1, json_pointer(index++),
              "line " + std::to_string(number) + " has " + std::to_string(count) +
                  " tab-separated columns; a GDELT 2.0 event row has 61");
        continue;
      }
      TsvRow row{index++, number, line, split(line, '\t'), {}};
      std::size_t offset = 0;
      for (const auto field : row.fields)
        row.offsets.push_back(offset), offset += field.size() + 1;
      event(row);
    }
    if (index == 0) error(0, 0, "", "there are no rows");
    return finish();
  }

private:
  std::string pointer(const TsvRow& row, std::size_t c) const {
    return json_pointer(row.index, std::string(columns[c]));
  }

  void error(std::uint32_t line, std::uint32_t col, std::string at, std::string message) {
    ++errors_;
    auto d = not_this_format(format, std::move(message), std::move(at));
    d.line = line;
    d.column = col;
    result_.diagnostics.push_back(std::move(d));
  }
  void warn(const RuleInfo& code, const TsvRow& row, std::size_t c, std::string message) {
    auto d = loss(code, pointer(row, c), std::move(message));
    d.line = row.line;
    d.column = column_of(row.text, row.offsets[c]);
    result_.diagnostics.push_back(std::move(d));
  }
  void field_error(const TsvRow& row, std::size_t c, const std::string& what) {
    error(row.line, column_of(row.text, row.offsets[c]), pointer(row, c),
          "line " + std::to_string(row.line) + ", " + std::string(columns[c]) + " \"" +
              std::string(row[c].substr(0, 40)) + "\" is not " + what);
  }

  // A column storydata has no place for is reported once, where it first has a value.
  void ignore(const TsvRow& row, std::size_t c) {
    if (row[c].empty() || !ignored_.insert(c).second) return;
    warn(code::import_ignores_field, row, c,
         std::string(columns[c]) + " has no place in a story (first of the "
                                   "rows that have it)");
  }

  // A number as JSON text, for an `x-gdelt-*` field; SD311 when it is not one.
  void number(const TsvRow& row, std::size_t c, Extensions& into, const char* name) {
    if (row[c].empty()) return;
    const auto value = nlohmann::json::parse(row[c], nullptr, false);
    if (value.is_number() && value.dump().size() < 64) {
      into.values[std::string("x-gdelt-") + name] = value.dump();
      return;
    }
    warn(code::import_ignores_field, row, c,
         std::string(columns[c]) + " is not a number, and is left out");
  }

  std::optional<std::string> actor(const TsvRow& row, std::size_t first) {
    const auto code = row[first], name = row[first + 1], country = row[first + 2],
               type = row[first + 7];
    if (code.empty() && name.empty()) return std::nullopt;
    auto id = "gdelt-" + slug(code.empty() ? name : code, 100);
    if (!is_valid_id(id)) id = "gdelt-actor";
    if (actor_index_.contains(id)) return id;
    Actor a;
    a.id.value = id;
    a.name = name.empty() ? std::string(code) : std::string(name);
    if (!code.empty()) a.identifiers["cameo"] = std::string(code);
    // A bare country code (no type) is the country acting as a whole.
    a.kind = type.empty() && !country.empty() && code == country ? ActorKind::country
                                                                 : kind_of_type(type);
    if (!country.empty() && code != country)
      a.extensions.values["x-gdelt-country-code"] = nlohmann::json(std::string(country)).dump();
    if (a.kind == ActorKind::other)
      a.description = "A GDELT actor whose CAMEO code does not say what kind it is";
    for (const auto c : {first + 3, first + 4, first + 5, first + 6, first + 8, first + 9})
      ignore(row, c);
    actor_index_.emplace(id, result_.story.actors.size());
    result_.story.actors.push_back(std::move(a));
    return id;
  }

  std::optional<std::string> place(const TsvRow& row) {
    const auto name = row[column("ActionGeo_FullName")];
    if (name.empty()) return std::nullopt;
    const auto id = "place-" + slug(name, 100);
    if (!is_valid_id(id) || actor_index_.contains(id))
      return is_valid_id(id) ? std::optional(id) : std::nullopt;
    Actor a;
    a.id.value = id;
    a.name = std::string(name);
    a.kind = row[column("ActionGeo_Type")] == "1" ? ActorKind::country : ActorKind::location;
    actor_index_.emplace(id, result_.story.actors.size());
    result_.story.actors.push_back(std::move(a));
    return id;
  }

  std::string source(std::string_view url) {
    if (const auto found = source_ids_.find(url); found != source_ids_.end()) return found->second;
    Source s;
    s.id.value = "gdelt-source-" + std::to_string(result_.story.sources.size() + 1);
    s.kind = SourceKind::article;
    s.title = std::string(url);
    s.url = std::string(url);
    source_ids_.emplace(std::string(url), s.id.value);
    result_.story.sources.push_back(std::move(s));
    return result_.story.sources.back().id.value;
  }

  void event(const TsvRow& row) {
    const auto id_text = row[column("GLOBALEVENTID")];
    if (id_text.empty() || id_text.find_first_not_of("0123456789") != std::string_view::npos)
      return field_error(row, column("GLOBALEVENTID"), "a number");
    const auto date = row[column("SQLDATE")];
    const auto parsed =
        date.size() == 8 && date.find_first_not_of("0123456789") == std::string_view::npos
            ? PartialDate::parse(std::string(date.substr(0, 4)) + "-" +
                                 std::string(date.substr(4, 2)) + "-" +
                                 std::string(date.substr(6, 2)))
            : std::nullopt;
    if (!parsed) return field_error(row, column("SQLDATE"), "a date YYYYMMDD");
    const auto code = row[column("EventCode")];
    if (code.empty() || code.size() > 4 ||
        code.find_first_not_of("0123456789") != std::string_view::npos)
      return field_error(row, column("EventCode"), "a CAMEO event code");

    Event e;
    e.id.value = "gdelt-" + std::string(id_text);
    if (!event_ids_.insert(e.id.value).second)
      return field_error(row, column("GLOBALEVENTID"), "unique: the event is listed twice");
    const auto cameo = cameo_kind(code);
    e.kind = cameo.kind;
    e.time = VagueTime{};
    e.time->start = parsed;
    dates_.insert(parsed->to_string());

    const auto agent = actor(row, column("Actor1Code"));
    const auto other = actor(row, column("Actor2Code"));
    roles(e, agent, other);
    if (!cameo.exact || e.kind != cameo.kind)
      warn(code::import_approximates_value, row, column("EventCode"),
           "CAMEO " + std::string(code) + " (" + std::string(cameo.description) +
               ") imported as `" + std::string(enum_name(e.kind)) + "`, the nearest event kind" +
               (e.kind != cameo.kind ? " its actors allow" : std::string()));
    e.summary = (agent ? name_of(*agent) + ": " : std::string()) +
                std::string(cameo.description.empty() ? "Event" : cameo.description) +
                (other ? " (" + name_of(*other) + ")" : std::string()) + " [CAMEO " +
                std::string(code) + "]";
    if (auto where = place(row)) e.place = Ref<Actor>{std::move(*where)};
    if (const auto url = row[column("SOURCEURL")]; !url.empty()) {
      e.attribution.certainty = Certainty::reported;
      e.attribution.according_to.push_back({source(url)});
    }
    e.extensions.values["x-gdelt-event-code"] = nlohmann::json(std::string(code)).dump();
    number(row, column("IsRootEvent"), e.extensions, "is-root-event");
    number(row, column("QuadClass"), e.extensions, "quad-class");
    number(row, column("GoldsteinScale"), e.extensions, "goldstein-scale");
    number(row, column("NumMentions"), e.extensions, "num-mentions");
    number(row, column("NumSources"), e.extensions, "num-sources");
    number(row, column("NumArticles"), e.extensions, "num-articles");
    number(row, column("AvgTone"), e.extensions, "avg-tone");
    number(row, column("DATEADDED"), e.extensions, "date-added");
    for (std::size_t c = column("Actor1Geo_Type"); c <= column("Actor2Geo_FeatureID"); ++c)
      ignore(row, c);
    for (const char* name : {"ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
                             "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID"})
      for (std::size_t c = 0; c < columns.size(); ++c)
        if (columns[c] == name) ignore(row, c);
    result_.story.events.push_back(std::move(e));
  }

  // Actor1 acts on Actor2 in the kind's principal and counterpart roles; a kind whose required
  // roles cannot be filled (no Actor1, or no Actor2 where both are needed), or whose one actor
  // would be its own target, becomes `other`.
  static void roles(Event& e, const std::optional<std::string>& agent,
                    const std::optional<std::string>& other) {
    const EventKindTraits* kind = &traits(e.kind);
    if (!agent || (kind->needs == Needs::both && !other) ||
        (agent && other && *agent == *other && kind->counterpart == Role::target))
      kind = &traits(e.kind = EventKind::other);
    if (agent) e.participants.push_back({{*agent}, kind->principal, {}});
    if (other && other != agent) e.participants.push_back({{*other}, kind->counterpart, {}});
  }

  std::string name_of(const std::string& id) const {
    const auto found = actor_index_.find(id);
    return found == actor_index_.end() ? id : result_.story.actors[found->second].name;
  }

  ImportResult finish() {
    auto& story = result_.story;
    story.id.value = "gdelt-events";
    story.article.headline =
        dates_.empty() ? "GDELT events"
                       : "GDELT events, " + *dates_.begin() +
                             (dates_.size() > 1 ? " to " + *dates_.rbegin() : std::string());
    return std::move(result_);
  }

  ImportResult result_;
  std::size_t errors_ = 0;
  std::map<std::string, std::size_t, std::less<>> actor_index_;
  std::map<std::string, std::string, std::less<>> source_ids_;
  std::set<std::string> event_ids_;
  std::set<std::string> dates_;
  std::set<std::size_t> ignored_;
};

} // namespace

ImportResult import_gdelt(std::string_view text) {
  return Reader().read(text);
}

// The first line has 61 tab-separated columns, a numeric event id and an 8-digit SQLDATE.
bool is_gdelt(const Sniffed& document) {
  auto line = document.text.substr(0, document.text.find('\n'));
  if (line.ends_with('\r')) line.remove_suffix(1);
  if (column_count(line) != columns.size()) return false;
  const auto fields = split(line, '\t');
  return !fields[0].empty() &&
         fields[0].find_first_not_of("0123456789") == std::string_view::npos &&
         fields[1].size() == 8 &&
         fields[1].find_first_not_of("0123456789") == std::string_view::npos;
}

} // namespace storydata::convert
