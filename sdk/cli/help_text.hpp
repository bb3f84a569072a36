// SPDX-License-Identifier: Apache-2.0
// Help text that several commands share, spliced into each command's constant help at compile time.
#pragma once

#include <algorithm>
#include <array>
#include <string_view>

namespace storydata::cli {

/// The parts, joined into one constant: `joined<head, shared, tail>`.
template <const std::string_view&... Parts> struct Joined {
  static constexpr auto chars = [] {
    std::array<char, (Parts.size() + ...)> out{};
    auto at = out.begin();
    ((at = std::copy(Parts.begin(), Parts.end(), at)), ...);
    return out;
  }();
  static constexpr std::string_view value{chars.data(), chars.size()};
};
template <const std::string_view&... Parts>
inline constexpr std::string_view joined = Joined<Parts...>::value;

/// `--include` and `--exclude` (inputs.hpp's Selection), for the commands that search directories.
inline constexpr std::string_view selection_help =
    R"(  --include GLOB         below a directory, read the files matching GLOB (default
                         *.json); may be given again
  --exclude GLOB         below a directory, skip what GLOB matches; a GLOB without
                         '/' matches a file or folder name ('node_modules',
                         'package*.json'), one with '/' the whole path; may be given again
)";

} // namespace storydata::cli
