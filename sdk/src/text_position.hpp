// Byte offsets to the line:column people and editors use.
#pragma once

#include <cstdint>
#include <string_view>

namespace storydata {

struct TextPosition {
  std::uint32_t line = 0;   ///< from 1
  std::uint32_t column = 0; ///< from 1, in Unicode code points
};

/// The line and column of the byte at `offset` (clamped to the text). A leading UTF-8 byte order
/// mark takes no column.
TextPosition position_at(std::string_view text, std::size_t offset) noexcept;

} // namespace storydata
