// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <numeric>
#include <storydata/index.hpp>

namespace storydata {
namespace {

// Union-find over every actor of the corpus, numbered story by story.
struct DisjointSets {
  std::vector<std::size_t> parent;

  explicit DisjointSets(std::size_t n) : parent(n) {
    std::iota(parent.begin(), parent.end(), std::size_t{0});
  }
  std::size_t root(std::size_t x) {
    while (parent[x] != x)
      x = parent[x] = parent[parent[x]];
    return x;
  }
  // The smaller index stays the root, so an entity is represented by its first actor.
  void join(std::size_t a, std::size_t b) {
    a = root(a);
    b = root(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

template <class T, class Keep>
std::vector<Found<T>> collect(const std::vector<const Story*>& stories,
                              std::vector<T> Story::*member, Keep keep) {
  std::vector<Found<T>> found;
  for (std::size_t s = 0; s < stories.size(); ++s)
    for (const T& item : (*stories[s]).*member)
      if (keep(item)) found.push_back({s, &item});
  return found;
}

constexpr auto everything = [](const auto&) { return true; };

} // namespace

Corpus::Corpus(const Story& story) : stories_{&story} {
  build();
}

Corpus::Corpus(std::span<const Story> stories) {
  for (const Story& story : stories)
    stories_.push_back(&story);
  build();
}

void Corpus::build() {
  std::vector<Found<Actor>> actors = all_actors();
  DisjointSets sets(actors.size());
  std::map<std::string, std::size_t, std::less<>> first_with_key;
  for (std::size_t a = 0; a < actors.size(); ++a) {
    const Actor& actor = *actors[a];
    std::vector<std::string> keys{"id:" + actor.id.value};
    if (const auto qid = actor.identifiers.find("wikidata"); qid != actor.identifiers.end())
      keys.push_back("wikidata:" + qid->second);
    for (auto& key : keys) {
      const auto [first, inserted] = first_with_key.emplace(std::move(key), a);
      if (!inserted) sets.join(first->second, a);
    }
  }

  entity_by_id_.resize(stories_.size());
  event_by_id_.resize(stories_.size());
  std::vector<std::size_t> entity_of_root(actors.size(), actors.size());
  for (std::size_t a = 0; a < actors.size(); ++a) {
    std::size_t& entity = entity_of_root[sets.root(a)];
    if (entity == actors.size()) {
      entity = entities_.size();
      entities_.emplace_back();
    }
    entities_[entity].push_back(actors[a]);
    if (const auto qid = actors[a]->identifiers.find("wikidata");
        qid != actors[a]->identifiers.end())
      entity_by_qid_.emplace(qid->second, entity);
    entity_by_id_[actors[a].story].emplace(actors[a]->id.value, entity);
    actors_by_name_[fold_name(actors[a]->name)].push_back(actors[a]);
    for (const auto& alias : actors[a]->aliases) {
      auto& named = actors_by_name_[fold_name(alias)];
      if (named.empty() || !(named.back() == actors[a])) named.push_back(actors[a]);
    }
  }

  participations_.resize(entities_.size());
  claims_by_speaker_.resize(entities_.size());
  for (std::size_t s = 0; s < stories_.size(); ++s) {
    const Story& story = *stories_[s];
    for (std::size_t e = 0; e < story.events.size(); ++e) {
      event_by_id_[s].emplace(story.events[e].id.value, e);
      for (const auto& p : story.events[e].participants)
        if (const auto entity = this->entity(s, p.actor.id))
          participations_[*entity].push_back({{s, &story.events[e]}, p.role});
    }
    for (const auto& claim : story.claims) {
      std::vector<std::size_t> speakers; // one entry per entity, though named twice
      const auto add = [&](const Ref<Actor>& actor) {
        const auto entity = this->entity(s, actor.id);
        if (entity && std::find(speakers.begin(), speakers.end(), *entity) == speakers.end()) {
          speakers.push_back(*entity);
          claims_by_speaker_[*entity].push_back({s, &claim});
        }
      };
      add(claim.speaker);
      for (const auto& other : claim.also_by)
        add(other);
    }
  }
}

std::optional<Found<Actor>> Corpus::actor(std::size_t story, std::string_view id) const {
  const auto entity = this->entity(story, id);
  if (!entity) return std::nullopt;
  for (const auto& actor : entities_[*entity])
    if (actor.story == story && actor->id.value == id) return actor;
  return std::nullopt;
}

std::optional<Found<Event>> Corpus::event(std::size_t story, std::string_view id) const {
  const auto found = event_by_id_[story].find(id);
  if (found == event_by_id_[story].end()) return std::nullopt;
  return Found<Event>{story, &stories_[story]->events[found->second]};
}

std::vector<Found<Actor>> Corpus::actors_with_id(std::string_view id) const {
  std::vector<Found<Actor>> found;
  for (std::size_t s = 0; s < stories_.size(); ++s)
    if (const auto actor = this->actor(s, id)) found.push_back(*actor);
  return found;
}

std::vector<Found<Actor>> Corpus::actors_named(std::string_view name) const {
  const auto found = actors_by_name_.find(fold_name(name));
  if (found == actors_by_name_.end()) return {};
  auto actors = found->second;
  // A name may be one actor's name and another's alias: list them in corpus order.
  std::sort(actors.begin(), actors.end(), [](const Found<Actor>& a, const Found<Actor>& b) {
    return a.story != b.story ? a.story < b.story : a.item < b.item;
  });
  return actors;
}

std::vector<std::size_t> Corpus::resolve(std::string_view text) const {
  auto actors = actors_with_id(text);
  if (const auto qid = entity_by_qid_.find(text); actors.empty() && qid != entity_by_qid_.end())
    return {qid->second};
  if (actors.empty()) actors = actors_named(text);
  std::vector<std::size_t> entities;
  for (const auto& actor : actors)
    entities.push_back(*entity(actor.story, actor->id.value));
  std::sort(entities.begin(), entities.end());
  entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
  return entities;
}

std::optional<std::size_t> Corpus::entity(std::size_t story, std::string_view actor_id) const {
  const auto found = entity_by_id_[story].find(actor_id);
  if (found == entity_by_id_[story].end()) return std::nullopt;
  return found->second;
}

std::vector<Found<Event>> Corpus::events_involving(std::size_t entity,
                                                   std::optional<Role> role) const {
  std::vector<Found<Event>> events;
  for (const auto& p : participations_[entity])
    if ((!role || p.role == *role) && (events.empty() || !(events.back() == p.event)))
      events.push_back(p.event);
  return events;
}

std::vector<Found<Event>> Corpus::events_of_kind(EventKind kind) const {
  return collect(stories_, &Story::events, [&](const Event& e) { return e.kind == kind; });
}

std::vector<Found<Event>> Corpus::events_during(const VagueTime& time) const {
  return collect(stories_, &Story::events,
                 [&](const Event& e) { return e.time && may_overlap(*e.time, time); });
}

std::vector<Found<Event>> Corpus::events_at_least(Certainty certainty) const {
  return collect(stories_, &Story::events,
                 [&](const Event& e) { return e.attribution.certainty >= certainty; });
}

std::vector<Found<Event>> Corpus::events_linking_to(const Found<Event>& event,
                                                    std::optional<LinkKind> kind) const {
  std::vector<Found<Event>> events;
  for (const Event& e : stories_[event.story]->events)
    if (std::any_of(e.links.begin(), e.links.end(), [&](const EventLink& link) {
          return (!kind || link.kind == *kind) && link.event.id == event->id.value;
        }))
      events.push_back({event.story, &e});
  return events;
}

std::vector<Found<Claim>> Corpus::claims_by(std::size_t entity) const {
  return claims_by_speaker_[entity];
}

std::vector<FoundMention> Corpus::mentions_of(std::size_t entity) const {
  std::vector<FoundMention> mentions;
  for (const auto& actor : entities_[entity])
    for (const auto& mention : actor->mentions)
      mentions.push_back({actor, &mention});
  std::stable_sort(mentions.begin(), mentions.end(),
                   [](const FoundMention& a, const FoundMention& b) {
                     const auto place = [](const FoundMention& f) {
                       return std::tuple(f.actor.story, f.mention->part.value_or(TextPart::body),
                                         f.mention->paragraph, f.mention->start);
                     };
                     return place(a) < place(b);
                   });
  return mentions;
}

std::vector<Found<Actor>> Corpus::all_actors() const {
  return collect(stories_, &Story::actors, everything);
}
std::vector<Found<Event>> Corpus::all_events() const {
  return collect(stories_, &Story::events, everything);
}
std::vector<Found<Claim>> Corpus::all_claims() const {
  return collect(stories_, &Story::claims, everything);
}
std::vector<Found<Relation>> Corpus::all_relations() const {
  return collect(stories_, &Story::relations, everything);
}
std::vector<Found<Quantity>> Corpus::all_quantities() const {
  return collect(stories_, &Story::quantities, everything);
}

} // namespace storydata
