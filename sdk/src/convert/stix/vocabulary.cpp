// SPDX-License-Identifier: Apache-2.0
#include "vocabulary.hpp"

#include "convert/support/uuid.hpp"

#include <array>
#include <cstdlib>

namespace storydata::convert::stix {
namespace {

// The certainties from least to most certain, evenly spread with both ends of the scale used:
// "denied" is a confidence of 0 that it happened, "stated" full confidence.
constexpr std::array<int, 8> scale{0, 15, 30, 45, 55, 70, 85, 100};

} // namespace

std::string object_id(std::string_view type, std::string_view story_id, std::string_view collection,
                      std::string_view object_id) {
  const std::string name =
      std::string(story_id) + "/" + std::string(collection) + "/" + std::string(object_id);
  return std::string(type) + "--" + uuid5(id_namespace, name);
}

std::string timestamp(std::int32_t day) {
  return PartialDate::from_days(day).to_string() + "T00:00:00.000Z";
}

std::string timestamp(const PartialDate& date) {
  return timestamp(date.first_day());
}

std::optional<PartialDate> day_of(std::string_view timestamp) {
  if (timestamp.size() < 11 || timestamp[10] != 'T') return std::nullopt;
  const auto date = PartialDate::parse(timestamp.substr(0, 10));
  if (!date || date->precision() != Precision::day) return std::nullopt;
  return date;
}

int confidence(Certainty certainty) noexcept {
  return scale[static_cast<std::size_t>(certainty)];
}

Certainty certainty(std::int64_t confidence) noexcept {
  std::size_t best = 0;
  for (std::size_t i = 1; i < scale.size(); ++i)
    if (std::llabs(confidence - scale[i]) < std::llabs(confidence - scale[best])) best = i;
  return static_cast<Certainty>(best);
}

ActorShape actor_shape(ActorKind kind, bool campaign_agent) noexcept {
  using enum ActorKind;
  if (campaign_agent) {
    switch (kind) {
    case group:
      return {"intrusion-set", "", "", "team"};
    case person:
    case anonymous_source:
      return {"threat-actor", "", "", "individual"};
    case country:
    case government:
    case agency:
    case legislature:
      return {"threat-actor", "", "", "government"};
    default:
      return {"threat-actor", "", "", "organization"};
    }
  }
  switch (kind) {
  case person:
  case anonymous_source:
    return {"identity", "individual", "", ""};
  case group:
    return {"identity", "group", "", ""};
  case government:
  case country:
    return {"identity", "organization", "government-national", ""};
  case agency:
  case legislature:
    return {"identity", "organization", "government", ""};
  case company:
    return {"identity", "organization", "commercial", ""};
  case media:
    return {"identity", "organization", "communications", ""};
  case organization:
    return {"identity", "organization", "", ""};
  default:
    return {"identity", "unknown", "", ""};
  }
}

ActorKind actor_kind(const ActorShape& shape) noexcept {
  using enum ActorKind;
  if (shape.type == "intrusion-set") return group;
  if (shape.type == "threat-actor") {
    if (shape.resource_level == "individual") return person;
    if (shape.resource_level == "team" || shape.resource_level == "club") return group;
    if (shape.resource_level == "government") return country;
    return organization;
  }
  if (shape.type == "location") return location;
  if (shape.identity_class == "individual") return person;
  if (shape.identity_class == "group") return group;
  if (shape.identity_class == "organization") {
    if (shape.sector == "government-national") return government;
    if (shape.sector == "government") return agency;
    if (shape.sector == "commercial") return company;
    if (shape.sector == "communications") return media;
    return organization;
  }
  return other;
}

std::string relationship_type(std::string_view kind) {
  std::string out(kind);
  for (char& c : out)
    if (c == '_') c = '-';
  return out;
}

std::string kind_name(std::string_view relationship_type) {
  std::string out(relationship_type);
  for (char& c : out)
    if (c == '-') c = '_';
  return out;
}

} // namespace storydata::convert::stix
