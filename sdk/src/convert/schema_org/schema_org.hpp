// SPDX-License-Identifier: Apache-2.0
// schema.org JSON-LD (a NewsArticle graph): the exporter that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ExportResult export_schema_org(const Story& story);

} // namespace storydata::convert
