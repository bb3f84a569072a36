// SPDX-License-Identifier: Apache-2.0
#include "model/reflect.hpp"

#include <algorithm>
#include <storydata/diagnostic.hpp>

namespace storydata {

std::string_view to_string(Severity severity) noexcept {
  return reflect::enum_name(severity);
}

bool has_errors(std::span<const Diagnostic> diagnostics) noexcept {
  return std::any_of(diagnostics.begin(), diagnostics.end(),
                     [](const Diagnostic& d) { return d.severity == Severity::error; });
}

} // namespace storydata
