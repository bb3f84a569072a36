// SPDX-License-Identifier: Apache-2.0
// Plain data of described types as JSON, field by field in declaration order: the records that
// queries return and the diagnostics of the CLI's JSON report. (Stories have their own encoder,
// codec/encode.cpp, which leaves defaults out and keeps extension fields.)
#pragma once

#include "model/json_number.hpp"
#include "model/reflect.hpp"

#include <nlohmann/json.hpp>

namespace storydata::reflect {

/// `v` as JSON: null for an absent optional, enums by name, lists as arrays, described structs
/// as objects.
template <class T> nlohmann::ordered_json plain_json(const T& v) {
  using json = nlohmann::ordered_json;
  if constexpr (Optional<T>)
    return v ? plain_json(*v) : json(nullptr);
  else if constexpr (Enum<T>)
    return std::string(enum_name(v));
  else if constexpr (Real<T>)
    return json_number(v);
  else if constexpr (Vector<T>) {
    json out = json::array();
    for (const auto& item : v)
      out.push_back(plain_json(item));
    return out;
  } else if constexpr (Struct<T>) {
    json out = json::object();
    for_each_member<T>([&](auto d) { out[member_key<decltype(d)>] = plain_json(v.*d.pointer); });
    return out;
  } else
    return v;
}

} // namespace storydata::reflect
