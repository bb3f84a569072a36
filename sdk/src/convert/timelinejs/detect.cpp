// SPDX-License-Identifier: Apache-2.0
// Whether a document is a TimelineJS 3 timeline: its content, not its file name, says so.
#include "timelinejs.hpp"

namespace storydata::convert {

bool is_timelinejs(const Sniffed& sniffed) {
  const nlohmann::json* document = sniffed.object;
  if (!document) return false;
  // Keys that belong to a story, a STIX bundle or a ninjs item rule a timeline out.
  for (const char* other : {"storydata", "type", "uri", "objects"})
    if (document->contains(other)) return false;
  const auto events = document->find("events");
  const auto title = document->find("title");
  const bool slides = events != document->end() && events->is_array();
  const bool title_slide = title != document->end() && title->is_object();
  if (events != document->end() && !slides) return false;
  return slides || title_slide;
}

} // namespace storydata::convert
