// SPDX-License-Identifier: Apache-2.0
#include "model/json_number.hpp"
#include "model/reflect.hpp"

#include <nlohmann/json.hpp>
#include <storydata/codec.hpp>

namespace storydata {
namespace {

using ordered = nlohmann::ordered_json;

/// True for values that canonical output leaves out: they decode back to the same default.
template <class T> bool is_default(const T& value) {
  if constexpr (reflect::Optional<T>)
    return !value.has_value();
  else if constexpr (reflect::Vector<T> || reflect::StringMap<T>)
    return value.empty();
  else if constexpr (std::is_same_v<T, bool>)
    return !value;
  else
    return false;
}

template <class T> ordered to_json(const T& value) {
  if constexpr (std::is_same_v<T, std::string> || std::is_same_v<T, bool> || reflect::Integer<T>) {
    return value;
  } else if constexpr (reflect::Real<T>) {
    return json_number(value);
  } else if constexpr (reflect::Enum<T>) {
    return reflect::enum_name(value);
  } else if constexpr (reflect::StringLeaf<T>) {
    return value.to_string();
  } else if constexpr (reflect::Optional<T>) {
    return to_json(*value);
  } else if constexpr (reflect::Vector<T>) {
    ordered out = ordered::array();
    for (const auto& item : value)
      out.push_back(to_json(item));
    return out;
  } else if constexpr (reflect::StringMap<T>) {
    ordered out = ordered::object();
    for (const auto& [key, item] : value)
      out[key] = item;
    return out;
  } else {
    static_assert(reflect::Struct<T>, "no JSON mapping for this type");
    ordered out = ordered::object();
    const Extensions* extensions = nullptr;
    reflect::for_each_member<T>([&](auto d) {
      const auto& member = value.*d.pointer;
      if constexpr (reflect::ExtensionFields<std::decay_t<decltype(member)>>)
        extensions = &member;
      else if (!is_default(member))
        out[reflect::member_key<decltype(d)>] = to_json(member);
    });
    // Extension values are JSON text, from the decoder or from the caller (check() reports
    // text that is not JSON; it is kept as a string rather than lost). Keys inside are sorted,
    // as the decoder sorts them, so that output stays canonical whoever wrote the text.
    if (extensions) {
      for (const auto& [key, text] : extensions->values) {
        const auto parsed = nlohmann::json::parse(text, nullptr, false);
        out[key] = parsed.is_discarded() ? ordered(text) : ordered::parse(parsed.dump());
      }
    }
    return out;
  }
}

} // namespace

std::string encode(const Story& story) {
  return to_json(story).dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
}

} // namespace storydata
