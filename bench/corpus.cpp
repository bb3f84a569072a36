// SPDX-License-Identifier: Apache-2.0
// The corpus generator. Actors get names from several languages and scripts; events, relations
// and claims are written into the body as sentences that name their actors, and every span is
// measured in code points while it is written, so mentions point exactly at the names.
#include "corpus.hpp"

#include <algorithm>
#include <array>
#include <boost/describe/enum_to_string.hpp>
#include <cctype>
#include <initializer_list>
#include <optional>
#include <set>
#include <span>
#include <storydata/codec.hpp>
#include <storydata/kinds.hpp>
#include <string_view>

namespace storydata_bench {
namespace {

using namespace storydata;
using Words = std::span<const std::string_view>;

/// splitmix64: small and specified bit for bit, so a seed gives the same corpus on every
/// platform (the standard distributions are implementation-defined).
class Rng {
public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
  }
  /// A number in [0, n); the modulo bias is negligible for the small n used here.
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
  /// Skewed towards 0, so that a few actors and recent events dominate, as in real stories.
  std::size_t skewed(std::size_t n) { return std::min(below(n), below(n)); }
  bool percent(unsigned p) { return below(100) < p; }
  std::string_view pick(Words words) { return words[below(words.size())]; }
  template <class T> T pick(std::initializer_list<T> items) {
    return items.begin()[below(items.size())];
  }

private:
  std::uint64_t state_;
};

std::uint32_t code_points(std::string_view text) {
  std::uint32_t n = 0;
  for (char c : text)
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

template <class E> std::string_view name_of(E value) {
  return boost::describe::enum_to_string(value, "other");
}

template <class E> E any_of(Rng& rng) {
  using D = boost::describe::describe_enumerators<E>;
  E values[boost::mp11::mp_size<D>::value]{};
  std::size_t i = 0;
  boost::mp11::mp_for_each<D>([&](auto d) { values[i++] = d.value; });
  return values[rng.below(i)];
}

// Names: Latin with diacritics, Hangul, Greek and one astral-plane letter (𝕏), so that byte,
// UTF-16 and code-point offsets all differ somewhere in every large story.
constexpr std::string_view given_names[] = {
    "Edward", "Michael", "Anna",   "José",    "Zoë",      "François", "Łukasz", "Søren",
    "Ayşe",   "Min-jun", "Hae-in", "Hiroshi", "Ingrid",   "Chloé",    "Björn",  "Mónica",
    "Dmitri", "Priya",   "Renée",  "Jürgen",  "Olusegun", "Thomas",   "Ngọc",   "Agnès"};
constexpr std::string_view family_names[] = {
    "Snowden", "Rogers",   "Kim",        "Park",    "Lee",    "Müller", "García",   "Núñez",
    "Dubois",  "Kowalski", "Østergaard", "Yılmaz",  "Nguyễn", "Tanaka", "Schröder", "Ivanova",
    "Okafor",  "Sharma",   "Brontë",     "Lefèvre", "Smith",  "Chen",   "Þórsson",  "Papadopoulos"};
constexpr std::string_view hangul_family[] = {"김", "이", "박", "최", "정", "강", "조", "윤"};
constexpr std::string_view hangul_given[] = {"민준", "서연", "지훈", "하은", "도윤",
                                             "수아", "예준", "지우", "현우", "서준"};
constexpr std::string_view person_descriptions[] = {"former government contractor",
                                                    "agency director",
                                                    "defence minister",
                                                    "security researcher",
                                                    "spokesperson",
                                                    "chief executive",
                                                    "journalist",
                                                    "lawmaker"};

/// Names for every kind but `person`: a fixed name, or `first second`.
struct NamePool {
  Words fixed;
  Words first;
  Words second;
  std::string_view description;
};

constexpr std::string_view country_fixed[] = {
    "South Korea",   "North Korea", "United States", "China",    "Russia",
    "Iran",          "Japan",       "Germany",       "France",   "Brazil",
    "Côte d'Ivoire", "México",      "Türkiye",       "대한민국", "España",
    "Česko",         "Ísland",      "Perú",          "Việt Nam", "Österreich",
    "Norge",         "India",       "Nigeria",       "Canada",   "Ελλάδα"};
constexpr std::string_view country_first[] = {"Republic of", "Kingdom of", "Federation of"};
constexpr std::string_view country_second[] = {"Avalonia", "Norrland", "Kastoria", "Zélande",
                                               "Tavrida",  "Eldoria",  "Qarastan"};
constexpr std::string_view agency_fixed[] = {"National Security Agency",
                                             "Federal Bureau of Investigation",
                                             "Direction générale de la sécurité extérieure",
                                             "Bundesamt für Verfassungsschutz",
                                             "국가정보원",
                                             "Government Communications Headquarters"};
constexpr std::string_view agency_first[] = {"National", "Federal", "Central", "Joint",
                                             "Royal",    "Defence", "Foreign", "Domestic"};
constexpr std::string_view agency_second[] = {
    "Security Agency",           "Intelligence Service", "Cyber Command",
    "Signals Directorate",       "Investigation Bureau", "Police Agency",
    "Counterintelligence Office"};
constexpr std::string_view government_fixed[] = {
    "South Korean government", "White House", "Élysée", "Kremlin", "Blue House", "청와대"};
constexpr std::string_view government_first[] = {"Ministry of", "Department of", "Office of",
                                                 "Secretariat of"};
constexpr std::string_view government_second[] = {
    "Foreign Affairs", "Defence",      "Justice",           "Unification",
    "Science and ICT", "the Interior", "Homeland Security", "Trade"};
constexpr std::string_view legislature_fixed[] = {"House Intelligence Committee", "Bundestag",
                                                  "국회", "Assemblée nationale",
                                                  "European Parliament"};
constexpr std::string_view legislature_first[] = {"House", "Senate", "Parliamentary", "Joint"};
constexpr std::string_view legislature_second[] = {
    "Intelligence Committee", "Judiciary Committee",       "Armed Services Committee",
    "Oversight Committee",    "Foreign Affairs Committee", "Defence Committee"};
constexpr std::string_view company_fixed[] = {"Sony Pictures", "Samsung Electronics",
                                              "Société Générale", "𝕏 Systems"};
constexpr std::string_view company_first[] = {"Hanbit",   "Nordlicht", "Cygnus", "Kōgyō",
                                              "Ironwood", "Lumière",   "Quill",  "Sable",
                                              "Daehan",   "Zephyr",    "Ñandú",  "𝕏"};
constexpr std::string_view company_second[] = {"Systems",  "Pictures",    "Labs", "Networks",
                                               "Holdings", "Electronics", "GmbH", "S.A.",
                                               "Telecom",  "Technologies"};
constexpr std::string_view media_fixed[] = {"Der Spiegel",   "Le Monde", "Hankyoreh",
                                            "한겨레",        "El País",  "Süddeutsche Zeitung",
                                            "The Intercept", "Nikkei",   "Yonhap"};
constexpr std::string_view media_first[] = {"Seoul", "Berlin", "Geneva", "Montréal", "Kraków",
                                            "Busan", "Lagos",  "Ōsaka",  "Zürich",   "Boston"};
constexpr std::string_view media_second[] = {"Times",   "Post",  "Herald",  "Tribune",
                                             "Gazette", "Daily", "Courier", "Observer"};
constexpr std::string_view organization_fixed[] = {
    "United Nations", "NATO", "Electronic Frontier Foundation", "Médecins Sans Frontières"};
constexpr std::string_view organization_first[] = {"Institute for", "Center for",
                                                   "Council on",    "Foundation for",
                                                   "Alliance for",  "Observatory for"};
constexpr std::string_view organization_second[] = {
    "Cyber Policy",  "Digital Rights", "Security Studies",    "Open Networks",
    "Press Freedom", "Korean Studies", "Privacy and Données", "Arms Control"};
constexpr std::string_view group_fixed[] = {"Lazarus Group", "Guardians of Peace", "Kimsuky",
                                            "Equation Group"};
constexpr std::string_view group_first[] = {"Silent", "Crimson", "Velvet", "Iron",  "Shadow",
                                            "Jade",   "Dark",    "Golden", "Ghost", "Blizzard"};
constexpr std::string_view group_second[] = {"Chollima", "Panda",   "Bear",   "Kitten",
                                             "Spider",   "Typhoon", "Hornet", "Lynx"};
constexpr std::string_view anonymous_first[] = {"a senior",  "a former",  "a junior",
                                                "a retired", "a serving", "an unnamed"};
constexpr std::string_view anonymous_second[] = {
    "ministry official", "agency analyst",   "intelligence officer", "NSA employee",
    "defence official",  "embassy diplomat", "police investigator",  "government contractor"};
constexpr std::string_view document_fixed[] = {"NSA document", "Snowden files"};
constexpr std::string_view document_first[] = {"a classified", "a leaked",       "an internal",
                                               "a draft",      "a confidential", "the annual"};
constexpr std::string_view document_second[] = {"NSA memo", "ministry report",  "briefing paper",
                                                "cable",    "slide deck",       "presentation",
                                                "audit",    "threat assessment"};
constexpr std::string_view work_fixed[] = {
    "The Interview", "Parasite", "Amélie", "Oldboy", "Le Bureau des légendes", "사랑의 불시착"};
constexpr std::string_view work_first[] = {"The Last", "The Silent", "The Red",
                                           "The Long", "The Secret", "The Broken"};
constexpr std::string_view work_second[] = {"Frontier", "Signal", "Harbour", "Winter",
                                            "Protocol", "Cipher", "Archive"};
constexpr std::string_view location_fixed[] = {"Seoul",      "서울",       "Pyongyang", "평양",
                                               "São Paulo",  "Zürich",     "Kraków",    "Reykjavík",
                                               "Montréal",   "Fort Meade", "Busan",     "Malmö",
                                               "Düsseldorf", "Ōsaka",      "Cheltenham"};
constexpr std::string_view location_first[] = {"North", "South", "East", "West",
                                               "Upper", "Lower", "New",  "Port"};
constexpr std::string_view location_second[] = {"Harbor",  "Valley",  "Ridge",    "Bay",
                                                "Heights", "Springs", "Crossing", "Fjord"};
constexpr std::string_view qualifiers[] = {
    "Northern", "Southern",   "Eastern", "Western",  "Central",   "Greater", "New",     "United",
    "Free",     "Provincial", "Coastal", "Highland", "Inner",     "Outer",   "Upper",   "Lower",
    "Grand",    "Little",     "Saint",   "Nouvelle", "Nördliche", "Old",     "Federal", "Regional"};
constexpr std::string_view other_fixed[] = {"the Sony Pictures network", "Stuxnet", "WannaCry"};
constexpr std::string_view other_first[] = {"Operation", "Project", "Program"};
constexpr std::string_view other_second[] = {"Jade Rabbit",  "Olympic Games", "Nitro Zeus",
                                             "Aurora",       "Glacier",       "Sunrise",
                                             "Blue Lantern", "Night Owl"};

NamePool pool_for(ActorKind kind) {
  switch (kind) {
  case ActorKind::country:
    return {country_fixed, country_first, country_second, "a country"};
  case ActorKind::agency:
    return {agency_fixed, agency_first, agency_second, "an intelligence agency"};
  case ActorKind::government:
    return {government_fixed, government_first, government_second, "a government body"};
  case ActorKind::legislature:
    return {legislature_fixed, legislature_first, legislature_second, "a parliamentary body"};
  case ActorKind::company:
    return {company_fixed, company_first, company_second, "a company"};
  case ActorKind::media:
    return {media_fixed, media_first, media_second, "a news outlet"};
  case ActorKind::organization:
    return {organization_fixed, organization_first, organization_second, "a non-profit"};
  case ActorKind::group:
    return {group_fixed, group_first, group_second, "a hacking group"};
  case ActorKind::anonymous_source:
    return {{}, anonymous_first, anonymous_second, "a source the article does not name"};
  case ActorKind::document:
    return {document_fixed, document_first, document_second, "a leaked document"};
  case ActorKind::creative_work:
    return {work_fixed, work_first, work_second, "a film"};
  case ActorKind::location:
    return {location_fixed, location_first, location_second, "a city"};
  default:
    return {other_fixed, other_first, other_second, "a cyber operation"};
  }
}

// The first actors cover every kind; the rest follow these weights (person is the commonest).
constexpr ActorKind first_kinds[] = {
    ActorKind::media,       ActorKind::person,           ActorKind::country,
    ActorKind::agency,      ActorKind::document,         ActorKind::location,
    ActorKind::government,  ActorKind::person,           ActorKind::company,
    ActorKind::group,       ActorKind::anonymous_source, ActorKind::creative_work,
    ActorKind::legislature, ActorKind::organization,     ActorKind::other};
constexpr std::size_t actor_kinds =
    boost::mp11::mp_size<boost::describe::describe_enumerators<ActorKind>>::value;
constexpr std::pair<ActorKind, unsigned> kind_weights[] = {
    {ActorKind::person, 30},     {ActorKind::country, 10},      {ActorKind::agency, 10},
    {ActorKind::government, 6},  {ActorKind::organization, 6},  {ActorKind::company, 8},
    {ActorKind::media, 6},       {ActorKind::group, 6},         {ActorKind::anonymous_source, 6},
    {ActorKind::document, 5},    {ActorKind::creative_work, 2}, {ActorKind::location, 3},
    {ActorKind::legislature, 1}, {ActorKind::other, 1}};

/// An event kind with the sentence that reports it and the roles of {0} and {1}.
struct EventTemplate {
  EventKind kind;
  std::string_view pattern;
  Role first;
  Role second;
};
constexpr EventTemplate event_templates[] = {
    {EventKind::espionage, "{0} stepped up its cyber spying on {1}", Role::agent, Role::target},
    {EventKind::cyberattack, "{0} launched a cyberattack on {1}", Role::agent, Role::target},
    {EventKind::intrusion, "{0} gained access to networks run by {1}", Role::agent, Role::target},
    {EventKind::leak, "{0} leaked classified files taken from {1}", Role::agent, Role::source},
    {EventKind::publication, "{0} published a report on {1}", Role::publisher, Role::subject},
    {EventKind::disclosure, "{0} revealed the program run by {1}", Role::agent, Role::subject},
    {EventKind::statement, "{0} issued a statement addressed to {1}", Role::speaker,
     Role::audience},
    {EventKind::hearing, "{0} testified before {1}", Role::speaker, Role::audience},
    {EventKind::attribution, "{0} blamed {1} for the attack", Role::agent, Role::accused},
    {EventKind::investigation, "{0} opened an inquiry into {1}", Role::investigator, Role::subject},
    {EventKind::retaliation, "{0} retaliated against {1}", Role::agent, Role::target},
    {EventKind::cooperation, "{0} shared intelligence with {1}", Role::agent, Role::beneficiary},
    {EventKind::threat, "{0} threatened {1} with reprisals", Role::agent, Role::target},
    {EventKind::sanction, "{0} imposed sanctions on {1}", Role::agent, Role::target},
    {EventKind::cancellation, "{0} called off the release of {1}", Role::agent, Role::subject},
    {EventKind::release, "{0} released a report about {1}", Role::agent, Role::subject},
    {EventKind::meeting, "{0} met officials from {1}", Role::agent, Role::audience},
    {EventKind::agreement, "{0} signed an agreement with {1}", Role::agent, Role::beneficiary},
    {EventKind::arrest, "{0} arrested {1}", Role::agent, Role::target},
    {EventKind::military_action, "{0} carried out strikes against {1}", Role::agent, Role::target},
    {EventKind::protest, "{0} protested outside the offices of {1}", Role::agent, Role::target},
    {EventKind::other, "{0} and {1} were caught up in the affair", Role::subject, Role::subject}};

struct RelationTemplate {
  RelationKind kind;
  std::string_view pattern;
  std::string_view label;
};
constexpr RelationTemplate relation_templates[] = {
    {RelationKind::ally, "{0} and {1} are long-time allies", "long-time allies"},
    {RelationKind::adversary, "{0} and {1} remain adversaries", "adversaries"},
    {RelationKind::rival, "{0} has a contentious relationship with {1}",
     "contentious relationship"},
    {RelationKind::cooperates_with, "{0} closely cooperates with {1} on security matters",
     "closely cooperates"},
    {RelationKind::member_of, "{0} is a member of {1}", "member"},
    {RelationKind::leads, "{0} leads {1}", "leads"},
    {RelationKind::employed_by, "{0} once worked for {1}", "once worked for"},
    {RelationKind::owns, "{0} owns {1}", "owns"},
    {RelationKind::authored, "{0} wrote {1}", "wrote"},
    {RelationKind::depicts, "{0} depicts {1}", "depicts"}};

constexpr std::string_view quotes[] = {"We were interested in {0}",
                                       "Things changed a bit when {0} started targeting us",
                                       "Our access to {0} was next to nothing",
                                       "{0} puts a lot of resources against them",
                                       "We have no knowledge of any operation against {0}",
                                       "Nous ne commentons pas les activités de {0}",
                                       "{0}와 긴밀히 협력하고 있습니다"};
constexpr std::string_view paraphrases[] = {
    "{0} had been targeted for years", "{0} was gathering information on its allies",
    "{0} was sitting on critical networks", "{0} had nothing to do with the attack"};

constexpr std::string_view source_titles[] = {"Classified memo",
                                              "Cache of leaked files",
                                              "Report",
                                              "Broadcast",
                                              "Official statement",
                                              "Interview",
                                              "Testimony",
                                              "Dataset",
                                              "Post",
                                              "Notes"};

constexpr std::string_view month_names[] = {"January",   "February", "March",    "April",
                                            "May",       "June",     "July",     "August",
                                            "September", "October",  "November", "December"};

int days_in_month(int year, int month) {
  const PartialDate whole{year, month, 0};
  return whole.last_day() - whole.first_day() + 1;
}

/// A vague time and the words the article uses for it.
struct TimePhrase {
  VagueTime time;
  std::string words;
};

constexpr std::size_t time_forms = 10;

/// One of the ten forms: year, month, day, span, ongoing, window, upper bound, lower bound,
/// approximate, labelled.
TimePhrase make_time(Rng& rng, std::size_t form, int published_year) {
  const int year = 2000 + static_cast<int>(rng.below(16));
  const int month = 1 + static_cast<int>(rng.below(12));
  const auto y = std::to_string(year);
  const auto later = year + 1 + static_cast<int>(rng.below(3));
  TimePhrase t;
  switch (form) {
  case 0:
    t = {{.start = PartialDate{year}}, "in " + y};
    break;
  case 1:
    t = {{.start = PartialDate{year, month}},
         "in " + std::string(month_names[month - 1]) + " " + y};
    break;
  case 2: {
    // Any valid day, leap days included, so the decoder's calendar check is exercised.
    const int day = 1 + static_cast<int>(rng.below(days_in_month(year, month)));
    t = {{.start = PartialDate{year, month, day}},
         "on " + std::to_string(day) + " " + std::string(month_names[month - 1]) + " " + y};
    break;
  }
  case 3:
    if (rng.percent(30)) {
      const int end_month = 1 + static_cast<int>(rng.below(12));
      t = {{.start = PartialDate{year, month}, .end = PartialDate{later, end_month}},
           "from " + std::string(month_names[month - 1]) + " " + y + " to " +
               std::string(month_names[end_month - 1]) + " " + std::to_string(later)};
    } else {
      t = {{.start = PartialDate{year}, .end = PartialDate{later}},
           "from " + y + " to " + std::to_string(later)};
    }
    break;
  case 4:
    t = {{.start = PartialDate{year}, .ongoing = true}, "since " + y};
    break;
  case 5:
    t = {{.not_before = PartialDate{year}, .not_after = PartialDate{later}},
         "between " + y + " and " + std::to_string(later)};
    break;
  case 6:
    t = {{.not_after = PartialDate{year - 1}}, "before " + y};
    break;
  case 7:
    t = {{.not_before = PartialDate{year}}, "no earlier than " + y};
    break;
  case 8:
    t = {{.start = PartialDate{year}, .approximate = true}, "around " + y};
    break;
  default:
    switch (rng.below(3)) {
    case 0:
      t = {{.not_before = PartialDate{published_year - 5},
            .not_after = PartialDate{published_year},
            .approximate = true},
           "in recent years"};
      break;
    case 1:
      t = {{.start = PartialDate{published_year - 1, 12}}, "last December"};
      break;
    default:
      t = {{.start = PartialDate{year}, .approximate = true}, "as far back as " + y};
      break;
    }
    t.time.label = t.words;
  }
  if (rng.percent(5)) t.time.extensions.values["x-calendar"] = R"("gregorian")";
  return t;
}

/// The article body as it is written: paragraphs of sentences, with the current position in
/// code points so that spans are known without counting again.
class Body {
public:
  /// Starts a sentence, in a new paragraph once the current one holds `paragraph_sentences`.
  void begin_sentence(std::size_t paragraph_sentences) {
    if (paragraphs_.empty() || sentences_ >= paragraph_sentences) {
      paragraphs_.emplace_back();
      length_ = 0;
      sentences_ = 0;
    } else {
      text(" ");
    }
    ++sentences_;
    sentence_byte_ = paragraphs_.back().size();
    sentence_start_ = length_;
  }
  void text(std::string_view words) {
    paragraphs_.back() += words;
    length_ += code_points(words);
  }
  /// Writes `words` and returns the span they occupy.
  Mention mention(std::string_view words) {
    const std::uint32_t start = length_;
    text(words);
    return {.paragraph = paragraph(), .start = start, .end = length_, .text = std::string(words)};
  }
  std::size_t byte() const { return paragraphs_.back().size(); }
  std::string_view since(std::size_t byte) const {
    return std::string_view(paragraphs_.back()).substr(byte);
  }
  std::string_view sentence() const { return since(sentence_byte_); }
  bool at_sentence_start() const { return byte() == sentence_byte_; }
  Mention sentence_span() const {
    return {.paragraph = paragraph(), .start = sentence_start_, .end = length_};
  }
  std::vector<std::string> take() { return std::move(paragraphs_); }

private:
  std::uint32_t paragraph() const { return static_cast<std::uint32_t>(paragraphs_.size() - 1); }

  std::vector<std::string> paragraphs_;
  std::size_t sentences_ = 0;
  std::uint32_t length_ = 0;
  std::size_t sentence_byte_ = 0;
  std::uint32_t sentence_start_ = 0;
};

/// The initials of a name's capitalised words ("National Security Agency" gives "NSA").
std::string acronym(std::string_view name) {
  std::string out;
  bool word_start = true;
  for (char c : name) {
    if (word_start && c >= 'A' && c <= 'Z') out += c;
    word_start = c == ' ';
  }
  return out.size() >= 2 ? out : std::string{};
}

class StoryWriter {
public:
  StoryWriter(std::uint64_t corpus_seed, std::uint64_t story_seed, std::size_t index,
              std::size_t events)
      : rng_(story_seed), corpus_seed_(corpus_seed), index_(index), events_(events) {}

  Story write() {
    story_.id = Id{"story-" + std::to_string(index_ + 1)};
    published_year_ = 2016 + static_cast<int>(rng_.below(3));
    make_actors(events_ / 2 + 3);
    make_sources(events_ / 10 + 2);
    const std::size_t relations = events_ / 4 + 1, claims = events_ / 5 + 1;
    for (std::size_t i = 0; i < events_; ++i) {
      write_event(i);
      // Relations and claims come spread among the events, as in an article.
      while (story_.relations.size() < (i + 1) * relations / events_)
        write_relation();
      while (story_.claims.size() < (i + 1) * claims / events_)
        write_claim();
    }
    while (story_.relations.size() < relations)
      write_relation();
    while (story_.claims.size() < claims)
      write_claim();
    write_unmentioned_actors();
    make_article();
    // Keys in order, as the decoder keeps them, so that the story decodes back equal.
    story_.extensions.values["x-generator"] =
        R"({"events":)" + std::to_string(events_) + R"(,"name":"storydata-corpus","seed":)" +
        std::to_string(corpus_seed_) + R"(,"story":)" + std::to_string(index_ + 1) + "}";
    return std::move(story_);
  }

private:
  // Actors.

  void make_actors(std::size_t count) {
    std::set<std::string, std::less<>> names, ids;
    for (std::size_t i = 0; i < count; ++i) {
      const ActorKind kind = i < std::size(first_kinds) ? first_kinds[i] : weighted_kind();
      Actor actor{.kind = kind};
      actor.name = unique_name(kind, names);
      std::string id = storydata::slug(actor.name, 48);
      if (id.empty()) id = std::string(name_of(kind));
      if (ids.contains(id)) id += "-" + std::to_string(i + 1);
      ids.insert(id);
      actor.id = Id{id};
      add_aliases(actor);
      if (rng_.percent(40))
        actor.description = std::string(kind == ActorKind::person ? rng_.pick(person_descriptions)
                                                                  : pool_for(kind).description);
      add_identifiers(actor, i);
      if (rng_.percent(10)) actor.extensions.values["x-desk"] = R"("politics")";
      if (rng_.percent(5)) actor.extensions.values["x-verified"] = "true";
      by_kind_[static_cast<std::size_t>(kind)].push_back(i);
      story_.actors.push_back(std::move(actor));
    }
  }

  ActorKind weighted_kind() {
    std::size_t roll = rng_.below(100);
    for (const auto& [kind, weight] : kind_weights) {
      if (roll < weight) return kind;
      roll -= weight;
    }
    return ActorKind::person;
  }

  std::string candidate_name(ActorKind kind) {
    if (kind == ActorKind::person) {
      if (rng_.percent(15)) return pair(hangul_family, hangul_given, "");
      std::string name(rng_.pick(given_names));
      if (rng_.percent(30))
        name += std::string(" ") + static_cast<char>('A' + rng_.below(26)) + ".";
      return name + " " + std::string(rng_.pick(family_names));
    }
    const NamePool pool = pool_for(kind);
    if (!pool.fixed.empty() && rng_.percent(40)) return std::string(rng_.pick(pool.fixed));
    return pair(pool.first, pool.second, " ");
  }

  /// One word of each list. The picks are separate statements: the operands of `+` may be
  /// evaluated in either order, and compilers differ, which would change the corpus.
  std::string pair(Words first, Words second, std::string_view separator) {
    std::string out(rng_.pick(first));
    out += separator;
    out += rng_.pick(second);
    return out;
  }

  /// Names are unique within a story, so that a mention is never ambiguous. Large stories run
  /// out of combinations: they get qualified names ("Northern ...", "... from Seoul"), and
  /// numbers only as a last resort.
  std::string unique_name(ActorKind kind, std::set<std::string, std::less<>>& names) {
    for (int attempt = 0; attempt < 16; ++attempt) {
      std::string name = candidate_name(kind);
      if (names.insert(name).second) return name;
    }
    for (int attempt = 0; kind != ActorKind::person && attempt < 32; ++attempt) {
      std::string name = candidate_name(kind);
      if (name.front() >= 'a' && name.front() <= 'z')
        name += " from " + std::string(rng_.pick(location_fixed));
      else
        name = std::string(rng_.pick(qualifiers)) + " " + name;
      if (names.insert(name).second) return name;
    }
    for (std::size_t n = 2;; ++n) {
      std::string name = candidate_name(kind) + " " + std::to_string(n);
      if (names.insert(name).second) return name;
    }
  }

  void add_aliases(Actor& actor) {
    if (actor.kind == ActorKind::person) {
      // The family name, unless the name ends in the number that made it unique.
      const auto space = actor.name.rfind(' ');
      if (space != std::string::npos &&
          !std::isdigit(static_cast<unsigned char>(actor.name[space + 1])) && rng_.percent(60))
        actor.aliases.push_back(actor.name.substr(space + 1));
    } else if (auto short_name = acronym(actor.name); !short_name.empty()) {
      actor.aliases.push_back(std::move(short_name));
    }
  }

  void add_identifiers(Actor& actor, std::size_t i) {
    if (rng_.percent(50))
      actor.identifiers["wikidata"] = "Q" + std::to_string(1 + rng_.below(1u << 26));
    if (actor.kind == ActorKind::group) {
      constexpr char hex[] = "0123456789abcdef";
      std::string uuid = "identity--";
      for (int k = 0; k < 36; ++k)
        uuid += (k == 8 || k == 13 || k == 18 || k == 23) ? '-' : hex[rng_.below(16)];
      actor.identifiers["stix"] = uuid;
    }
    if (actor.kind == ActorKind::media || rng_.percent(5))
      actor.identifiers["url"] = "https://example.org/actors/" + std::to_string(i + 1);
  }

  /// An actor of one of `kinds` when the story has one, else any actor; skewed to the first.
  std::size_t actor_of(std::initializer_list<ActorKind> kinds) {
    std::vector<const std::vector<std::size_t>*> present;
    for (ActorKind k : kinds)
      if (!by_kind_[static_cast<std::size_t>(k)].empty())
        present.push_back(&by_kind_[static_cast<std::size_t>(k)]);
    if (present.empty()) return any_actor();
    const auto& list = *present[rng_.below(present.size())];
    return list[rng_.skewed(list.size())];
  }
  bool has_any(std::initializer_list<ActorKind> kinds) const {
    for (ActorKind k : kinds)
      if (!by_kind_[static_cast<std::size_t>(k)].empty()) return true;
    return false;
  }
  std::size_t any_actor() { return rng_.skewed(story_.actors.size()); }
  /// An actor that can act and speak: not a document, a work, a place or an operation.
  std::size_t agent() {
    return actor_of({ActorKind::person, ActorKind::country, ActorKind::agency,
                     ActorKind::government, ActorKind::company, ActorKind::media, ActorKind::group,
                     ActorKind::organization, ActorKind::legislature});
  }
  /// An actor other than `not_this`, one that can play `role` when given (kinds.hpp), so that
  /// the corpus is valid.
  std::size_t other_actor(std::size_t not_this, std::optional<Role> role = std::nullopt) {
    for (int tries = 0; tries < 100; ++tries)
      if (const std::size_t a = any_actor();
          a != not_this && (!role || can_fill(story_.actors[a].kind, *role)))
        return a;
    return not_this == 0 ? 1 : 0; // never reached: every story has a country, which plays any role
  }
  const std::string& id_of(std::size_t actor) const { return story_.actors[actor].id.value; }

  // Sources.

  void make_sources(std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
      const auto kind = static_cast<SourceKind>(i < 10 ? i : rng_.below(10));
      Source source{.id = Id{"source-" + std::to_string(i + 1)}, .kind = kind};
      source.title = std::string(source_titles[static_cast<std::size_t>(kind)]) + " on " +
                     story_.actors[any_actor()].name;
      source_actors_.emplace_back();
      if ((kind == SourceKind::document || kind == SourceKind::collection) && rng_.percent(70)) {
        source_actors_.back() = actor_of({ActorKind::document});
        source.actor = Ref<Actor>{id_of(*source_actors_.back())};
      }
      for (std::size_t n = rng_.below(3); n > 0; --n)
        source.authors.push_back({id_of(actor_of({ActorKind::person}))});
      if (rng_.percent(50)) source.publisher = Ref<Actor>{id_of(actor_of({ActorKind::media}))};
      if (rng_.percent(70))
        source.time = make_time(rng_, rng_.below(time_forms), published_year_).time;
      if (rng_.percent(50)) source.url = "https://archive.example.org/" + source.id.value;
      if (i > 0 && rng_.percent(60)) source.derived_from.push_back(derivation(i));
      if (rng_.percent(5)) source.extensions.values["x-review"] = R"({"by":"desk","ok":true})";
      story_.sources.push_back(std::move(source));
    }
  }

  /// A step of provenance from one of the first `count` sources.
  Derivation derivation(std::size_t count) {
    Derivation d{.source = {story_.sources[rng_.below(count)].id.value},
                 .kind = any_of<DerivationKind>(rng_)};
    if (rng_.percent(50)) d.by = Ref<Actor>{id_of(any_actor())};
    if (rng_.percent(30)) d.time = make_time(rng_, rng_.below(time_forms), published_year_).time;
    return d;
  }

  // Sentences.

  /// Writes `pattern` with {0}, {1}, ... replaced by the actors' names (now and then an alias),
  /// and records a mention of each actor where its name lands.
  void say(std::string_view pattern, std::initializer_list<std::size_t> actors) {
    while (!pattern.empty()) {
      const auto brace = pattern.find('{');
      body_.text(pattern.substr(0, brace));
      if (brace == std::string_view::npos) break;
      Actor& actor = story_.actors[actors.begin()[pattern[brace + 1] - '0']];
      const bool alias = !actor.aliases.empty() && rng_.percent(20);
      const std::string& name = alias ? actor.aliases.front() : actor.name;
      // Names such as "a senior official" must not open a sentence in lower case.
      if (body_.at_sentence_start() && name.front() >= 'a' && name.front() <= 'z')
        body_.text("Separately, ");
      Mention m = body_.mention(name);
      if (alias && rng_.percent(10)) m.extensions.values["x-note"] = R"("alias")";
      actor.mentions.push_back(std::move(m));
      pattern.remove_prefix(brace + 3);
    }
  }

  /// Paragraphs of two to four sentences.
  void begin_sentence() { body_.begin_sentence(2 + rng_.below(3)); }

  /// Certainty for item `i`: the first items cover every value, then any.
  Certainty certainty_for(std::size_t i) {
    return i < 8 ? static_cast<Certainty>(i) : any_of<Certainty>(rng_);
  }

  /// Hedges that open a sentence ("It is widely believed that ...").
  Attribution open_hedge(Certainty certainty) {
    Attribution a{.certainty = certainty};
    if (certainty == Certainty::believed) {
      body_.text("It is widely believed that ");
      a.wording = "It is widely believed";
    } else if (certainty == Certainty::suspected) {
      body_.text("Officials suspect that ");
      a.wording = "Officials suspect";
    }
    if (rng_.percent(5)) a.extensions.values["x-rater"] = R"("desk")";
    return a;
  }

  /// Hedges that close a sentence, naming whom it is attributed to.
  void close_hedge(Attribution& a) {
    const auto by_actor = [&](std::string_view pattern, std::string_view wording) {
      const std::size_t who = agent();
      say(pattern, {who});
      a.according_to.push_back({id_of(who)});
      a.wording = std::string(wording);
    };
    switch (a.certainty) {
    case Certainty::reported: {
      const std::size_t s = rng_.below(story_.sources.size());
      const Source& source = story_.sources[s];
      body_.text(", according to ");
      if (source_actors_[s])
        say("{0}", {*source_actors_[s]});
      else
        body_.text(source.title);
      a.according_to.push_back({source.id.value});
      a.wording = "according to";
      break;
    }
    case Certainty::alleged:
      by_actor(", {0} alleged", "alleged");
      break;
    case Certainty::confirmed:
      by_actor(", {0} confirmed", "confirmed");
      break;
    case Certainty::denied:
      by_actor(", which {0} denied", "denied");
      break;
    case Certainty::disputed:
      by_actor(", a claim disputed by {0}", "disputed by");
      break;
    default:
      break;
    }
  }

  /// The sentence's span as evidence, half the time with its text as a check.
  Mention evidence() {
    Mention m = body_.sentence_span();
    if (rng_.percent(50)) m.text = std::string(body_.sentence());
    return m;
  }

  void write_event(std::size_t i) {
    const EventTemplate& t =
        event_templates[i < std::size(event_templates) ? i
                                                       : rng_.below(std::size(event_templates))];
    Event event{.id = Id{"event-" + std::to_string(i + 1)}, .kind = t.kind};
    const std::size_t first = agent(), second = other_actor(first, t.second);
    event.participants = {{.actor = {id_of(first)}, .role = t.first},
                          {.actor = {id_of(second)}, .role = t.second}};
    if (rng_.percent(3)) event.participants[0].extensions.values["x-weight"] = "2";

    begin_sentence();
    Attribution attribution = open_hedge(certainty_for(i));
    say(t.pattern, {first, second});
    if (rng_.percent(25)) {
      const std::size_t tool = actor_of(
          {ActorKind::document, ActorKind::company, ActorKind::creative_work, ActorKind::other});
      say(" using {0}", {tool});
      event.participants.push_back({.actor = {id_of(tool)}, .role = Role::instrument});
    }
    if (rng_.percent(30)) {
      const std::size_t place = actor_of({ActorKind::country, ActorKind::location});
      say(" in {0}", {place});
      event.place = Ref<Actor>{id_of(place)};
      event.participants.push_back({.actor = {id_of(place)}, .role = Role::location});
    }
    if (i < time_forms || rng_.percent(85)) {
      auto t = make_time(rng_, i < time_forms ? i : rng_.below(time_forms), published_year_);
      body_.text(" " + t.words);
      event.time = std::move(t.time);
    }
    close_hedge(attribution);
    body_.text(".");
    event.attribution = std::move(attribution);
    event.summary = std::string(body_.sentence());
    event.evidence.push_back(evidence());
    if (rng_.percent(20)) event.status = any_of<EventStatus>(rng_);
    if (i > 0 && rng_.percent(50)) {
      // Mostly to recent events, as a story's chain of responses reads.
      const std::size_t target = i - 1 - rng_.skewed(std::min<std::size_t>(i, 20));
      event.links.push_back(
          {.kind = any_of<LinkKind>(rng_), .event = {"event-" + std::to_string(target + 1)}});
      if (target > 0 && rng_.percent(30))
        event.links.push_back({.kind = any_of<LinkKind>(rng_),
                               .event = {"event-" + std::to_string(rng_.below(target) + 1)}});
    }
    if (rng_.percent(15))
      event.extensions.values["x-confidence"] =
          std::string(rng_.pick({"0.25", "0.5", "0.75", "0.9"}));
    if (rng_.percent(5)) event.extensions.values["x-tags"] = R"(["cyber","asia"])";
    story_.events.push_back(std::move(event));
  }

  void write_relation() {
    const std::size_t n = story_.relations.size();
    const RelationTemplate* t =
        &relation_templates[n < std::size(relation_templates)
                                ? n
                                : rng_.below(std::size(relation_templates))];
    // People and countries join bodies that never join anything here, so membership has no
    // cycles (the validator rejects them); a story without such bodies gets an alliance instead.
    static constexpr std::initializer_list<ActorKind> bodies = {
        ActorKind::organization, ActorKind::group, ActorKind::legislature, ActorKind::agency};
    if (t->kind == RelationKind::member_of && !has_any(bodies)) t = &relation_templates[0];
    std::size_t subject = 0, object = 0;
    switch (t->kind) {
    case RelationKind::employed_by:
    case RelationKind::leads:
      subject = actor_of({ActorKind::person});
      object = actor_of({ActorKind::agency, ActorKind::company, ActorKind::media,
                         ActorKind::organization, ActorKind::government});
      break;
    case RelationKind::authored:
      subject = actor_of({ActorKind::person, ActorKind::agency});
      object = actor_of({ActorKind::document, ActorKind::creative_work});
      break;
    case RelationKind::depicts:
      subject = actor_of({ActorKind::creative_work, ActorKind::document});
      object = any_actor();
      break;
    case RelationKind::member_of:
      subject = actor_of({ActorKind::person, ActorKind::country});
      object = actor_of(bodies);
      break;
    default:
      subject = actor_of({ActorKind::country, ActorKind::agency, ActorKind::company,
                          ActorKind::group, ActorKind::person});
      object = any_actor();
    }
    if (object == subject) object = other_actor(subject);
    Relation relation{.id = Id{"relation-" + std::to_string(n + 1)},
                      .kind = t->kind,
                      .subject = {id_of(subject)},
                      .object = {id_of(object)}};
    begin_sentence();
    Attribution attribution = open_hedge(certainty_for(n));
    say(t->pattern, {subject, object});
    if (rng_.percent(60)) relation.label = std::string(t->label);
    if (rng_.percent(40)) {
      auto time = make_time(rng_, rng_.below(time_forms), published_year_);
      body_.text(" " + time.words);
      relation.time = std::move(time.time);
    }
    close_hedge(attribution);
    body_.text(".");
    relation.attribution = std::move(attribution);
    relation.evidence.push_back(evidence());
    if (rng_.percent(5)) relation.extensions.values["x-review"] = R"({"by":"desk","ok":true})";
    story_.relations.push_back(std::move(relation));
  }

  void write_claim() {
    const std::size_t n = story_.claims.size();
    const std::size_t speaker = actor_of(
        {ActorKind::person, ActorKind::anonymous_source, ActorKind::agency, ActorKind::government});
    const std::size_t about = other_actor(speaker);
    Claim claim{.id = Id{"claim-" + std::to_string(n + 1)}, .speaker = {id_of(speaker)}};
    claim.quote = rng_.percent(60);
    begin_sentence();
    Attribution attribution{.certainty = certainty_for(n)};
    if (claim.quote) {
      // Curly quotes: three bytes, one code point each.
      body_.text("“");
      const std::size_t from = body_.byte();
      say(rng_.pick(quotes), {about});
      claim.text = std::string(body_.since(from));
      body_.text(",” said ");
      say("{0}", {speaker});
    } else {
      say("{0} said that ", {speaker});
      const std::size_t from = body_.byte();
      say(rng_.pick(paraphrases), {about});
      claim.text = std::string(body_.since(from));
    }
    claim.about_actors.push_back({id_of(about)});
    if (rng_.percent(50)) {
      auto time = make_time(rng_, rng_.below(time_forms), published_year_);
      body_.text(" " + time.words);
      claim.time = std::move(time.time);
    }
    close_hedge(attribution);
    body_.text(".");
    claim.attribution = std::move(attribution);
    const std::size_t events = story_.events.size();
    if (events > 0 && rng_.percent(60)) {
      const std::size_t first = events - 1 - rng_.skewed(events);
      claim.about_events.push_back({story_.events[first].id.value});
      if (first > 0 && rng_.percent(30))
        claim.about_events.push_back({story_.events[rng_.below(first)].id.value});
    }
    claim.evidence.push_back(evidence());
    if (rng_.percent(5)) claim.extensions.values["x-review"] = R"({"by":"desk","ok":false})";
    story_.claims.push_back(std::move(claim));
  }

  /// Every actor appears in the text at least once.
  void write_unmentioned_actors() {
    for (std::size_t i = 0; i < story_.actors.size(); ++i) {
      if (!story_.actors[i].mentions.empty()) continue;
      begin_sentence();
      say("{0} was also named in the documents.", {i});
    }
  }

  void make_article() {
    Article& a = story_.article;
    const auto fill = [&](std::string_view pattern, std::size_t x, std::size_t y) {
      std::string out(pattern);
      out.replace(out.find("{0}"), 3, story_.actors[x].name);
      out.replace(out.find("{1}"), 3, story_.actors[y].name);
      return out;
    };
    const std::size_t x = actor_of({ActorKind::country, ActorKind::agency}), y = other_actor(x);
    a.headline = fill(rng_.pick({"{0} boosts cyber spying on {1}", "{0} and {1}: the leaked files",
                                 "How {0} came to blame {1}"}),
                      x, y);
    if (rng_.percent(70)) a.standfirst = fill("What the documents reveal about {0} and {1}.", x, y);
    a.publisher = Ref<Actor>{id_of(actor_of({ActorKind::media}))};
    for (std::size_t n = 1 + rng_.below(2); n > 0; --n)
      a.authors.push_back({id_of(actor_of({ActorKind::person}))});
    a.published = PartialDate{published_year_, 1 + static_cast<int>(rng_.below(6)),
                              1 + static_cast<int>(rng_.below(28))};
    if (rng_.percent(30))
      a.modified = PartialDate{published_year_, 7 + static_cast<int>(rng_.below(6))};
    a.language = "en";
    a.section = std::string(rng_.pick({"Cybersecurity", "World", "Politics", "Asia"}));
    a.url = "https://news.example.com/" + story_.id.value;
    a.body = body_.take();
    for (std::size_t n = 1 + rng_.below(3); n > 0; --n)
      a.derived_from.push_back(derivation(story_.sources.size()));
    a.extensions.values["x-cms-id"] = "\"cms-" + std::to_string(1000 + index_) + "\"";
  }

  Rng rng_;
  std::uint64_t corpus_seed_;
  std::size_t index_;
  std::size_t events_;
  int published_year_ = 2016;
  Story story_;
  Body body_;
  std::array<std::vector<std::size_t>, actor_kinds> by_kind_{};
  std::vector<std::optional<std::size_t>> source_actors_; ///< the actor standing for each source
};

/// Each story has a seed of its own, so story i does not depend on how many come before it.
std::uint64_t story_seed(std::uint64_t seed, std::size_t index) {
  Rng corpus(seed);
  return Rng(corpus.next() + index).next();
}

} // namespace

Story generate_story(std::uint64_t seed, std::size_t index, std::size_t events) {
  return StoryWriter(seed, story_seed(seed, index), index, events).write();
}

std::vector<std::string> generate_corpus(const CorpusSpec& spec) {
  std::vector<std::string> documents;
  documents.reserve(spec.stories);
  for (std::size_t i = 0; i < spec.stories; ++i)
    documents.push_back(encode(generate_story(spec.seed, i, spec.events)));
  return documents;
}

} // namespace storydata_bench
