// SPDX-License-Identifier: Apache-2.0
// JSON documents read by importers: parsed without exceptions, with limits on size and nesting,
// and a located error when the text is not JSON at all.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <storydata/diagnostic.hpp>
#include <string_view>
#include <vector>

namespace storydata::convert {

/// The document, or nullopt after adding an SD313 error (with line:column for a syntax error)
/// naming `format` to `diagnostics`. Deeper or larger than a story may be (DecodeOptions) is
/// refused.
std::optional<nlohmann::json> parse_json_input(std::string_view text, std::string_view format,
                                               std::vector<Diagnostic>& diagnostics);

/// The same, for cheap format detection: nullopt for anything that is not a JSON object.
std::optional<nlohmann::json> parse_json_object(std::string_view text);

} // namespace storydata::convert
