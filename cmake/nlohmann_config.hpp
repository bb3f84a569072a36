// SPDX-License-Identifier: Apache-2.0
// How storydata uses nlohmann/json, forced into every file that includes it (dependencies.cmake):
// without exceptions (the core never throws), and so in an inline namespace of its own. nlohmann's
// ABI tag does not say whether exceptions are on, so without this an application that also uses
// nlohmann, with exceptions, would link its json and storydata's under the same names, and either
// copy could win for both.
#pragma once

#define JSON_NOEXCEPTION 1
#define NLOHMANN_JSON_NAMESPACE nlohmann::json_storydata_noexcept
#define NLOHMANN_JSON_NAMESPACE_BEGIN                                                              \
  namespace nlohmann {                                                                             \
  inline namespace json_storydata_noexcept {
#define NLOHMANN_JSON_NAMESPACE_END                                                                \
  }                                                                                                \
  }
