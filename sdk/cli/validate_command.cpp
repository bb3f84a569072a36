// SPDX-License-Identifier: Apache-2.0
// `storydata validate`: checks every input on worker threads and reports in input order.
#include "command.hpp"
#include "help_text.hpp"
#include "inputs.hpp"
#include "os_error.hpp"
#include "parallel.hpp"
#include "report.hpp"
#include "terminal.hpp"
#include "text/utf8.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <storydata/validate.hpp>
#include <unistd.h>

namespace storydata::cli {
namespace {

constexpr std::array validate_flags{
    Flag::format,  Flag::strict, Flag::ndjson, Flag::max_diagnostics, Flag::max_bytes,
    Flag::quiet,   Flag::jobs,   Flag::select, Flag::ignore,          Flag::include,
    Flag::exclude, Flag::color,  Flag::config, Flag::no_config};

// The help quotes the SDK's defaults.
static_assert(DecodeOptions{}.max_diagnostics == 1000 && DecodeOptions{}.max_bytes == 64 << 20);

constexpr std::string_view validate_help_head =
    R"(Checks story files: their structure, then the semantic rules (`storydata rules`).
A PATH is a file, a directory (searched recursively for *.json files, hidden ones
skipped, in sorted order) or - for standard input.

options:
  --format FORMAT        text (the default), json, sarif (SARIF 2.1.0), github
                         (workflow commands: annotations in GitHub Actions) or junit
                         (JUnit XML: one test case per file)
  --strict               warnings fail validation too; infos never do
  --select RULES         check only these semantic rules, by code or name as
                         `storydata rules` lists them, comma-separated
                         (unused-actor,event-after-publication); structural
                         checks always run
  --ignore RULES         skip these semantic rules; may be given again, as --select
)";
constexpr std::string_view validate_help_tail =
    R"(  --ndjson               each non-blank line of each input is one story; locations
                         are lines of the stream
  --max-diagnostics N    report at most N problems per story (default 1000)
  --max-bytes N          reject stories larger than N bytes (default 67108864, 64 MiB)
  -q, --quiet            text format: print only problems (not infos) and the summary
  -j, --jobs N           check N files at once (default: one per processor); the
                         output is the same for any N
  --color WHEN           auto (the default: on a terminal, unless NO_COLOR is set),
                         always or never
  -h, --help             show this help
  --version              show the SDK and schema versions

exit status: 0 all valid, 1 some invalid (an error, or a warning with --strict),
2 usage error or a path that cannot be read.
)";
constexpr std::string_view validate_help =
    joined<validate_help_head, selection_help, config_help, validate_help_tail>;

/// Validates one story, `first_line - 1` lines into its input, and adds what it found.
void check_story(std::string_view text, std::uint32_t first_line, const Options& options,
                 FileResult& file) {
  auto result = validate(text, options.limits);
  std::erase_if(result.diagnostics, [&](const Diagnostic& d) { return !options.reports(d.code); });
  auto findings = to_findings(text, std::move(result.diagnostics), options.format == Format::text);
  bool failed = false;
  for (auto& finding : findings) {
    failed = failed || fails(finding.diagnostic.severity, options.strict);
    // A diagnostic without a line (the diagnostic limit) still belongs to the story's line.
    auto& line = finding.diagnostic.line;
    line = line == 0 ? (options.ndjson ? first_line : 0) : line + first_line - 1;
  }
  ++file.stories;
  file.failed += failed ? 1 : 0;
  file.findings.insert(file.findings.end(), std::make_move_iterator(findings.begin()),
                       std::make_move_iterator(findings.end()));
}

struct Checked {
  FileResult file{};
  std::optional<std::string> io_error{};
};

Checked check_input(const Input& input, const Options& options) {
  Checked out;
  out.file.path = input.display;
  std::string text;
  out.io_error = read_input(input, text);
  if (out.io_error) return out;
  if (!options.ndjson) {
    check_story(text, 1, options, out.file);
    return out;
  }
  for (const Line& line : ndjson_lines(text))
    check_story(line.text, line.number, options, out.file);
  return out;
}

std::unique_ptr<Report> make_report(const Options& options) {
  if (auto report = machine_report(options.format, options.strict)) return report;
  return text_report(options.quiet, colours(options.color, STDOUT_FILENO));
}

/// Appends the job summary to the file that $GITHUB_STEP_SUMMARY names (the runner's, which other
/// steps append to as well); a failure is reported and leaves the exit status to the stories.
void append_job_summary(const char* path, std::string_view markdown) {
  std::FILE* file = std::fopen(path, "ab");
  int error = file == nullptr ? errno : 0;
  if (file != nullptr) {
    if (std::fwrite(markdown.data(), 1, markdown.size(), file) != markdown.size()) error = errno;
    if (std::fclose(file) != 0 && error == 0) error = errno;
  }
  if (error != 0)
    print_error("validate",
                "cannot write the job summary to " + utf8::sanitize(path) + ": " + os_error(error));
}

int run_validate(const Options& options) {
  const auto collected =
      collect_inputs("validate", options.paths, {options.include, options.exclude});
  if (!collected) return exit_usage;
  const std::vector<Input>& inputs = *collected;

  const auto report = make_report(options);
  const char* summary_path = std::getenv("GITHUB_STEP_SUMMARY");
  const auto job_summary =
      summary_path != nullptr && *summary_path != '\0' ? markdown_report() : nullptr;
  Summary summary{.ndjson = options.ndjson};
  bool unreadable = false;
  Progress progress(inputs.size());
  for_each_ordered(
      inputs.size(), options.jobs, [&](std::size_t i) { return check_input(inputs[i], options); },
      [&](std::size_t i, Checked checked) {
        if (checked.io_error) {
          progress.clear();
          print_error("validate", *checked.io_error);
          unreadable = true;
        } else {
          summary.add(checked.file);
          if (job_summary) job_summary->file(checked.file);
          if (const std::string out = report->file(checked.file); !out.empty()) {
            progress.interrupt();
            std::cout << out << std::flush;
          }
        }
        progress.show(i + 1, inputs[i].display);
      });
  progress.clear();
  std::cout << report->finish(summary) << std::flush;
  if (job_summary) append_job_summary(summary_path, job_summary->finish(summary));
  if (unreadable) return exit_usage;
  return summary.invalid > 0 ? exit_failed : exit_ok;
}

} // namespace

constinit const Command validate_command{
    "validate",
    "check story files; exit 0 if all are valid, 1 if not, 2 on usage or I/O error",
    "storydata validate [options] PATH...",
    validate_help,
    validate_flags,
    1,
    SIZE_MAX,
    run_validate};

} // namespace storydata::cli
