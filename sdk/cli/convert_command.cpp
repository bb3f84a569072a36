// SPDX-License-Identifier: Apache-2.0
// `storydata convert`: reads a document in one format and writes it in another, through a story,
// and reports on stderr every value the conversion dropped or approximated.
#include "command.hpp"
#include "inputs.hpp"
#include "report.hpp"
#include "terminal.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iostream>
#include <storydata/codec.hpp>
#include <storydata/convert.hpp>
#include <storydata/validate.hpp>
#include <unistd.h>

namespace storydata::cli {
namespace {

/// A format to convert from or to (cli::Format is the report's format).
using Convertible = storydata::Format;

constexpr std::array convert_flags{Flag::from,   Flag::to,           Flag::output, Flag::format,
                                   Flag::strict, Flag::list_formats, Flag::color};

constexpr std::string_view convert_help =
    R"(Converts IN (a file, or - or nothing for standard input) from one format to another,
through a story: importing reads a story, exporting writes one. The result goes to
OUT (-o), or standard output. Every value the target cannot hold, and every value of
the input storydata has no place for, is reported on stderr (codes SD301-SD313 in
docs/diagnostics.md); an imported story is also validated, and its problems reported.
The field-by-field mappings are in docs/convert.md.

options:
  --from FORMAT          the format of IN; detected from its content when absent
  --to FORMAT            the format to write (default: story)
  -o, --output OUT       write to OUT rather than standard output (- for stdout)
  --format FORMAT        report format: text (the default), json, sarif, github or junit
  --strict               reported losses (warnings) fail the conversion too; the
                         result is still written
  --list-formats         list the formats, what each can do, and exit
  --color WHEN           auto (the default: on a terminal, unless NO_COLOR is set),
                         always or never
  -h, --help             show this help
  --version              show the SDK and schema versions

exit status: 0 converted (losses reported as warnings), 1 the input cannot be
converted, or the result has an error (with --strict, a warning), 2 usage error,
a format that cannot be detected, or a file that cannot be read or written.
)";

constexpr std::string_view command_name = "convert";

std::string format_names() {
  std::string out;
  for (const FormatInfo& format : formats())
    out += (out.empty() ? "" : ", ") + std::string(format.name);
  return out;
}

void list_formats() {
  std::cout << "format       import  export  extension       description\n";
  for (const FormatInfo& format : formats()) {
    const auto pad = [](std::string_view text, std::size_t width) {
      return std::string(text) + std::string(width > text.size() ? width - text.size() : 1, ' ');
    };
    std::cout << pad(format.name, 13) << pad(format.can_import ? "yes" : "-", 8)
              << pad(format.can_export ? "yes" : "-", 8) << pad(format.extension, 16)
              << format.description << "\n";
  }
}

/// The format named by an option; prints why there is none usable, and returns nullopt.
std::optional<Convertible> named_format(std::string_view option, std::string_view name,
                                        bool importing) {
  const auto format = parse_format(name);
  if (!format) {
    print_error(command_name, "unknown format '" + std::string(name) + "' for " +
                                  std::string(option) + ": expected one of " + format_names());
    return std::nullopt;
  }
  const FormatInfo& about = info(*format);
  if (importing ? !about.can_import : !about.can_export) {
    print_error(command_name, "storydata cannot " + std::string(importing ? "read " : "write ") +
                                  std::string(about.description) + " (" + std::string(name) +
                                  ") yet; `storydata convert --list-formats` says what it can");
    return std::nullopt;
  }
  return format;
}

/// The format of the input: --from, or what its content shows; prints why it cannot tell.
std::optional<Convertible> source_format(const Options& options, std::string_view text,
                                         std::string_view display) {
  if (!options.from.empty()) return named_format("--from", options.from, true);
  const auto found = detect_formats(text);
  if (found.size() == 1) return named_format("--from", info(found.front()).name, true);
  std::string message = "cannot tell the format of " + std::string(display);
  if (found.empty()) {
    message +=
        ": it is none storydata recognises; give --from FORMAT (one of " + format_names() + ")";
  } else {
    message += ": it could be ";
    for (std::size_t i = 0; i < found.size(); ++i)
      message += std::string(i == 0                  ? ""
                             : i + 1 == found.size() ? " or "
                                                     : ", ") +
                 std::string(info(found[i]).name);
    message += "; give --from FORMAT";
  }
  print_error(command_name, message);
  return std::nullopt;
}

/// Writes the result to -o OUT, or to standard output; returns why it cannot.
std::optional<std::string> write_output(const std::string& path, std::string_view text) {
  if (path.empty() || path == "-") {
    std::cout << text << std::flush;
    return std::cout ? std::nullopt : std::optional<std::string>("cannot write standard output");
  }
  return write_file(Input{path, path}, text);
}

/// The findings of one document (the input, or the story between the two formats).
FileResult findings_of(std::string path, std::string_view text, std::vector<Diagnostic> diagnostics,
                       const Options& options) {
  FileResult file{std::move(path), 1, 0, {}};
  file.findings = to_findings(text, std::move(diagnostics), options.format == Format::text);
  for (const auto& finding : file.findings)
    if (fails(finding.diagnostic.severity, options.strict)) file.failed = 1;
  return file;
}

/// Prints the report on stderr, stdout being the converted document: in the text format the
/// diagnostics as `validate` prints them and one line on the conversion, else the chosen report.
void print_report(const Options& options, const std::vector<FileResult>& files,
                  std::string_view what) {
  Summary summary;
  for (const auto& file : files)
    summary.add(file);
  if (const auto report = machine_report(options.format, options.strict)) {
    for (const auto& file : files)
      std::cerr << report->file(file);
    std::cerr << report->finish(summary) << std::flush;
    return;
  }
  for (const auto& file : files)
    for (const auto& finding : file.findings)
      std::cerr << format_diagnostic(file.path, finding, colours(options.color, STDERR_FILENO));
  const auto count = [](std::size_t n, std::string_view one) {
    return std::to_string(n) + " " + std::string(one) + (n == 1 ? "" : "s");
  };
  std::cerr << what << (summary.invalid > 0 ? " failed" : "") << " ("
            << count(summary.errors, "error") << ", " << count(summary.warnings, "warning") << ", "
            << count(summary.infos, "info") << ")\n"
            << std::flush;
}

/// Adds the diagnostics of exporting to the findings of the story they point into.
void add_losses(std::vector<Diagnostic> losses, const Options& options, FileResult& story) {
  for (auto& finding : to_findings({}, std::move(losses), false)) {
    if (fails(finding.diagnostic.severity, options.strict)) story.failed = 1;
    story.findings.push_back(std::move(finding));
  }
}

int run_convert(const Options& options) {
  if (options.list_formats) {
    list_formats();
    return exit_ok;
  }
  const bool from_stdin = options.paths.empty() || options.paths.front() == "-";
  const std::string path = from_stdin ? "" : options.paths.front();
  const Input input{from_stdin ? "<stdin>" : utf8::sanitize(path), path};
  std::string text;
  if (const auto error = read_input(input, text)) {
    print_error(command_name, *error);
    return exit_usage;
  }
  const auto from = source_format(options, text, input.display);
  const auto to = named_format("--to", options.to.empty() ? "story" : options.to, false);
  if (!from || !to) return exit_usage;

  const std::string output_name =
      options.output.empty() || options.output == "-" ? "<stdout>" : utf8::sanitize(options.output);
  const std::string what = input.display + ": " + std::string(info(*from).name) + " to " +
                           std::string(info(*to).name) + " in " + output_name;

  // Diagnostics of importing point into the input. A story imported from another format is
  // checked like any other, and its problems and the losses of exporting it point into that
  // story: the output, or (from one format to another) the story between the two; a story read
  // as a story is the input.
  Conversion conversion = convert_document(text, *from, *to);
  std::vector<FileResult> files{
      findings_of(input.display, text, std::move(conversion.input_diagnostics), options)};
  if (*from == Convertible::story)
    add_losses(std::move(conversion.story_diagnostics), options, files.back());
  else if (conversion.imported)
    files.push_back(
        findings_of(*to == Convertible::story ? output_name : input.display + " (as story)", {},
                    std::move(conversion.story_diagnostics), options));
  const std::optional<std::string>& result = conversion.output;

  if (result) {
    if (const auto error = write_output(options.output, *result)) {
      print_report(options, files, what);
      print_error(command_name, *error);
      return exit_usage;
    }
  }
  print_report(options, files, what);
  const bool failed = !result || std::any_of(files.begin(), files.end(),
                                             [](const FileResult& f) { return !f.valid(); });
  return failed ? exit_failed : exit_ok;
}

} // namespace

constinit const Command convert_command{
    "convert",
    "convert between stories and STIX, schema.org, ninjs, TimelineJS, GraphML, GEXF, GDELT",
    "storydata convert [--from FORMAT] [--to FORMAT] [options] [IN] [-o OUT]",
    convert_help,
    convert_flags,
    0,
    1,
    run_convert};

} // namespace storydata::cli
