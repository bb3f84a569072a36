// SPDX-License-Identifier: Apache-2.0
// What a terminal gets that a log does not: colour, and the progress line shown while many
// files are checked.
#pragma once

#include "args.hpp"

#include <chrono>
#include <cstddef>
#include <string_view>

namespace storydata::cli {

/// Whether text written to `fd` (STDOUT_FILENO, STDERR_FILENO) is coloured: always, never, or
/// (auto) when it is a terminal, NO_COLOR is unset or empty and TERM is not "dumb".
bool colours(ColorMode mode, int fd);

/// "[ 123/4567 ] path" on stderr, redrawn in place, when stderr is a terminal and there are
/// enough files for the wait to be noticeable; otherwise (CI logs, pipes) nothing at all.
class Progress {
public:
  explicit Progress(std::size_t total);
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  ~Progress() { clear(); }

  /// Shows that `done` inputs are finished, the last one `path`; redraws at most every 100 ms
  /// unless the line was cleared.
  void show(std::size_t done, std::string_view path);
  /// Makes room for output on stdout: erases the line when stdout is the same terminal.
  void interrupt();
  /// Erases the line, at the end or before a message on stderr.
  void clear();

private:
  std::size_t total_;
  bool enabled_;
  bool shares_terminal_; ///< stdout is a terminal too, so output would land on the line
  bool shown_ = false;
  std::chrono::steady_clock::time_point drawn_{};
};

} // namespace storydata::cli
