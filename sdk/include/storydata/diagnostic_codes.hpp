// SPDX-License-Identifier: Apache-2.0
// The structural diagnostic codes (SD0xx), as data: for tools that list every code a document
// can get, such as the rules of a SARIF report. docs/diagnostics.md describes the same codes.
#pragma once

#include <span>
#include <storydata/validate.hpp>

namespace storydata {

/// Every code the decoder reports, in code order, in the shape of the semantic rules: `name` is
/// kebab-case, `rationale` says what the code means (the "meaning" column of
/// docs/diagnostics.md) and `example` what triggers it (empty when nothing short does).
std::span<const RuleInfo> structural_codes() noexcept;

} // namespace storydata
