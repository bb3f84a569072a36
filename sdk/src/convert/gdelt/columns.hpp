// SPDX-License-Identifier: Apache-2.0
// The 61 tab-separated columns of a GDELT 2.0 Events table row ("export" files), in order, as
// the GDELT 2.0 Event Database codebook names them.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace storydata::convert::gdelt {

inline constexpr std::array<std::string_view, 61> columns{"GLOBALEVENTID",
                                                          "SQLDATE",
                                                          "MonthYear",
                                                          "Year",
                                                          "FractionDate",
                                                          "Actor1Code",
                                                          "Actor1Name",
                                                          "Actor1CountryCode",
                                                          "Actor1KnownGroupCode",
                                                          "Actor1EthnicCode",
                                                          "Actor1Religion1Code",
                                                          "Actor1Religion2Code",
                                                          "Actor1Type1Code",
                                                          "Actor1Type2Code",
                                                          "Actor1Type3Code",
                                                          "Actor2Code",
                                                          "Actor2Name",
                                                          "Actor2CountryCode",
                                                          "Actor2KnownGroupCode",
                                                          "Actor2EthnicCode",
                                                          "Actor2Religion1Code",
                                                          "Actor2Religion2Code",
                                                          "Actor2Type1Code",
                                                          "Actor2Type2Code",
                                                          "Actor2Type3Code",
                                                          "IsRootEvent",
                                                          "EventCode",
                                                          "EventBaseCode",
                                                          "EventRootCode",
                                                          "QuadClass",
                                                          "GoldsteinScale",
                                                          "NumMentions",
                                                          "NumSources",
                                                          "NumArticles",
                                                          "AvgTone",
                                                          "Actor1Geo_Type",
                                                          "Actor1Geo_FullName",
                                                          "Actor1Geo_CountryCode",
                                                          "Actor1Geo_ADM1Code",
                                                          "Actor1Geo_ADM2Code",
                                                          "Actor1Geo_Lat",
                                                          "Actor1Geo_Long",
                                                          "Actor1Geo_FeatureID",
                                                          "Actor2Geo_Type",
                                                          "Actor2Geo_FullName",
                                                          "Actor2Geo_CountryCode",
                                                          "Actor2Geo_ADM1Code",
                                                          "Actor2Geo_ADM2Code",
                                                          "Actor2Geo_Lat",
                                                          "Actor2Geo_Long",
                                                          "Actor2Geo_FeatureID",
                                                          "ActionGeo_Type",
                                                          "ActionGeo_FullName",
                                                          "ActionGeo_CountryCode",
                                                          "ActionGeo_ADM1Code",
                                                          "ActionGeo_ADM2Code",
                                                          "ActionGeo_Lat",
                                                          "ActionGeo_Long",
                                                          "ActionGeo_FeatureID",
                                                          "DATEADDED",
                                                          "SOURCEURL"};

// Never defined: reaching it in a constant evaluation is a compile error.
std::size_t not_a_gdelt_column();

/// The position of a column by name; a name not in the list does not compile.
consteval std::size_t column(std::string_view name) {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == name) return i;
  return not_a_gdelt_column();
}

} // namespace storydata::convert::gdelt
