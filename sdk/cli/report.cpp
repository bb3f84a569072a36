// SPDX-License-Identifier: Apache-2.0
#include "report.hpp"

#include "text/utf8.hpp"

namespace storydata::cli {
namespace {

/// The line (from 1) of `text`, given where every line starts.
std::string_view line_at(std::string_view text, const std::vector<std::size_t>& starts,
                         std::uint32_t line) {
  if (line == 0 || line > starts.size()) return {};
  const std::size_t begin = starts[line - 1];
  const std::size_t end = line < starts.size() ? starts[line] - 1 : text.size();
  std::string_view out = text.substr(begin, end - begin);
  if (out.ends_with('\r')) out.remove_suffix(1);
  if (line == 1 && out.starts_with("\xEF\xBB\xBF")) out.remove_prefix(3); // the SDK skips it too
  return out;
}

// Decided before counting: a line of more than 4 bytes per code point allowed is too long.
bool is_shown(std::string_view line) {
  return line.size() <= 4 * max_shown_line && utf8::length(line) <= max_shown_line;
}

std::string count(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

} // namespace

bool fails(Severity severity, bool strict) noexcept {
  return severity == Severity::error || (strict && severity == Severity::warning);
}

std::vector<Finding> to_findings(std::string_view text, std::vector<Diagnostic> diagnostics,
                                 bool with_source) {
  std::vector<std::size_t> starts; // of each line, found once and only when needed
  std::vector<Finding> out;
  out.reserve(diagnostics.size());
  for (auto& d : diagnostics) {
    Finding finding{std::move(d), {}};
    finding.diagnostic.message = utf8::sanitize(finding.diagnostic.message);
    finding.diagnostic.hint = utf8::sanitize(finding.diagnostic.hint);
    if (with_source && finding.diagnostic.line > 0) {
      if (starts.empty()) {
        starts.push_back(0);
        for (std::size_t i = text.find('\n'); i != std::string_view::npos;
             i = text.find('\n', i + 1))
          starts.push_back(i + 1);
      }
      const auto line = line_at(text, starts, finding.diagnostic.line);
      if (is_shown(line)) finding.source_line = line;
    }
    out.push_back(std::move(finding));
  }
  return out;
}

void Summary::add(const FileResult& file) {
  ++files;
  stories += file.stories;
  invalid += file.failed;
  valid += file.stories - file.failed;
  for (const auto& finding : file.findings) {
    switch (finding.diagnostic.severity) {
    case Severity::error:
      ++errors;
      break;
    case Severity::warning:
      ++warnings;
      break;
    case Severity::info:
      ++infos;
      break;
    }
  }
}

std::string summary_line(const Summary& s) {
  const std::string checked = s.ndjson ? count(s.stories, "story", "stories") + " checked in " +
                                             count(s.files, "file", "files")
                                       : count(s.files, "file", "files") + " checked";
  return checked + ": " + std::to_string(s.valid) + " valid, " + std::to_string(s.invalid) +
         " invalid (" + count(s.errors, "error", "errors") + ", " +
         count(s.warnings, "warning", "warnings") + ", " + count(s.infos, "info", "infos") + ")";
}

std::unique_ptr<Report> machine_report(Format format, bool strict) {
  switch (format) {
  case Format::json:
    return json_report();
  case Format::sarif:
    return sarif_report();
  case Format::github:
    return github_report();
  case Format::junit:
    return junit_report(strict);
  case Format::text:
    break;
  }
  return nullptr;
}

} // namespace storydata::cli
