// SPDX-License-Identifier: Apache-2.0
// The actor network as GraphML and GEXF 1.3: the exporters that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ExportResult export_graphml(const Story& story);
ExportResult export_gexf(const Story& story);

} // namespace storydata::convert
