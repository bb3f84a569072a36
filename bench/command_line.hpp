// SPDX-License-Identifier: Apache-2.0
// The option handling the bench commands share.
#pragma once

#include "corpus.hpp"

#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <iostream>
#include <optional>
#include <string_view>

/// `--help` anywhere prints the usage and exits 0; options that `parse` rejects print it and
/// exit 2. Otherwise returns the parsed options.
template <class Parse>
auto parse_command_line(int argc, char** argv, const char* usage, Parse parse) {
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "-h" || std::string_view(argv[i]) == "--help") {
      std::cout << usage;
      std::exit(0);
    }
  }
  auto options = parse(argc, argv);
  if (!options) {
    std::cerr << usage;
    std::exit(2);
  }
  return *options;
}

/// A whole decimal number, or nullopt for anything else ("12x", "-1", "").
inline std::optional<std::uint64_t> number(std::string_view text) {
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

/// Walks the arguments: `flag(name)` may take an option without a value ("--check") and says so;
/// every other "--NAME VALUE" goes to `option(name, value)`, which says whether it took it, and
/// anything else to `file(path)`. False as soon as an option is refused or lacks its value.
template <class Flag, class Option, class File>
bool each_argument(int argc, char** argv, Flag flag, Option option, File file) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (!arg.starts_with("--")) {
      if (!file(arg)) return false;
    } else if (!flag(arg) && (i + 1 >= argc || !option(arg, std::string_view(argv[++i])))) {
      return false;
    }
  }
  return true;
}

/// Sets --seed, --stories or --events of a corpus; false for another option or a value that is
/// not a whole number.
inline bool corpus_option(storydata_bench::CorpusSpec& spec, std::string_view name,
                          std::string_view value) {
  const auto n = number(value);
  if (!n) return false;
  if (name == "--seed")
    spec.seed = *n;
  else if (name == "--stories")
    spec.stories = *n;
  else if (name == "--events")
    spec.events = *n;
  else
    return false;
  return true;
}
