// SPDX-License-Identifier: Apache-2.0
#include "uuid.hpp"

namespace storydata::convert {
namespace {

std::uint32_t rotate(std::uint32_t x, int n) {
  return (x << n) | (x >> (32 - n));
}

void compress(std::array<std::uint32_t, 5>& h, const std::uint8_t* block) {
  std::array<std::uint32_t, 80> w{};
  for (int t = 0; t < 16; ++t)
    w[t] = std::uint32_t{block[4 * t]} << 24 | std::uint32_t{block[4 * t + 1]} << 16 |
           std::uint32_t{block[4 * t + 2]} << 8 | std::uint32_t{block[4 * t + 3]};
  for (int t = 16; t < 80; ++t)
    w[t] = rotate(w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16], 1);
  auto [a, b, c, d, e] = h;
  for (int t = 0; t < 80; ++t) {
    std::uint32_t f = 0, k = 0;
    if (t < 20) {
      f = (b & c) | (~b & d);
      k = 0x5A827999;
    } else if (t < 40) {
      f = b ^ c ^ d;
      k = 0x6ED9EBA1;
    } else if (t < 60) {
      f = (b & c) | (b & d) | (c & d);
      k = 0x8F1BBCDC;
    } else {
      f = b ^ c ^ d;
      k = 0xCA62C1D6;
    }
    const std::uint32_t next = rotate(a, 5) + f + e + k + w[t];
    e = d;
    d = c;
    c = rotate(b, 30);
    b = a;
    a = next;
  }
  h[0] += a;
  h[1] += b;
  h[2] += c;
  h[3] += d;
  h[4] += e;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

} // namespace

std::array<std::uint8_t, 20> sha1(std::string_view data) {
  std::array<std::uint32_t, 5> h{0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
  std::array<std::uint8_t, 64> block{};
  std::size_t used = 0;
  for (const char c : data) {
    block[used++] = static_cast<std::uint8_t>(c);
    if (used == block.size()) {
      compress(h, block.data());
      used = 0;
    }
  }
  // Padding: a 1 bit, zeros, and the length in bits as a 64-bit big-endian number.
  const std::uint64_t bits = static_cast<std::uint64_t>(data.size()) * 8;
  block[used++] = 0x80;
  if (used > 56) {
    while (used < 64)
      block[used++] = 0;
    compress(h, block.data());
    used = 0;
  }
  while (used < 56)
    block[used++] = 0;
  for (int i = 7; i >= 0; --i)
    block[used++] = static_cast<std::uint8_t>(bits >> (8 * i));
  compress(h, block.data());
  std::array<std::uint8_t, 20> digest{};
  for (std::size_t i = 0; i < 20; ++i)
    digest[i] = static_cast<std::uint8_t>(h[i / 4] >> (24 - 8 * (i % 4)));
  return digest;
}

std::string uuid5(std::string_view space, std::string_view name) {
  std::string input;
  for (std::size_t i = 0; i + 1 < space.size(); ++i) {
    if (space[i] == '-') continue;
    const int high = hex_value(space[i]), low = hex_value(space[i + 1]);
    if (high >= 0 && low >= 0) input += static_cast<char>(high << 4 | low);
    ++i;
  }
  input += name;
  auto digest = sha1(input);
  digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50); // version 5
  digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80); // RFC 9562 variant
  constexpr std::string_view hex = "0123456789abcdef";
  std::string out;
  for (std::size_t i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 0xF];
  }
  return out;
}

} // namespace storydata::convert
