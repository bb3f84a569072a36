// SPDX-License-Identifier: Apache-2.0
// Finding things in one story or many: actors by id or name, events by who, what, when and how
// sure, claims by speaker, mentions by actor, and the same actor across stories.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <storydata/story.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// An object of one of a corpus's stories: the story's position in the corpus and the object.
template <class T> struct Found {
  std::size_t story = 0;
  const T* item = nullptr;

  const T& operator*() const noexcept { return *item; }
  const T* operator->() const noexcept { return item; }
  bool operator==(const Found&) const = default;
};

/// Where the article mentions an actor.
struct FoundMention {
  Found<Actor> actor{};
  const Mention* mention = nullptr;
  bool operator==(const FoundMention&) const = default;
};

/// A name folded for matching: ASCII letters lower-cased, the Latin-1 and Latin Extended-A
/// letters (U+00C0 to U+017F) reduced to their base letters ("Séoul" and "SEOUL" both give
/// "seoul"; "ß" gives "ss", "Ł" gives "l"), surrounding spaces trimmed. Other scripts are kept as
/// they are: "서울" matches only "서울", and "Ǳ", Greek or Cyrillic case is not folded.
std::string fold_name(std::string_view name);

/// An index over the stories of a corpus; a single story is a corpus of one.
///
/// The index keeps pointers into the stories: they must outlive it and stay unchanged. Stories
/// need not be valid; references that do not resolve are skipped.
///
/// Actors of different stories are the same *entity* when they share an id or a Wikidata QID
/// (`identifiers.wikidata`). Entities are numbered from 0 in the order their first actor appears
/// (stories in corpus order, actors in story order); every list below comes in that same order:
/// by story, then by position in the story.
class Corpus {
public:
  explicit Corpus(const Story& story);
  explicit Corpus(std::span<const Story> stories);

  std::size_t size() const noexcept { return stories_.size(); }
  const Story& story(std::size_t index) const noexcept { return *stories_[index]; }

  /// The actor or event with this id in one story.
  std::optional<Found<Actor>> actor(std::size_t story, std::string_view id) const;
  std::optional<Found<Event>> event(std::size_t story, std::string_view id) const;

  /// Actors by id, in every story.
  std::vector<Found<Actor>> actors_with_id(std::string_view id) const;
  /// Actors whose name or one of whose aliases folds to the same text as `name`.
  std::vector<Found<Actor>> actors_named(std::string_view name) const;
  /// The entities `text` names: by actor id if any actor has that id, else by Wikidata QID
  /// ("Q884"), else by name or alias.
  std::vector<std::size_t> resolve(std::string_view text) const;

  std::size_t entity_count() const noexcept { return entities_.size(); }
  /// The entity of an actor (by id, in one story); nullopt for an id that does not resolve.
  std::optional<std::size_t> entity(std::size_t story, std::string_view actor_id) const;
  /// The actors that make up an entity, in corpus order; the first represents it.
  std::span<const Found<Actor>> actors_of(std::size_t entity) const noexcept {
    return entities_[entity];
  }

  /// Events in which the entity takes part, in any role or in `role`.
  std::vector<Found<Event>> events_involving(std::size_t entity,
                                             std::optional<Role> role = std::nullopt) const;
  std::vector<Found<Event>> events_of_kind(EventKind kind) const;
  /// Events whose time may overlap `time` ("2014" overlaps "2014-11-24"); undated events never do.
  std::vector<Found<Event>> events_during(const VagueTime& time) const;
  /// Events held at least this certain (Certainty runs from least to most certain).
  std::vector<Found<Event>> events_at_least(Certainty certainty) const;
  /// Events of the same story that link to `event`, by any link kind or by `kind`.
  std::vector<Found<Event>> events_linking_to(const Found<Event>& event,
                                              std::optional<LinkKind> kind = std::nullopt) const;

  std::vector<Found<Claim>> claims_by(std::size_t entity) const;
  /// Every mention of the entity, by story, paragraph and position, for highlighting.
  std::vector<FoundMention> mentions_of(std::size_t entity) const;

  /// Every object of a kind in the corpus, in order.
  std::vector<Found<Actor>> all_actors() const;
  std::vector<Found<Event>> all_events() const;
  std::vector<Found<Claim>> all_claims() const;
  std::vector<Found<Relation>> all_relations() const;
  std::vector<Found<Quantity>> all_quantities() const;

private:
  struct Participation {
    Found<Event> event{};
    Role role = Role::agent;
  };

  void build();

  std::vector<const Story*> stories_;
  std::vector<std::vector<Found<Actor>>> entities_;
  /// Per story: actor id -> entity, and event id -> position.
  std::vector<std::map<std::string, std::size_t, std::less<>>> entity_by_id_;
  std::vector<std::map<std::string, std::size_t, std::less<>>> event_by_id_;
  std::map<std::string, std::vector<Found<Actor>>, std::less<>> actors_by_name_;
  std::map<std::string, std::size_t, std::less<>> entity_by_qid_;
  std::vector<std::vector<Participation>> participations_;   ///< by entity
  std::vector<std::vector<Found<Claim>>> claims_by_speaker_; ///< by entity
};

} // namespace storydata
