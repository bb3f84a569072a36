// SPDX-License-Identifier: Apache-2.0
// HTML5's character references (the tables are generated: html_entities.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace storydata::convert {

/// The longest name in the table, ';' included ("CounterClockwiseContourIntegral;").
inline constexpr std::size_t longest_reference_name = 32;

/// What the reference `name` stands for, as UTF-8: `name` is written with its ';' ("eacute;"),
/// or without it for the legacy names HTML5 also accepts so ("eacute"). Nullopt for any other.
std::optional<std::string_view> named_character_reference(std::string_view name) noexcept;

/// The character a numeric reference (&#NNN; or &#xHHHH;) of `value` stands for, as HTML5 says:
/// U+FFFD for zero, surrogates and values past U+10FFFF, the windows-1252 character for 0x80 to
/// 0x9F (&#128; is the euro sign), else the code point itself.
char32_t numeric_character_reference(std::uint32_t value) noexcept;

} // namespace storydata::convert
