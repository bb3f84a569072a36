// SPDX-License-Identifier: Apache-2.0
// The kind traits (kinds.hpp) as JSON, for pages and tools that draw or explain stories without
// loading the SDK: what each event kind needs and how each kind reads.
#include "model/reflect.hpp"

#include <nlohmann/json.hpp>
#include <storydata/kinds.hpp>
#include <storydata/schema.hpp>
#include <storydata/story.hpp>

namespace storydata {
namespace {

using ordered = nlohmann::ordered_json;

template <class Enum> std::string name(Enum value) {
  return std::string(reflect::enum_name(value));
}

template <class Enum> std::string doc(Enum value) {
  return std::string(type_doc<Enum>().members[static_cast<std::size_t>(value)].doc);
}

template <class Enum> ordered names() {
  ordered out = ordered::array();
  for (const auto& value : type_doc<Enum>().members)
    out.push_back(value.name);
  return out;
}

} // namespace

std::string vocabulary_json() {
  ordered events = ordered::object();
  for (const auto& t : kinds::event_kinds) {
    ordered required = ordered::array();
    for (const Role role : required_roles(t.kind))
      required.push_back(name(role));
    events[name(t.kind)] = {{"description", doc(t.kind)},
                            {"principal", name(t.principal)},
                            {"counterpart", name(t.counterpart)},
                            {"required_roles", required},
                            {"mutual", t.mutual},
                            {"stix_campaign", t.stix_campaign},
                            {"tone", name(t.tone)},
                            {"verb", t.verb},
                            {"cameo", t.cameo}};
  }
  ordered roles = ordered::object();
  for (const auto& t : kinds::roles)
    roles[name(t.role)] = {
        {"description", doc(t.role)}, {"doer", t.doer}, {"filler", name(t.filler)}};
  ordered actor_kinds = ordered::object();
  for (const auto& t : kinds::actor_kinds)
    actor_kinds[name(t.kind)] = {
        {"description", doc(t.kind)}, {"acts", t.acts}, {"place", t.place}};
  ordered measures = ordered::object();
  for (const auto& t : kinds::measures)
    measures[name(t.measure)] = {
        {"description", doc(t.measure)}, {"scale", name(t.scale)}, {"needs_unit", t.needs_unit}};
  ordered statuses = ordered::object();
  for (const auto& t : kinds::event_statuses)
    statuses[name(t.status)] = {{"description", doc(t.status)}, {"took_place", t.took_place}};
  ordered relations = ordered::object();
  for (const auto& t : kinds::relation_kinds)
    relations[name(t.kind)] = {{"description", doc(t.kind)},
                               {"symmetric", t.symmetric},
                               {"tone", name(t.tone)},
                               {"verb", t.verb}};
  const ordered vocabulary = {{"storydata", schema_version}, {"tones", names<Tone>()},
                              {"event_kinds", events},       {"roles", roles},
                              {"actor_kinds", actor_kinds},  {"event_statuses", statuses},
                              {"measures", measures},        {"relation_kinds", relations}};
  return vocabulary.dump(2) + "\n";
}

} // namespace storydata
