// SPDX-License-Identifier: Apache-2.0
// Fields a producer adds beyond the schema, kept through every round trip.
#pragma once

#include <map>
#include <string>

namespace storydata {

/// The `x-` prefixed fields of an object ("x-cms-id": 42), each mapped to its value as compact
/// JSON text. Decoding keeps them and encoding writes them back, after the described fields.
struct Extensions {
  std::map<std::string, std::string, std::less<>> values{};

  bool empty() const noexcept { return values.empty(); }
  bool operator==(const Extensions&) const = default;
};

} // namespace storydata
