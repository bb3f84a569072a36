// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: the command line's own parsers. The input is split at NUL bytes into
// arguments for the option parser (every option accepted), and read whole as an NDJSON stream:
// lines numbered in order, each one inside the input and holding more than white space.
#include "../../sdk/cli/args.hpp"
#include "../../sdk/cli/inputs.hpp"

#include <array>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace storydata::cli;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  std::vector<std::string> args;
  for (std::size_t start = 0; start <= text.size();) {
    const auto end = std::min(text.find('\0', start), text.size());
    args.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  constexpr std::array every_flag{
      Flag::format,    Flag::query_format, Flag::strict,      Flag::ndjson, Flag::max_diagnostics,
      Flag::max_bytes, Flag::quiet,        Flag::jobs,        Flag::check,  Flag::from,
      Flag::to,        Flag::output,       Flag::list_formats};
  const Parsed parsed = parse_options(args, every_flag);
  if (parsed.error.empty() &&
      (parsed.options.jobs == 0 || parsed.options.limits.max_diagnostics == 0 ||
       parsed.options.paths.size() > args.size()))
    std::abort();

  std::uint32_t previous = 0;
  for (const Line& line : ndjson_lines(text)) {
    if (line.number <= previous || line.text.data() < text.data() ||
        line.text.data() + line.text.size() > text.data() + text.size() ||
        line.text.find_first_not_of(" \t\r") == std::string_view::npos)
      std::abort();
    previous = line.number;
  }
  return 0;
}
