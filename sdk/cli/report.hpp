// SPDX-License-Identifier: Apache-2.0
// What validation found, and the reports that print it: text, JSON, SARIF, GitHub annotations,
// JUnit XML, and Markdown for a job summary.
#pragma once

#include "args.hpp"

#include <cstddef>
#include <memory>
#include <storydata/diagnostic.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::cli {

/// Source lines longer than this, in code points, are not shown (nor copied): minified JSON.
constexpr std::size_t max_shown_line = 300;

/// A diagnostic located in its file (for NDJSON, in the stream), with the source line it points
/// at when the report shows source and the line is at most max_shown_line long.
struct Finding {
  Diagnostic diagnostic{};
  std::string source_line{};
};

/// The diagnostics of one document as findings: messages made valid UTF-8 and, when
/// `with_source`, each one's source line (as the SDK counts lines, without the line ending and,
/// on the first line, without a byte order mark).
std::vector<Finding> to_findings(std::string_view text, std::vector<Diagnostic> diagnostics,
                                 bool with_source);

/// Whether a diagnostic of `severity` makes its story fail: an error, or with --strict a warning.
bool fails(Severity severity, bool strict) noexcept;

/// Everything checked in one input.
struct FileResult {
  std::string path{};
  std::size_t stories = 0; ///< 1, or the number of stories of an NDJSON stream
  std::size_t failed = 0;  ///< stories with an error (or, with --strict, a warning)
  std::vector<Finding> findings{};

  bool valid() const noexcept { return failed == 0; }
};

struct Summary {
  bool ndjson = false;
  std::size_t files = 0, stories = 0, valid = 0, invalid = 0;
  std::size_t errors = 0, warnings = 0, infos = 0;

  void add(const FileResult& file);
};

/// "3 files checked: 2 valid, 1 invalid (1 error, 0 warnings, 2 infos)"; with --ndjson,
/// "40 stories checked in 2 files: ...".
std::string summary_line(const Summary& summary);

/// A report returns what to print rather than printing it, so that the caller can clear the
/// progress line first, and only when there is something to print.
class Report {
public:
  virtual ~Report() = default;
  /// Output for one file, in input order; may be empty.
  virtual std::string file(const FileResult& file) = 0;
  /// Output after the last file.
  virtual std::string finish(const Summary& summary) = 0;
};

std::unique_ptr<Report> text_report(bool quiet, bool colour);
std::unique_ptr<Report> json_report();
std::unique_ptr<Report> sarif_report();
std::unique_ptr<Report> github_report();
/// With `strict`, warnings fail a test case too.
std::unique_ptr<Report> junit_report(bool strict);
/// Markdown for a CI job's summary page ($GITHUB_STEP_SUMMARY).
std::unique_ptr<Report> markdown_report();
/// The report of a machine-readable format (json, sarif, github, junit); null for text, whose
/// form each command chooses.
std::unique_ptr<Report> machine_report(Format format, bool strict);

/// A diagnostic as a compiler prints it: "path:line:col: severity CODE: message (at /pointer)",
/// the source line with a caret under the column, and "  hint: ...". With `colour`, the location
/// is bold and the severity, code and caret take the severity's colour (ANSI escapes).
std::string format_diagnostic(std::string_view path, const Finding& finding, bool colour);

} // namespace storydata::cli
