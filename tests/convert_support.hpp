// SPDX-License-Identifier: Apache-2.0
// Helpers shared by the converter tests (test_convert_*.cpp).
#pragma once

#include "support.hpp"

#include <string>

namespace test {

/// "CODE pointer" of each diagnostic, one per line: the shape of a loss report, for comparing
/// with the expected report in tests/fixtures/convert/.
std::string loss_report(const std::vector<storydata::Diagnostic>& diagnostics);

/// Exports the example story to `format` twice and checks that the output is deterministic, that
/// it reports only losses (SD301, SD302 warnings), and that the report is the golden file
/// tests/fixtures/convert/`golden`; returns the export.
storydata::ExportResult check_lossy_export(storydata::Format format, const std::string& golden);

/// Checks that importing each of `texts` as `format` is refused with exactly one diagnostic, an
/// SD313 error.
void check_refused(storydata::Format format, const std::vector<std::string>& texts);

/// Errors (and warnings, unless `errors_only`) of validating `story`, as test::summary lines.
std::string validation_problems(const storydata::Story& story, bool errors_only = true);

} // namespace test
