// SPDX-License-Identifier: Apache-2.0
// Checks that a generated story is sound, so that benchmarks measure realistic, valid input.
#pragma once

#include <storydata/story.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata_bench {

/// The problems of a story and its canonical JSON: any diagnostic from storydata::validate (so
/// from decoding too), a round trip that changes it, duplicate ids, references that do not resolve,
/// and mentions or evidence whose code-point spans do not point at their text. Empty when the story
/// is sound.
std::vector<std::string> check_story(const storydata::Story& story, std::string_view json);

} // namespace storydata_bench
