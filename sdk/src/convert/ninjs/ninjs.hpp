// SPDX-License-Identifier: Apache-2.0
// IPTC ninjs 2.2 and 3.1: the converters and detectors that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ExportResult export_ninjs2(const Story& story);
ExportResult export_ninjs3(const Story& story);
ImportResult import_ninjs2(std::string_view text);
ImportResult import_ninjs3(std::string_view text);
bool is_ninjs2(const Sniffed& document);
bool is_ninjs3(const Sniffed& document);

} // namespace storydata::convert
