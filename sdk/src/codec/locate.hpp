// SPDX-License-Identifier: Apache-2.0
// Positions for diagnostics found after decoding, when only their JSON Pointer is known.
#pragma once

#include <storydata/diagnostic.hpp>
#include <string_view>
#include <vector>

namespace storydata::codec {

/// Fills in line and column of every diagnostic that has none, from its JSON Pointer, with one
/// streaming pass over the source text. A pointer to something absent (a missing field) is
/// placed at its nearest existing ancestor.
void locate(std::string_view text, std::vector<Diagnostic>& diagnostics);

} // namespace storydata::codec
