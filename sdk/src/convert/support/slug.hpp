// Ids for imported objects, made from their names or titles.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storydata::convert {

/// A readable id from free text: ASCII letters lower-cased and digits kept, every other run of
/// characters one '-', none at either end, at most `max_length` bytes: "Ugly Gorilla" gives
/// "ugly-gorilla". Empty when the text has no ASCII letter or digit.
std::string slug(std::string_view text, std::size_t max_length = 64);

} // namespace storydata::convert
