// SPDX-License-Identifier: Apache-2.0
// The GitHub report: one workflow command per diagnostic, which Actions shows as an annotation
// on the line, then the summary line.
#include "report.hpp"
#include "text/replace.hpp"

namespace storydata::cli {
namespace {

/// Escapes what would end a workflow command's message early (the toolkit's escapeData).
std::string escape_data(std::string_view text) {
  return replace_chars(text, [](char c) -> std::string_view {
    return c == '%' ? "%25" : c == '\r' ? "%0D" : c == '\n' ? "%0A" : "";
  });
}

/// Escapes a property value, which also ends at ',' and ':' (the toolkit's escapeProperty).
std::string escape_property(std::string_view text) {
  return replace_chars(escape_data(text), [](char c) -> std::string_view {
    return c == ':' ? "%3A" : c == ',' ? "%2C" : "";
  });
}

/// GitHub's workflow commands are named like the severities, but info is a "notice".
std::string_view command(Severity severity) {
  return severity == Severity::info ? "notice" : storydata::to_string(severity);
}

class GithubReport final : public Report {
public:
  std::string file(const FileResult& file) override {
    std::string out;
    for (const auto& finding : file.findings) {
      const Diagnostic& d = finding.diagnostic;
      std::string message = d.message;
      if (!d.pointer.empty()) message += " (at " + d.pointer + ")";
      if (!d.hint.empty()) message += "\nhint: " + d.hint;
      out += "::" + std::string(command(d.severity)) + " file=" + escape_property(file.path);
      if (d.line > 0) out += ",line=" + std::to_string(d.line);
      if (d.line > 0 && d.column > 0) out += ",col=" + std::to_string(d.column);
      out += ",title=" + escape_property(d.code) + "::" + escape_data(message) + "\n";
    }
    return out;
  }

  std::string finish(const Summary& summary) override { return summary_line(summary) + "\n"; }
};

} // namespace

std::unique_ptr<Report> github_report() {
  return std::make_unique<GithubReport>();
}

} // namespace storydata::cli
