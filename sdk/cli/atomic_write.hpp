// SPDX-License-Identifier: Apache-2.0
// Replacing a user's file so that it is never lost: the new content goes to a temporary file
// beside it, which is renamed over the original only once it is complete and on disk.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace storydata::cli {

/// Writes `text` to `path` (shown as `display` in messages) atomically: into a hidden temporary
/// file in the same directory, flushed and fsynced, with the original's permission bits (and,
/// where allowed, its owner), renamed over the target, then the directory fsynced. A symbolic
/// link is written through, so it stays a link; a file with several hard links gets a new inode,
/// the price of renaming (the other names keep the old text). On any failure the original is
/// untouched, the temporary file is removed, and the reason is returned ("cannot write a.json: No
/// space left on device").
std::optional<std::string> write_atomically(const std::filesystem::path& path,
                                            std::string_view display, std::string_view text);

} // namespace storydata::cli
