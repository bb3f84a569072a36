// SPDX-License-Identifier: Apache-2.0
// The Markdown report for a CI job's summary page (GitHub's $GITHUB_STEP_SUMMARY): a heading that
// says whether the stories are valid, the summary line, and a table of the problems.
#include "convert/support/markup_text.hpp"
#include "report.hpp"
#include "text/replace.hpp"

namespace storydata::cli {
namespace {

constexpr std::size_t max_rows = 200; // a summary page is for reading, the full report is the log

/// Story text as Markdown text in a table cell: markup characters as references (GitHub renders
/// HTML), Markdown's own punctuation and the cell separator escaped.
std::string markdown_cell(std::string_view text) {
  return replace_chars(convert::html_escape(text), [](char c) -> std::string_view {
    switch (c) {
    case '\\':
      return "\\\\";
    case '`':
      return "\\`";
    case '*':
      return "\\*";
    case '_':
      return "\\_";
    case '[':
      return "\\[";
    case ']':
      return "\\]";
    case '|':
      return "\\|";
    case '~':
      return "\\~";
    default:
      return {};
    }
  });
}

class MarkdownReport final : public Report {
public:
  std::string file(const FileResult& file) override {
    if (!file.valid()) ++invalid_files_;
    for (const auto& finding : file.findings) {
      if (++problems_ > max_rows) continue;
      const Diagnostic& d = finding.diagnostic;
      std::string message = d.message;
      if (!d.pointer.empty()) message += " (at " + d.pointer + ")";
      rows_ += "| " + markdown_cell(file.path) + " | " + std::to_string(d.line) + ":" +
               std::to_string(d.column) + " | " + std::string(to_string(d.severity)) + " | " +
               std::string(d.code) + " | " + markdown_cell(message) + " |\n";
    }
    return {};
  }

  std::string finish(const Summary& summary) override {
    std::string out = "### storydata validate: ";
    out += invalid_files_ == 0
               ? "every story is valid"
               : std::to_string(invalid_files_) + " of " + std::to_string(summary.files) +
                     (summary.files == 1 ? " file" : " files") + " invalid";
    out += "\n\n" + summary_line(summary) + "\n\n";
    if (problems_ == 0) return out;
    out += "| file | line:column | severity | code | message |\n|---|---|---|---|---|\n" + rows_;
    if (problems_ > max_rows)
      out += "\n" + std::to_string(problems_ - max_rows) + " more in the job's log.\n";
    return out + "\n";
  }

private:
  std::size_t invalid_files_ = 0;
  std::size_t problems_ = 0;
  std::string rows_;
};

} // namespace

std::unique_ptr<Report> markdown_report() {
  return std::make_unique<MarkdownReport>();
}

} // namespace storydata::cli
