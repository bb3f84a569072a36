// SPDX-License-Identifier: Apache-2.0
#include <charconv>
#include <storydata/story.hpp>

namespace storydata {

std::optional<SchemaVersion> SchemaVersion::parse(std::string_view text) noexcept {
  // Mirrors schema_pattern: "1." then a minor version without leading zeros.
  if (!text.starts_with("1.") || text.size() < 3 || text.size() > 11) return std::nullopt;
  const std::string_view minor = text.substr(2);
  if (minor.size() > 1 && minor.front() == '0') return std::nullopt;
  SchemaVersion version;
  const auto [end, error] =
      std::from_chars(minor.data(), minor.data() + minor.size(), version.minor);
  if (error != std::errc{} || end != minor.data() + minor.size()) return std::nullopt;
  return version;
}

std::string SchemaVersion::to_string() const {
  return std::to_string(major) + "." + std::to_string(minor);
}

} // namespace storydata
