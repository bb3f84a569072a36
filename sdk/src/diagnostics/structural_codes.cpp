// SPDX-License-Identifier: Apache-2.0
#include "codes.hpp"

#include <storydata/diagnostic_codes.hpp>

namespace storydata {

std::span<const RuleInfo> structural_codes() noexcept {
  return code::structural();
}

} // namespace storydata
