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

/// `--config` and `--no-config` (config.hpp), for the commands that read a configuration file.
inline constexpr std::string_view config_help =
    R"(  --config FILE          read settings from FILE rather than from the .storydata.json
                         in this folder or the nearest folder above; options given
                         here win over the file's, and repeatable ones add to them
  --no-config            read no configuration file
)";

} // namespace storydata::cli
