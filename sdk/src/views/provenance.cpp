// SPDX-License-Identifier: Apache-2.0
#include <algorithm>
#include <storydata/graph.hpp>

namespace storydata {
namespace {

constexpr std::size_t max_chains = 64;

const Source* find_source(const Story& story, std::string_view id) {
  for (const Source& source : story.sources)
    if (source.id.value == id) return &source;
  // An attribution may name the actor that stands for a source (a leaked document).
  for (const Source& source : story.sources)
    if (source.actor && source.actor->id == id) return &source;
  return nullptr;
}

// The sources an item is attributed to, or the item itself when it is a source.
std::vector<const Source*> attributed_sources(const Story& story, std::string_view id) {
  const Attribution* attribution = nullptr;
  const auto match = [&](const auto& list) {
    for (const auto& item : list)
      if (item.id.value == id) attribution = &item.attribution;
  };
  match(story.events);
  match(story.claims);
  match(story.relations);
  std::vector<const Source*> sources;
  if (!attribution) {
    for (const Source& source : story.sources)
      if (source.id.value == id) sources.push_back(&source);
    return sources;
  }
  for (const auto& ref : attribution->according_to)
    if (const Source* source = find_source(story, ref.id)) sources.push_back(source);
  return sources;
}

// Depth-first over derivations, recording each chain that ends at an original source and passes
// through one of `wanted`. A source already on the chain is not entered again (a cycle).
struct ChainWalk {
  const Story& story;
  const std::vector<const Source*>& wanted;
  std::vector<ProvenanceChain> chains{};
  ProvenanceChain chain{};

  void walk(const std::vector<Derivation>& derived_from) {
    bool extended = false;
    for (const Derivation& derivation : derived_from) {
      const Source* next = find_source(story, derivation.source.id);
      if (!next || chains.size() == max_chains ||
          std::any_of(chain.begin(), chain.end(),
                      [&](const ProvenanceStep& step) { return step.source == next; }))
        continue;
      extended = true;
      chain.push_back({next, &derivation});
      walk(next->derived_from);
      chain.pop_back();
    }
    if (!extended && chains.size() < max_chains && passes_wanted()) chains.push_back(chain);
  }

  bool passes_wanted() const {
    return std::any_of(chain.begin(), chain.end(), [&](const ProvenanceStep& step) {
      return std::find(wanted.begin(), wanted.end(), step.source) != wanted.end();
    });
  }
};

} // namespace

std::vector<ProvenanceChain> provenance(const Story& story, std::string_view id) {
  const auto wanted = attributed_sources(story, id);
  if (wanted.empty()) return {};
  ChainWalk from_article{story, wanted, {}, {{nullptr, nullptr}}};
  from_article.walk(story.article.derived_from);
  if (!from_article.chains.empty()) return from_article.chains;
  std::vector<ProvenanceChain> chains;
  for (const Source* source : wanted) {
    ChainWalk from_source{story, wanted, {}, {{source, nullptr}}};
    from_source.walk(source->derived_from);
    for (auto& chain : from_source.chains)
      if (chains.size() < max_chains) chains.push_back(std::move(chain));
  }
  return chains;
}

} // namespace storydata
