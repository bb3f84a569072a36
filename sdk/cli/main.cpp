// SPDX-License-Identifier: Apache-2.0
// The `storydata` command: finds the subcommand, parses its options, prints help and versions,
// and runs it. Each subcommand lives in its own file.
#include "command.hpp"
#include "config.hpp"

#include <algorithm>
#include <array>
#include <csignal>
#include <iostream>
#include <storydata/storydata.hpp>
#include <string>
#include <vector>

namespace {

using namespace storydata::cli;

constexpr std::array commands{&validate_command, &fmt_command,    &info_command, &query_command,
                              &convert_command,  &schema_command, &rules_command};

void print_tool_help(std::ostream& out) {
  out << "usage: storydata <command> [options]\n\ncommands:\n";
  for (const Command* command : commands)
    out << "  " << command->name << std::string(10 - command->name.size(), ' ') << command->summary
        << "\n";
  out << "\noptions:\n"
         "  -h, --help   show this help; `storydata COMMAND --help` shows a command's options\n"
         "  --version    show the SDK and schema versions\n";
}

void print_version() {
  std::cout << "storydata " << storydata::sdk_version << " (schema " << storydata::schema_version
            << ")\n";
}

int usage_error(const Command& command, std::string_view error) {
  print_error(command.name, error);
  std::cerr << "usage: " << command.usage << "\nRun 'storydata " << command.name
            << " --help' for more.\n";
  return exit_usage;
}

int run(const Command& command, std::span<const std::string> args) {
  auto [options, error] = parse_options(args, command.flags);
  if (!error.empty()) return usage_error(command, error);
  if (options.help) {
    std::cout << "usage: " << command.usage << "\n\n" << command.help;
    return exit_ok;
  }
  if (options.version) {
    print_version();
    return exit_ok;
  }
  if (std::find(command.flags.begin(), command.flags.end(), Flag::config) != command.flags.end()) {
    auto configured = configured_options(command, commands, args);
    if (!configured.error.empty()) { // the arguments parsed: the file is at fault
      print_error(command.name, configured.error);
      return exit_usage;
    }
    options = std::move(configured.options);
  }
  const std::size_t operands = options.paths.size();
  if (operands < command.min_operands)
    return usage_error(command, command.min_operands == 1 && command.max_operands == 1
                                    ? "give one file"
                                    : "give at least one path");
  if (operands > command.max_operands)
    return usage_error(command,
                       command.max_operands == 0 ? "takes no operands" : "give only one file");
  return command.run(options);
}

} // namespace

int main(int argc, char** argv) {
  // Past a file-size limit (ulimit -f) a write fails with EFBIG, reported like any other
  // failed write, rather than the signal killing the command half-way.
  std::signal(SIGXFSZ, SIG_IGN);
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    print_tool_help(std::cerr);
    return exit_usage;
  }
  const std::string& first = args[0];
  if (first == "-h" || first == "--help") {
    print_tool_help(std::cout);
    return exit_ok;
  }
  if (first == "--version") {
    print_version();
    return exit_ok;
  }
  std::vector<std::string_view> names{"--help", "--version"};
  for (const Command* command : commands) {
    if (command->name == first) return run(*command, std::span(args).subspan(1));
    names.push_back(command->name);
  }
  std::cerr << "storydata: unknown " << (first.starts_with('-') ? "option" : "command") << " '"
            << first << "'" << suggestion(first, names)
            << "\nusage: storydata <command> [options]\nRun 'storydata --help' for the "
            << "commands.\n";
  return exit_usage;
}
