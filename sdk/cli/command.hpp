// SPDX-License-Identifier: Apache-2.0
// The subcommands of `storydata`: what main needs to parse, document and run each one.
#pragma once

#include "args.hpp"

#include <cstddef>
#include <span>
#include <string_view>

namespace storydata::cli {

/// Exit statuses, the same for every subcommand.
inline constexpr int exit_ok = 0;     ///< everything checked is valid (or was done)
inline constexpr int exit_failed = 1; ///< a document is invalid, or not canonical
inline constexpr int exit_usage = 2;  ///< bad arguments, or a path that cannot be read

struct Command {
  std::string_view name;
  std::string_view summary; ///< one line in `storydata --help`
  std::string_view usage;   ///< "storydata validate [options] PATH..."
  std::string_view help;    ///< the rest of `storydata NAME --help`: what it does, the options
  std::span<const Flag> flags;
  std::size_t min_operands;
  std::size_t max_operands;
  int (*run)(const Options&);
};

/// Prints "storydata COMMAND: message" on stderr.
void print_error(std::string_view command, std::string_view message);

extern const Command validate_command;
extern const Command fmt_command;
extern const Command info_command;
extern const Command query_command;
extern const Command convert_command;
extern const Command schema_command;
extern const Command rules_command;

} // namespace storydata::cli
