// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the test files.
#pragma once

#include <storydata/storydata.hpp>
#include <string>

namespace test {

/// Contents of a file below the repository root ("schema/examples/...").
std::string read_file(const std::string& relative_path);

/// The example story's path below the repository root.
inline const std::string example_story = "schema/examples/south-korea-cyber-spying.story.json";

/// The example story, decoded once (test_example_story.cpp checks that it decodes cleanly).
const storydata::Story& example();

/// The smallest valid story document, with `extra` spliced into the root object.
std::string minimal_story(const std::string& extra = "");

/// "CODE /pointer line:column message" for each diagnostic, one per line, for exact comparisons.
std::string summary(const std::vector<storydata::Diagnostic>& diagnostics);

/// Checks `actual` against the golden file at `relative_path`; with STORYDATA_UPDATE_GOLDEN set,
/// rewrites the file first (after a deliberate change: then review the diff).
void check_golden(const std::string& actual, const std::string& relative_path);

} // namespace test
