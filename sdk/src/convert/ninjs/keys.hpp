// SPDX-License-Identifier: Apache-2.0
// The two generations of IPTC ninjs name the same properties differently: 2.x in lower case
// ("versioncreated", "contenttype"), 3.x in camel case ("versionCreated", "contentType").
#pragma once

#include <string>
#include <string_view>

namespace storydata::convert {

enum class NinjsVersion { v2, v3 };

/// The property as the version spells it; `lower` is the 2.x (lower-case) name.
std::string ninjs_key(NinjsVersion version, std::string_view lower);

/// The 2.x name of a property of either version ("versionCreated" gives "versioncreated", and
/// 3.x's "embargoedUntil" gives 2.x's "embargoed").
std::string ninjs_lower_key(std::string_view key);

} // namespace storydata::convert
