// SPDX-License-Identifier: Apache-2.0
// Command-line options: one parser for every subcommand, each accepting its own subset.
#pragma once

#include <cstddef>
#include <span>
#include <storydata/codec.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::cli {

enum class Format { text, json, sarif, github, junit };
/// `--color`: auto colours a terminal unless NO_COLOR is set (https://no-color.org).
enum class ColorMode { automatic, always, never };
/// `storydata query` has output formats of its own.
enum class QueryFormat { table, json, ndjson };

/// The options a subcommand may accept; -h/--help and --version are accepted everywhere.
enum class Flag {
  format,
  query_format,
  strict,
  ndjson,
  max_diagnostics,
  max_bytes,
  quiet,
  jobs,
  check,
  from,
  to,
  output,
  list_formats,
  select,
  ignore,
  color,
  include,
  exclude,
  config,
  no_config
};

/// The number of jobs when -j is not given: one per processor.
unsigned default_jobs() noexcept;

struct Options {
  std::vector<std::string> paths{}; ///< the operands, `-` included
  Format format = Format::text;
  QueryFormat query_format = QueryFormat::table;
  bool strict = false;
  bool ndjson = false;
  bool quiet = false;
  bool check = false;
  bool list_formats = false;
  std::string from{};   ///< `storydata convert --from`: a format name, checked by the command
  std::string to{};     ///< `storydata convert --to`
  std::string output{}; ///< `storydata convert -o`: a path, `-` or empty for standard output
  bool help = false;
  bool version = false;
  DecodeOptions limits{};
  unsigned jobs = default_jobs();
  ColorMode color = ColorMode::automatic;
  /// `--select`/`--ignore`: semantic rules by code; empty `selected` selects every rule.
  std::vector<std::string_view> selected{};
  std::vector<std::string_view> ignored{};
  /// `--include`/`--exclude`: which files below a directory operand are read (inputs.hpp).
  std::vector<std::string> include{};
  std::vector<std::string> exclude{};
  /// `--config FILE`, `--no-config` (config.hpp).
  std::string config{};
  bool no_config = false;

  /// Whether a diagnostic with this code is reported: structural codes always are, rules as
  /// selected and not ignored.
  bool reports(std::string_view code) const;
};

struct Parsed {
  Options options{};
  std::string error{}; ///< why the arguments are not usable; empty when they are
};

/// Parses the arguments after the subcommand's name onto `base` (the settings of a configuration
/// file, or the defaults). Options may come before, between or after the operands, up to `--`;
/// values follow their option (`--format json`, `--format=json`, `-j4`). A value given replaces
/// the base's; a repeatable option adds to it.
Parsed parse_options(std::span<const std::string> args, std::span<const Flag> accepted,
                     Options base = {});

/// What the configuration file needs to know of an option.
struct OptionInfo {
  Flag flag;
  std::string_view long_name; ///< "--max-bytes"
  bool takes_value;
  bool repeatable; ///< each occurrence adds a value (`--ignore A --ignore B`)
};

/// The options among `accepted`.
std::vector<OptionInfo> options_of(std::span<const Flag> accepted);

/// "; did you mean 'x'?" for the candidate nearest to a mistyped `word`, or "".
std::string suggestion(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace storydata::cli
