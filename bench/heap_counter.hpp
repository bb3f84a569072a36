// SPDX-License-Identifier: Apache-2.0
// How many bytes the heap holds for this program right now, as counted by the replacement
// global operator new and delete in heap_counter.cpp (linked only into the benchmarks that
// measure memory).
#pragma once

#include <cstddef>

namespace storydata_bench {

/// Bytes currently allocated through operator new: the usable size malloc gave each block
/// (`malloc_usable_size`, so the allocator's rounding counts, its per-block header does not).
std::size_t heap_live_bytes() noexcept;

} // namespace storydata_bench
