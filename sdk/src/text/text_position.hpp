// SPDX-License-Identifier: Apache-2.0
// Byte offsets to the line:column people and editors use.
#pragma once

#include <cstdint>
#include <string_view>

namespace storydata {

struct TextPosition {
  std::uint32_t line = 0;   ///< from 1
  std::uint32_t column = 0; ///< from 1, in Unicode code points
};

/// Finds line:column of byte offsets (clamped to the text); a leading UTF-8 byte order mark takes
/// no column. Each lookup continues from the previous one, so offsets asked for in increasing
/// order cost one pass over the text in all (an earlier offset restarts from the beginning).
class TextPositions {
public:
  explicit TextPositions(std::string_view text) noexcept;
  TextPosition at(std::size_t offset) noexcept;

private:
  std::string_view text_;
  std::size_t offset_ = 0;
  TextPosition position_{1, 1};
};

} // namespace storydata
