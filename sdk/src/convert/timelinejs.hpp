// TimelineJS 3 JSON: a title slide and one slide per dated event. Declared apart from
// converters.hpp so that the registry row is the only place the format touches shared files.
#pragma once

#include <storydata/convert.hpp>
#include <string_view>

namespace storydata::convert {

ExportResult export_timelinejs(const Story& story);
ImportResult import_timelinejs(std::string_view text);
/// A JSON object with an "events" array or a "title" slide, and no key of the story, STIX or
/// ninjs formats.
bool is_timelinejs(std::string_view text);

} // namespace storydata::convert
