// SPDX-License-Identifier: Apache-2.0
// Work on many inputs at once and hand the results back in input order, so that output is the
// same whatever the number of jobs.
#pragma once

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <optional>
#include <thread>
#include <type_traits>
#include <vector>

namespace storydata::cli {

/// Calls `produce(i)` for every i in [0, count) on up to `jobs` threads, and `consume(i, result)`
/// on the calling thread in order of i, as soon as result i is ready: output streams while later
/// inputs are still being worked on.
template <class Produce, class Consume>
void for_each_ordered(std::size_t count, unsigned jobs, Produce produce, Consume consume) {
  using Result = std::invoke_result_t<Produce&, std::size_t>;
#if defined(__EMSCRIPTEN__) && !defined(__EMSCRIPTEN_PTHREADS__)
  jobs = 1; // a WebAssembly build without threads (`npx storydata`) cannot start any
#endif
  if (jobs <= 1 || count <= 1) {
    for (std::size_t i = 0; i < count; ++i)
      consume(i, produce(i));
    return;
  }
  std::vector<std::optional<Result>> ready(count);
  std::mutex mutex;
  std::condition_variable done;
  std::atomic<std::size_t> next{0};
  std::vector<std::thread> workers; // not jthread: Emscripten's libc++ has none
  for (std::size_t w = 0; w < std::min<std::size_t>(jobs, count); ++w)
    workers.emplace_back([&] {
      for (std::size_t i; (i = next.fetch_add(1)) < count;) {
        Result result = produce(i);
        {
          const std::lock_guard lock(mutex);
          ready[i] = std::move(result);
        }
        done.notify_one();
      }
    });
  for (std::size_t i = 0; i < count; ++i) {
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return ready[i].has_value(); });
    Result result = std::move(*ready[i]);
    ready[i].reset();
    lock.unlock();
    consume(i, std::move(result));
  }
  for (std::thread& worker : workers)
    worker.join();
}

} // namespace storydata::cli
