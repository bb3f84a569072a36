// SPDX-License-Identifier: Apache-2.0
// libFuzzer target: any bytes through validate(), and for every story that decodes cleanly, the
// canonical encoding must decode to an equal story and re-encode to the same bytes. The same
// bytes read as STIX give a story or an error, and a valid story exports to a readable bundle.
#include <cstdint>
#include <cstdlib>
#include <storydata/storydata.hpp>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto result = storydata::validate(text, storydata::DecodeOptions{.max_diagnostics = 50});
  for (const auto& d : result.diagnostics)
    if (d.code.empty() || d.message.empty()) std::abort();
  (void)storydata::import_story(text, storydata::Format::stix);
  if (result.ok()) {
    const auto stix = storydata::export_story(result.story, storydata::Format::stix);
    if (!stix.ok() || !storydata::import_story(stix.text, storydata::Format::stix).ok())
      std::abort();
  }
  if (!storydata::decode(text).ok()) return 0;
  const std::string once = storydata::encode(result.story);
  const auto again = storydata::decode(once);
  if (!again.ok() || !(again.story == result.story) || storydata::encode(again.story) != once)
    std::abort();
  return 0;
}
