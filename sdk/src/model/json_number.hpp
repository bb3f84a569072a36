// SPDX-License-Identifier: Apache-2.0
// A double as a JSON number, written as JSON.stringify writes it: a whole number without a
// fraction ("381", not "381.0"), so stories and query rows read the same whatever wrote them.
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

namespace storydata {

inline nlohmann::ordered_json json_number(double value) {
  constexpr double exact = 9007199254740992.0; // 2^53: every whole double up to it is an integer
  if (std::trunc(value) == value && std::fabs(value) <= exact)
    return static_cast<std::int64_t>(value);
  return value;
}

} // namespace storydata
