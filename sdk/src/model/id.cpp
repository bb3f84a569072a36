#include <storydata/id.hpp>

namespace storydata {

bool is_valid_id(std::string_view text) noexcept {
  const auto alnum = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  };
  if (text.empty() || text.size() > 128 || !alnum(text.front())) return false;
  for (char c : text)
    if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') return false;
  return true;
}

} // namespace storydata
