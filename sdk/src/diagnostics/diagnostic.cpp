#include "model/reflect.hpp"

#include <storydata/diagnostic.hpp>

namespace storydata {

std::string_view to_string(Severity severity) noexcept {
  return reflect::enum_name(severity);
}

} // namespace storydata
