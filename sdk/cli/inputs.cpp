// SPDX-License-Identifier: Apache-2.0
#include "inputs.hpp"

#include "atomic_write.hpp"
#include "command.hpp"
#include "os_error.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <fnmatch.h>
#include <set>
#include <sys/stat.h>
#include <utility>

namespace storydata::cli {
namespace fs = std::filesystem;
namespace {

Input file_input(const fs::path& path) {
  return {utf8::sanitize(path.lexically_normal().generic_string()), path};
}

bool matches(std::span<const std::string> patterns, const fs::path& path, const std::string& name,
             const std::string& shown) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const std::string& pattern) {
    if (pattern.find('/') == std::string::npos)
      return ::fnmatch(pattern.c_str(), name.c_str(), 0) == 0;
    if (!pattern.starts_with('/')) return ::fnmatch(pattern.c_str(), shown.c_str(), 0) == 0;
    std::error_code ec;
    const auto absolute = fs::absolute(path, ec).lexically_normal().generic_string();
    return !ec && ::fnmatch(pattern.c_str(), absolute.c_str(), 0) == 0;
  });
}

/// The files below `dir` that `selection` takes, sorted by path component by component; hidden
/// files and directories are skipped because they hold tools' settings (.git, .vscode), not
/// stories.
std::vector<fs::path> selected_files(const fs::path& dir, Selection selection,
                                     std::error_code& ec) {
  static const std::string any_json = "*.json";
  const auto include =
      selection.include.empty() ? std::span<const std::string>(&any_json, 1) : selection.include;
  std::vector<fs::path> found;
  fs::recursive_directory_iterator it(dir, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    const std::string name = path.filename().string();
    const std::string shown = path.lexically_normal().generic_string();
    std::error_code ignored; // a dangling link is neither a file nor a directory
    if (it->is_directory(ignored)) {
      if (name.starts_with('.') || matches(selection.exclude, path, name, shown))
        it.disable_recursion_pending();
    } else if (!name.starts_with('.') && it->is_regular_file(ignored) &&
               matches(include, path, name, shown) &&
               !matches(selection.exclude, path, name, shown)) {
      found.push_back(path);
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

} // namespace

std::optional<std::vector<Input>> collect_inputs(std::string_view command,
                                                 std::span<const std::string> operands,
                                                 Selection selection) {
  std::vector<Input> inputs;
  bool usable = true;
  const auto unusable = [&](const std::string& why) {
    print_error(command, why);
    usable = false;
  };
  // A file is known by its device and inode however it is reached (`..`, links); a file that
  // cannot be stat'ed is kept, and reading it reports why.
  std::set<std::pair<dev_t, ino_t>> seen;
  bool stdin_seen = false;
  const auto add = [&](const fs::path& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0 || seen.emplace(info.st_dev, info.st_ino).second)
      inputs.push_back(file_input(path));
  };
  for (const auto& operand : operands) {
    if (operand == "-") {
      if (stdin_seen) unusable("- (standard input) is given twice");
      stdin_seen = true;
      inputs.push_back({"<stdin>", {}});
      continue;
    }
    const fs::path path(operand);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      unusable("cannot read " + operand + ": " + (ec ? ec.message() : os_error(ENOENT)));
    } else if (fs::is_directory(status)) {
      const auto files = selected_files(path, selection, ec);
      if (ec)
        unusable("cannot read directory " + operand + ": " + ec.message());
      else if (files.empty())
        unusable(selection.include.empty() && selection.exclude.empty()
                     ? "no .json files in directory " + operand
                     : "no file in directory " + operand + " is selected by --include/--exclude");
      for (const auto& file : files)
        add(file);
    } else {
      add(path);
    }
  }
  if (!usable) return std::nullopt;
  return inputs;
}

std::optional<std::string> read_input(const Input& input, std::string& text) {
  std::FILE* file = input.is_stdin() ? stdin : std::fopen(input.path.c_str(), "rb");
  if (!file) return "cannot read " + input.display + ": " + os_error(errno);
  std::error_code ec;
  if (const auto size = fs::file_size(input.path, ec); !ec) text.reserve(size);
  char buffer[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0)
    text.append(buffer, n);
  const int error = std::ferror(file) ? errno : 0;
  if (!input.is_stdin()) std::fclose(file);
  if (error != 0) return "cannot read " + input.display + ": " + os_error(error);
  return std::nullopt;
}

std::optional<std::string> write_file(const Input& input, std::string_view text) {
  return write_atomically(input.path, input.display, text);
}

std::vector<Line> ndjson_lines(std::string_view text) {
  std::vector<Line> lines;
  std::uint32_t number = 0;
  for (std::size_t start = 0; start < text.size();) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    std::string_view line = text.substr(start, end - start);
    ++number;
    if (line.ends_with('\r')) line.remove_suffix(1);
    // Blank in JSON's terms: a stray carriage return is white space too.
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) lines.push_back({number, line});
    start = end + 1;
  }
  return lines;
}

} // namespace storydata::cli
