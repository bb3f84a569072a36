// SPDX-License-Identifier: Apache-2.0
// SD202 invalid-value: what a story built in code can hold but a document cannot.
#include "model/reflect.hpp"
#include "rule.hpp"
#include "walk.hpp"

#include <nlohmann/json.hpp>

namespace storydata::validation {

void invalid_values(const Context& c, const Reporter& report) {
  walk(c.story,
       overloaded{[](const auto&, const Path&) {},
                  [&]<reflect::StringLeaf T>(const T& value, const Path& at) {
                    if (!T::parse(value.to_string()))
                      report(at.str(), "invalid value " + quote(value.to_string()) + ": expected " +
                                           std::string(T::expected));
                  },
                  [&]<reflect::Enum E>(const E& value, const Path& at) {
                    if (reflect::enum_name(value).empty())
                      report(at.str(), "not a value of the enumeration: " +
                                           std::to_string(static_cast<long long>(value)));
                  },
                  [&](const Extensions& extensions, const Path& at) {
                    for (const auto& [key, text] : extensions.values) {
                      if (!key.starts_with("x-"))
                        report(at.str(),
                               "extension field " + quote(key) + " does not start with \"x-\"",
                               "fields of your own must start with \"x-\"");
                      else if (nlohmann::json::parse(text, nullptr, false).is_discarded())
                        report(pointer_to(at.str(), key),
                               "extension field " + quote(key) + " is not JSON text",
                               "store values as JSON text: a string is \"\\\"text\\\"\"");
                    }
                  }});
}

} // namespace storydata::validation
