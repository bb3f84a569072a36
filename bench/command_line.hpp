// The option handling both bench commands share.
#pragma once

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
