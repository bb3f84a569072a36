// SPDX-License-Identifier: Apache-2.0
#include "terminal.hpp"

#include "text/utf8.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <sys/ioctl.h>
#include <unistd.h>

namespace storydata::cli {
namespace {

constexpr std::size_t min_files = 20; // below this, checking is over before a line would help

std::size_t terminal_width() {
  winsize size{};
  if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  return 80;
}

/// `path`, or its end cut to `width` code points behind a "…".
std::string fit(std::string_view path, std::size_t width) {
  if (utf8::length(path) <= width) return std::string(path);
  if (width == 0) return {};
  std::size_t at = path.size();
  for (std::size_t keep = width - 1; keep > 0;)
    if (!utf8::is_continuation_byte(path[--at])) --keep;
  return "…" + std::string(path.substr(at));
}

} // namespace

bool colours(ColorMode mode, int fd) {
  if (mode != ColorMode::automatic) return mode == ColorMode::always;
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  return isatty(fd) == 1 && (no_color == nullptr || *no_color == '\0') &&
         (term == nullptr || std::string_view(term) != "dumb");
}

Progress::Progress(std::size_t total)
    : total_(total), enabled_(total > min_files && isatty(STDERR_FILENO) == 1),
      shares_terminal_(isatty(STDOUT_FILENO) == 1) {}

void Progress::interrupt() {
  if (shares_terminal_) clear();
}

void Progress::show(std::size_t done, std::string_view path) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (shown_ && now - drawn_ < std::chrono::milliseconds(100)) return;
  const std::string count = std::to_string(total_);
  std::string done_text = std::to_string(done);
  done_text.insert(0, count.size() - done_text.size(), ' ');
  const std::string prefix = "[ " + done_text + "/" + count + " ] ";
  const std::size_t width = terminal_width();
  // Leave the last column free: writing there wraps the line on some terminals.
  const std::size_t room = width > prefix.size() + 2 ? width - prefix.size() - 2 : 0;
  const std::string line = "\r" + prefix + fit(path, room) + "\x1b[K";
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
  drawn_ = now;
}

void Progress::clear() {
  if (!shown_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  shown_ = false;
}

} // namespace storydata::cli
