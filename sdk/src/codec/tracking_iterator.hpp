// SPDX-License-Identifier: Apache-2.0
// Source positions for nlohmann/json's SAX parser.
#pragma once

#include <cstddef>
#include <iterator>

namespace storydata::codec {

/// A char iterator that publishes how far the parser has read, so that every SAX event knows
/// where it is in the source text.
class TrackingIterator {
public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  TrackingIterator(const char* at, const char** published) : at_(at), published_(published) {}
  reference operator*() const { return *at_; }
  TrackingIterator& operator++() {
    *published_ = ++at_;
    return *this;
  }
  bool operator==(const TrackingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const TrackingIterator& other) const { return at_ != other.at_; }

private:
  const char* at_;
  const char** published_;
};

} // namespace storydata::codec
