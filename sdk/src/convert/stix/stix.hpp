// SPDX-License-Identifier: Apache-2.0
// STIX 2.1 bundles: the converter pair and the detector that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ExportResult export_stix(const Story& story);
ImportResult import_stix(std::string_view text);
/// A JSON object with "type": "bundle" (a STIX bundle, of any version the importer then checks).
bool is_stix_bundle(const Sniffed& document);

} // namespace storydata::convert
