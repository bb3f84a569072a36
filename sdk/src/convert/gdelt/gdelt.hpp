// SPDX-License-Identifier: Apache-2.0
// GDELT 2.0 event rows: the importer and detector that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ImportResult import_gdelt(std::string_view text);
bool is_gdelt(const Sniffed& document);

} // namespace storydata::convert
