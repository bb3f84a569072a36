// SPDX-License-Identifier: Apache-2.0
#include "command.hpp"

#include <iostream>

void storydata::cli::print_error(std::string_view command, std::string_view message) {
  std::cerr << "storydata " << command << ": " << message << "\n";
}
