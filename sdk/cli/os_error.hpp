// SPDX-License-Identifier: Apache-2.0
// The words for an operating system's error number (errno), for messages about files.
#pragma once

#include <string>
#include <system_error>

namespace storydata::cli {

inline std::string os_error(int error) {
  return std::generic_category().message(error);
}

} // namespace storydata::cli
