// SPDX-License-Identifier: Apache-2.0
// "Did you mean ...?" hints.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// Edit distance (insertions, deletions, substitutions, transpositions of adjacent bytes).
std::size_t edit_distance(std::string_view a, std::string_view b);

/// The candidate closest to `word`, if it is close enough to be a likely typo (distance at most
/// a third of the word's length, and at least 1); empty otherwise. Ties go to the first.
std::string_view nearest(std::string_view word, const std::vector<std::string_view>& candidates);

/// "did you mean `x`?" for the nearest candidate, or an empty string.
std::string did_you_mean(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace storydata
