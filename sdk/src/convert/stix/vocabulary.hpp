// SPDX-License-Identifier: Apache-2.0
// What the STIX 2.1 exporter and importer agree on: ids, timestamps, the certainty scale and the
// shape each kind of actor takes. docs/convert.md (STIX 2.1) documents every rule here.
#pragma once

#include <cstdint>
#include <optional>
#include <storydata/story.hpp>
#include <string>
#include <string_view>

namespace storydata::convert::stix {

/// The namespace of storydata's STIX ids (UUIDv5): a fixed UUID of its own. Never change it:
/// every exported id would change with it.
inline constexpr std::string_view id_namespace = "a8f7a9c3-5c1b-5d43-9a53-4d3c2b1f7e60";
/// `created` and `modified` of every object when the article has no publication date.
inline constexpr std::string_view fixed_timestamp = "1970-01-01T00:00:00.000Z";
/// The source_name of the external reference that carries a story object's own id.
inline constexpr std::string_view storydata_source = "storydata";

/// "TYPE--UUIDv5(story id / collection / object id)": the same object always gets the same id.
std::string object_id(std::string_view type, std::string_view story_id, std::string_view collection,
                      std::string_view object_id);

/// Midnight UTC of the first day a date may denote, with milliseconds, as STIX writes timestamps.
std::string timestamp(std::int32_t day);
std::string timestamp(const PartialDate& date);
/// The day of a STIX timestamp ("2015-05-15T09:12:16.432Z" is 2015-05-15), or nullopt.
std::optional<PartialDate> day_of(std::string_view timestamp);

/// The certainty scale as STIX `confidence` (0-100) and back: each certainty has its own number,
/// and any other number is read as the certainty whose number is nearest.
int confidence(Certainty certainty) noexcept;
Certainty certainty(std::int64_t confidence) noexcept;

/// The kind a campaign is read back as (the kinds written as campaigns: kinds.hpp).
inline constexpr EventKind campaign_kind = EventKind::intrusion;

/// How an actor is written: the STIX type and the property that tells its kind back.
struct ActorShape {
  std::string_view type;           ///< "identity", "threat-actor" or "intrusion-set"
  std::string_view identity_class; ///< identities: "individual", "group", "organization", ...
  std::string_view sector;         ///< identities: an industry sector that tells the kind, or ""
  std::string_view resource_level; ///< threat actors: "individual", "team", "government", ...
};
/// An actor's shape: agents of a campaign are threat actors (intrusion sets when they are a
/// group), every other actor an identity.
ActorShape actor_shape(ActorKind kind, bool campaign_agent) noexcept;
/// The kind a STIX object of this shape is read back as.
ActorKind actor_kind(const ActorShape& shape) noexcept;

/// Relation kinds and event link kinds as relationship types ("member_of" is "member-of").
std::string relationship_type(std::string_view kind);
/// The enumerator name of a relationship type ("member-of" is "member_of").
std::string kind_name(std::string_view relationship_type);

} // namespace storydata::convert::stix
