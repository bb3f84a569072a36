// SPDX-License-Identifier: Apache-2.0
// `storydata fmt`: rewrites stories in canonical form (storydata::encode), or checks that they
// are in it.
#include "command.hpp"
#include "help_text.hpp"
#include "inputs.hpp"
#include "parallel.hpp"
#include "report.hpp"
#include "terminal.hpp"

#include <array>
#include <iostream>
#include <storydata/codec.hpp>
#include <unistd.h>

namespace storydata::cli {
namespace {

constexpr std::array fmt_flags{Flag::check, Flag::jobs,   Flag::include,  Flag::exclude,
                               Flag::color, Flag::config, Flag::no_config};

constexpr std::string_view fmt_help_head =
    R"(Rewrites story files in canonical form: two-space indentation, fields in schema
order, defaults left out, x- fields last; what the SDK's encoder writes. A file with
structural errors is left alone and its errors printed. A PATH is a file, a directory
(searched recursively for *.json files, hidden ones skipped) or - to read standard input
and write the canonical form to standard output. Rewritten files are named on stderr;
each is replaced atomically, so that a failed write leaves the original as it was.

options:
  --check                write nothing; list the files that are not canonical
  -j, --jobs N           format N files at once (default: one per processor)
)";
constexpr std::string_view fmt_help_tail =
    R"(  --color WHEN           auto (the default: on a terminal, unless NO_COLOR is set),
                         always or never
  -h, --help             show this help
  --version              show the SDK and schema versions

exit status: 0 all canonical (or rewritten), 1 a file has structural errors or, with
--check, is not canonical, 2 usage error or a path that cannot be read or written.
)";
constexpr std::string_view fmt_help =
    joined<fmt_help_head, selection_help, config_help, fmt_help_tail>;

struct Formatted {
  std::optional<std::string> io_error{};
  std::vector<Finding> errors{}; ///< structural errors, which leave the file as it is
  bool changed = false;          ///< the canonical form differs from the input
  std::string canonical{};       ///< for standard input, printed rather than written
};

Formatted format_input(const Input& input, bool check) {
  Formatted out;
  std::string text;
  if ((out.io_error = read_input(input, text))) return out;
  auto result = decode(text);
  if (!result.ok()) {
    out.errors = to_findings(text, std::move(result.diagnostics), true);
    return out;
  }
  out.canonical = encode(result.story);
  out.changed = out.canonical != text;
  if (!check && out.changed && !input.is_stdin()) out.io_error = write_file(input, out.canonical);
  return out;
}

int run_fmt(const Options& options) {
  const auto collected = collect_inputs("fmt", options.paths, {options.include, options.exclude});
  if (!collected) return exit_usage;
  const std::vector<Input>& inputs = *collected;

  int status = exit_ok;
  for_each_ordered(
      inputs.size(), options.jobs,
      [&](std::size_t i) { return format_input(inputs[i], options.check); },
      [&](std::size_t i, Formatted formatted) {
        const Input& input = inputs[i];
        if (formatted.io_error) {
          print_error("fmt", *formatted.io_error);
          status = exit_usage;
          return;
        }
        for (const auto& finding : formatted.errors)
          std::cerr << format_diagnostic(input.display, finding,
                                         colours(options.color, STDERR_FILENO));
        if (!formatted.errors.empty() || (options.check && formatted.changed))
          status = std::max(status, exit_failed);
        if (options.check && formatted.changed)
          std::cout << input.display << "\n";
        else if (!options.check && input.is_stdin())
          std::cout << formatted.canonical;
        else if (!options.check && formatted.changed)
          std::cerr << "formatted " << input.display << "\n";
      });
  std::cout << std::flush;
  return status;
}

} // namespace

constinit const Command fmt_command{"fmt",
                                    "rewrite story files in canonical form, or --check them",
                                    "storydata fmt [--check] [options] PATH...",
                                    fmt_help,
                                    fmt_flags,
                                    1,
                                    SIZE_MAX,
                                    run_fmt};

} // namespace storydata::cli
