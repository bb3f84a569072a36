// SPDX-License-Identifier: Apache-2.0
// The people, organisations, countries, documents and works a story is about.
#pragma once

#include <map>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/mention.hpp>
#include <string>
#include <vector>

namespace storydata {

STORYDATA_ENUM(ActorKind, "What kind of actor this is.",
               (person, "A named individual.")(organization, "An organisation of another kind.")(
                   government, "A national or local government as a whole.")(
                   agency, "A government agency or department (\"NSA\").")(
                   legislature, "A parliament or one of its chambers or committees.")(
                   country, "A country or state acting as a whole (\"South Korea\").")(
                   company, "A business.")(media, "A news organisation or outlet.")(
                   group, "A group of people or an unnamed collective (\"hackers\").")(
                   anonymous_source, "A person the article does not name (\"an NSA employee\").")(
                   document, "A document, file or record (\"an NSA document\").")(
                   creative_work, "A film, book, show or other work (\"The Interview\").")(
                   location, "A place that is not a country: a region, a city, a building.")(
                   court, "A court or tribunal.")(party, "A political party.")(
                   armed_group, "A non-state armed group: a militia, a rebel or terrorist group.")(
                   software, "A program, system or piece of malware (\"Destover\").")(
                   law, "A law, treaty, regulation, ruling or policy (\"the Patriot Act\").")(
                   other, "Anything else; say what in `description`."))

/// A participant in the story, with every name it goes by and where the article mentions it.
struct Actor {
  Id id{};
  ActorKind kind = ActorKind::other;
  std::string name{};
  std::vector<std::string> aliases{};
  std::optional<std::string> description{};
  std::map<std::string, std::string, std::less<>> identifiers{};
  std::optional<Ref<Actor>> within{};
  std::vector<Mention> mentions{};
  Extensions extensions{};

  bool operator==(const Actor&) const = default;
};
STORYDATA_STRUCT(Actor,
                 "A person, organisation, country, document or work that takes part in the story.",
                 (id, "Identifier, unique among the story's actors (\"south-korea\").",
                  R"(["south-korea", "nsa"])")(kind, "What kind of actor this is.")(
                     name, "The name to display (\"South Korea\").", R"(["South Korea"])")(
                     aliases, "Other names and forms the article uses (\"Seoul\", \"ROK\").",
                     R"([["Seoul", "ROK"]])")(
                     description, "A short description (\"former government contractor\").",
                     R"(["former government contractor"])")(
                     identifiers,
                     "Identifiers in other systems, by scheme: `wikidata` (a QID such as "
                     "\"Q884\"), `stix` (a STIX 2.1 id), `isni`, `url`, ...",
                     R"([{"wikidata": "Q884"}])")(
                     within,
                     "For a place, the place it lies in: a town within its county, a county within "
                     "its province. A country or location actor.",
                     R"(["gyeonggi"])")(mentions, "Where the article mentions this actor.")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
