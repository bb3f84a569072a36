// SPDX-License-Identifier: Apache-2.0
// `.storydata.json`: a project's settings for the commands that read stories, so that an editor's
// terminal, a pre-commit hook and CI run the same checks without repeating options.
#pragma once

#include "command.hpp"

#include <span>
#include <string>
#include <string_view>

namespace storydata::cli {

/// The file searched for in the working directory, then in each folder above it.
inline constexpr std::string_view config_file_name = ".storydata.json";

/// `command`'s options: `args` parsed over the settings of its configuration file, which is the
/// `--config` file, else the nearest `.storydata.json`, or none with `--no-config`. A setting is
/// an option's long name without its dashes (`"strict": true`, `"max-bytes": 1000000`,
/// `"ignore": ["unused-actor"]`), at the top level for every command that takes that option or
/// under a command's name for that command only. The whole file is checked for every command of
/// `commands` that reads one, whichever runs, so that a mistake shows at once; errors name the
/// file, line and column. Include and exclude globs with '/' are relative to the file's folder.
Parsed configured_options(const Command& command, std::span<const Command* const> commands,
                          std::span<const std::string> args);

} // namespace storydata::cli
