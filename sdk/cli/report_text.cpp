// SPDX-License-Identifier: Apache-2.0
// The text report: diagnostics as a compiler prints them, then a summary line.
#include "report.hpp"
#include "text/utf8.hpp"

#include <array>
#include <utility>

namespace storydata::cli {
namespace {

/// How many terminal cells a code point takes: 2 for East Asian wide and fullwidth characters
/// (Hangul, CJK, most emoji), 0 for combining marks and joiners, 1 otherwise. Enough to keep
/// the caret under the right character in the scripts news is written in.
std::size_t cells(char32_t c) {
  constexpr std::array<std::pair<char32_t, char32_t>, 8> zero{{{0x0300, 0x036F},
                                                               {0x0483, 0x0489},
                                                               {0x0591, 0x05BD},
                                                               {0x064B, 0x065F},
                                                               {0x200B, 0x200F},
                                                               {0x20D0, 0x20FF},
                                                               {0xFE00, 0xFE0F},
                                                               {0xFE20, 0xFE2F}}};
  constexpr std::array<std::pair<char32_t, char32_t>, 11> wide{{{0x1100, 0x115F},
                                                                {0x2E80, 0x303E},
                                                                {0x3041, 0x33FF},
                                                                {0x3400, 0x4DBF},
                                                                {0x4E00, 0x9FFF},
                                                                {0xA000, 0xA4CF},
                                                                {0xAC00, 0xD7A3},
                                                                {0xF900, 0xFAFF},
                                                                {0xFF00, 0xFF60},
                                                                {0x1F300, 0x1F64F},
                                                                {0x1F900, 0x1F9FF}}};
  const auto in = [c](const auto& ranges) {
    for (const auto& [low, high] : ranges)
      if (c >= low && c <= high) return true;
    return false;
  };
  if (in(zero)) return 0;
  if (in(wide) || (c >= 0x20000 && c <= 0x3FFFD)) return 2;
  return 1;
}

/// The source line, indented, and a caret under `column`. Columns count code points as the SDK
/// does: every byte that does not continue a UTF-8 sequence. Ill-formed bytes and control
/// characters show as U+FFFD, so that output stays valid UTF-8 and cannot drive the terminal;
/// tabs are kept, under the line too, so the caret lines up.
std::string excerpt(std::string_view line, std::uint32_t column) {
  std::string shown = "  ", caret = "  ";
  std::uint32_t at = 1; // the column of the next byte
  for (std::size_t i = 0; i < line.size();) {
    const utf8::Step step = utf8::next(line, i);
    const char32_t p = step.code_point;
    const bool control = (p < 0x20 && p != '\t') || (p >= 0x7F && p < 0xA0);
    const char32_t c = step.valid && !control ? p : U'\uFFFD';
    utf8::append(shown, c);
    if (at < column) caret += c == '\t' ? std::string("\t") : std::string(cells(c), ' ');
    // A stray continuation byte takes no column in the SDK's count.
    if (!utf8::is_continuation_byte(line[i])) ++at;
    i += step.size;
  }
  return shown + "\n" + caret + "^\n";
}

/// The ANSI escape that starts text of this severity's colour: red, yellow, cyan.
std::string_view severity_colour(Severity severity) {
  switch (severity) {
  case Severity::error:
    return "\x1b[1;31m";
  case Severity::warning:
    return "\x1b[1;33m";
  default:
    return "\x1b[1;36m";
  }
}
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view reset = "\x1b[0m";

class TextReport final : public Report {
public:
  TextReport(bool quiet, bool colour) : quiet_(quiet), colour_(colour) {}

  std::string file(const FileResult& file) override {
    std::string out;
    for (const auto& finding : file.findings)
      if (!quiet_ || finding.diagnostic.severity != Severity::info)
        out += format_diagnostic(file.path, finding, colour_);
    if (!quiet_ && file.findings.empty()) out += file.path + ": ok\n";
    return out;
  }

  std::string finish(const Summary& summary) override { return summary_line(summary) + "\n"; }

private:
  bool quiet_;
  bool colour_;
};

} // namespace

std::string format_diagnostic(std::string_view path, const Finding& finding, bool colour) {
  const Diagnostic& d = finding.diagnostic;
  const auto style = [&](std::string_view escape, const std::string& text) {
    return colour ? std::string(escape) + text + std::string(reset) : text;
  };
  std::string where(path);
  if (d.line > 0) where.append(":").append(std::to_string(d.line));
  if (d.line > 0 && d.column > 0) where.append(":").append(std::to_string(d.column));
  const auto tint = severity_colour(d.severity);
  std::string out = style(bold, where + ":") + " " +
                    style(tint, std::string(to_string(d.severity)) + " " + d.code + ":") + " " +
                    d.message;
  if (!d.pointer.empty()) out += " (at " + d.pointer + ")";
  out += "\n";
  if (d.column > 0 && !finding.source_line.empty()) {
    std::string shown = excerpt(finding.source_line, d.column);
    if (colour) { // the caret line is the excerpt's last
      const auto caret_line = shown.rfind('\n', shown.size() - 2) + 1;
      shown.insert(shown.size() - 1, reset);
      shown.insert(caret_line, tint);
    }
    out += shown;
  }
  if (!d.hint.empty()) out += "  hint: " + d.hint + "\n";
  return out;
}

std::unique_ptr<Report> text_report(bool quiet, bool colour) {
  return std::make_unique<TextReport>(quiet, colour);
}

} // namespace storydata::cli
