// SPDX-License-Identifier: Apache-2.0
// Tables from a storydata kind to the nearest type of another format. When several kinds map to
// the same type, an export can hold the kind only approximately, and says so.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace storydata::convert {

template <class Kind, std::size_t N>
using KindTable = std::array<std::pair<Kind, std::string_view>, N>;

struct MappedKind {
  std::string_view type{};
  bool shared = false; ///< other kinds map to the same type
};

template <class Kind, std::size_t N>
constexpr MappedKind map_kind(const KindTable<Kind, N>& table, Kind kind,
                              std::string_view fallback) {
  MappedKind out{fallback, false};
  for (const auto& [k, type] : table)
    if (k == kind) out.type = type;
  std::size_t sharing = 0;
  for (const auto& entry : table)
    sharing += entry.second == out.type;
  out.shared = sharing > 1;
  return out;
}

} // namespace storydata::convert
