// SPDX-License-Identifier: Apache-2.0
// Name-based identifiers: SHA-1 (FIPS 180-4) and UUID version 5 (RFC 9562). Written here rather
// than taken from Boost.Uuid: its name_generator_sha1 reports over-long input through
// boost::throw_exception, which a library built without exceptions (as the core is, natively and
// in WebAssembly) cannot use without defining that function for every program that links it.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace storydata::convert {

/// The SHA-1 digest of `data`.
std::array<std::uint8_t, 20> sha1(std::string_view data);

/// The UUID (version 5, RFC 9562 variant) of `name` in the namespace `space` (a UUID in its
/// canonical text form, "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), in canonical lowercase form.
std::string uuid5(std::string_view space, std::string_view name);

} // namespace storydata::convert
