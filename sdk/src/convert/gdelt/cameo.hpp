// SPDX-License-Identifier: Apache-2.0
// CAMEO event codes (the Conflict and Mediation Event Observations codebook that GDELT uses) as
// storydata event kinds. docs/convert.md lists the table.
#pragma once

#include <storydata/event.hpp>
#include <string_view>

namespace storydata::convert {

struct CameoKind {
  EventKind kind = EventKind::other;
  bool exact = false;           ///< false: the nearest kind (reported as SD312)
  std::string_view description; ///< the CAMEO name of the matched code ("Attack cybernetically")
};

/// The kind of the most specific listed code that `code` starts with ("1123" matches "112"):
/// the 20 root codes are all listed, so every well-formed code has a description.
CameoKind cameo_kind(std::string_view code);

} // namespace storydata::convert
