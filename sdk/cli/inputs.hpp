// SPDX-License-Identifier: Apache-2.0
// Where stories come from: the paths on the command line, expanded, read and split.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::cli {

struct Input {
  std::string display{};        ///< as reports show it: normalized, valid UTF-8
  std::filesystem::path path{}; ///< empty for standard input
  bool is_stdin() const noexcept { return path.empty(); }
};

/// Which files below a directory operand are read (`--include`, `--exclude`): those matching an
/// include pattern (`*.json` when there is none) and no exclude pattern. Patterns are fnmatch(3)
/// globs: one without '/' matches a file's or folder's name at any depth (an excluded folder is
/// not entered), one with '/' the whole path as reports print it, `*` crossing '/', and one that
/// starts with '/' the absolute path (config.hpp anchors the file's globs so).
struct Selection {
  std::span<const std::string> include{};
  std::span<const std::string> exclude{};
};

/// Expands the operands, in their order: a file as given (whatever the selection), a directory
/// to the files below it that `selection` takes (sorted by path, hidden entries skipped), `-` to
/// standard input. A file reached twice
/// is kept once, so that fmt never writes one file from two threads. When an operand cannot be
/// used (a path that does not exist, a directory without stories), prints why for each as an
/// error of `command` and returns nothing.
std::optional<std::vector<Input>> collect_inputs(std::string_view command,
                                                 std::span<const std::string> operands,
                                                 Selection selection = {});

/// Reads a whole input into `text`; on failure returns why ("cannot read a.json: ...").
std::optional<std::string> read_input(const Input& input, std::string& text);

/// Replaces the content of a file input atomically (write_atomically: on failure the original is
/// untouched); on failure returns why.
std::optional<std::string> write_file(const Input& input, std::string_view text);

/// One story of an NDJSON stream.
struct Line {
  std::uint32_t number = 0; ///< from 1, counting every line of the stream
  std::string_view text{};  ///< without its line ending
};

/// The lines of an NDJSON stream that hold something other than whitespace.
std::vector<Line> ndjson_lines(std::string_view text);

} // namespace storydata::cli
