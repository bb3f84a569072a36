// SPDX-License-Identifier: Apache-2.0
// Property names of ninjs 2.x and 3.x.
#include "keys.hpp"

#include <array>
#include <utility>

namespace storydata::convert {
namespace {

// The 3.x spellings of multi-word properties; single words are spelt alike.
constexpr std::array<std::pair<std::string_view, std::string_view>, 27> camel_case{{
    {"representationtype", "representationType"},
    {"firstcreated", "firstCreated"},
    {"versioncreated", "versionCreated"},
    {"contentcreated", "contentCreated"},
    {"embargoed", "embargoedUntil"},
    {"pubstatus", "pubStatus"},
    {"copyrightholder", "copyrightHolder"},
    {"copyrightnotice", "copyrightNotice"},
    {"usageterms", "usageTerms"},
    {"ednote", "edNote"},
    {"infosources", "infoSources"},
    {"altids", "altIds"},
    {"trustindicators", "trustIndicators"},
    {"rightsinfo", "rightsInfo"},
    {"digitalsourcetype", "digitalSourceType"},
    {"contenttype", "contentType"},
    {"charcount", "charCount"},
    {"wordcount", "wordCount"},
    {"contactinfo", "contactInfo"},
    {"geojson", "geoJSON"},
    {"sizeinbytes", "sizeInBytes"},
    {"videocodec", "videoCodec"},
    {"poipriority", "poiPriority"},
    {"eventdetails", "eventDetails"},
    {"plannedcoverage", "plannedCoverage"},
    {"symboltype", "symbolType"},
    {"langid", "langId"},
}};

} // namespace

std::string ninjs_key(NinjsVersion version, std::string_view lower) {
  if (version == NinjsVersion::v3)
    for (const auto& [two, three] : camel_case)
      if (two == lower) return std::string(three);
  return std::string(lower);
}

std::string ninjs_lower_key(std::string_view key) {
  for (const auto& [two, three] : camel_case)
    if (three == key) return std::string(two);
  return std::string(key);
}

} // namespace storydata::convert
