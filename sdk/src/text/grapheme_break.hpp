// SPDX-License-Identifier: Apache-2.0
// The Unicode data behind extended grapheme clusters (UAX #29), generated: grapheme_break.cpp.
#pragma once

#include <cstdint>

namespace storydata::grapheme {

/// Grapheme_Cluster_Break property values.
enum class Break : std::uint8_t {
  other,
  cr,
  lf,
  control,
  extend,
  zwj,
  regional_indicator,
  prepend,
  spacingmark,
  l,
  v,
  t,
  lv,
  lvt
};

Break break_property(char32_t c) noexcept;
bool is_extended_pictographic(char32_t c) noexcept;

} // namespace storydata::grapheme
