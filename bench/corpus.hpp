// SPDX-License-Identifier: Apache-2.0
// Seeded generation of realistic story corpora for benchmarks, built on the public model.
#pragma once

#include <cstddef>
#include <cstdint>
#include <storydata/story.hpp>
#include <string>
#include <vector>

namespace storydata_bench {

/// What to generate. Everything else (actors, relations, claims, sources, paragraphs, mentions)
/// is derived from the number of events.
struct CorpusSpec {
  std::uint64_t seed = 1;
  std::size_t stories = 100;
  std::size_t events = 50;
};

/// Story `index` (from 0) of the corpus with this seed. A story depends only on the seed, its
/// index and the number of events, so it comes out identical on every platform and whatever the
/// size of the corpus around it.
storydata::Story generate_story(std::uint64_t seed, std::size_t index, std::size_t events);

/// Every story of the corpus, encoded as canonical JSON.
std::vector<std::string> generate_corpus(const CorpusSpec& spec);

} // namespace storydata_bench
