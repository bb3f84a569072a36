// SPDX-License-Identifier: Apache-2.0
// TimelineJS 3 JSON, a title slide and one slide per dated event: the converters and the
// detector that registry.cpp lists.
#pragma once

#include "convert/converters.hpp"

namespace storydata::convert {

ExportResult export_timelinejs(const Story& story);
ImportResult import_timelinejs(std::string_view text);
/// A JSON object with an "events" array or a "title" slide, and no key of the story, STIX or
/// ninjs formats.
bool is_timelinejs(const Sniffed& document);

} // namespace storydata::convert
