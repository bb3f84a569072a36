// SPDX-License-Identifier: Apache-2.0
#include <chrono>
#include <cstdint>
#include <storydata/time.hpp>
#include <tuple>

namespace storydata {
namespace {

namespace chrono = std::chrono;

int days_in_month(int year, int month) {
  const chrono::year_month_day_last last{chrono::year{year} / month / chrono::last};
  return static_cast<int>(static_cast<unsigned>(last.day()));
}

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int32_t days_from_civil(int year, int month, int day) {
  const chrono::sys_days days{chrono::year{year} / month / day};
  return static_cast<std::int32_t>(days.time_since_epoch().count());
}

// Reads exactly `width` ASCII digits.
std::optional<int> digits(std::string_view text, std::size_t width) {
  if (text.size() != width) return std::nullopt;
  int value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + (c - '0');
  }
  return value;
}

std::string pad(int value, int width) {
  std::string text = std::to_string(value);
  return std::string(text.size() < static_cast<std::size_t>(width) ? width - text.size() : 0, '0') +
         text;
}

} // namespace

std::optional<PartialDate> PartialDate::parse(std::string_view text) noexcept {
  PartialDate date;
  const auto year = digits(text.substr(0, 4), 4);
  if (!year || *year < 1) return std::nullopt;
  date.year = *year;
  if (text.size() == 4) return date;
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const auto month = digits(text.substr(5, 2), 2);
  if (!month || *month < 1 || *month > 12) return std::nullopt;
  date.month = *month;
  if (text.size() == 7) return date;
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const auto day = digits(text.substr(8, 2), 2);
  if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
  date.day = *day;
  return date;
}

std::string PartialDate::to_string() const {
  std::string text = pad(year, 4);
  if (month > 0) text.append("-").append(pad(month, 2));
  if (month > 0 && day > 0) text.append("-").append(pad(day, 2));
  return text;
}

Precision PartialDate::precision() const noexcept {
  return month == 0 ? Precision::year : day == 0 ? Precision::month : Precision::day;
}

std::int32_t PartialDate::first_day() const noexcept {
  return days_from_civil(year, month > 0 ? month : 1, month > 0 && day > 0 ? day : 1);
}

PartialDate PartialDate::from_days(std::int32_t days) noexcept {
  const chrono::year_month_day date{chrono::sys_days{chrono::days{days}}};
  return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
          static_cast<int>(static_cast<unsigned>(date.day()))};
}

std::int32_t PartialDate::last_day() const noexcept {
  if (month == 0) return days_from_civil(year, 12, 31);
  return days_from_civil(year, month, day > 0 ? day : days_in_month(year, month));
}

DayRange day_range(const VagueTime& t) noexcept {
  DayRange range;
  if (t.start)
    range.first = t.start->first_day();
  else if (t.not_before)
    range.first = t.not_before->first_day();
  if (t.end)
    range.last = t.end->last_day();
  else if (t.ongoing)
    range.last = std::nullopt;
  else if (t.start && !t.not_after)
    range.last = t.start->last_day();
  else if (t.not_after)
    range.last = t.not_after->last_day();
  return range;
}

namespace {

bool is_dated(const VagueTime& t) {
  return t.start || t.end || t.not_before || t.not_after;
}

// Open ends sort outward: an open start as the earliest day, an open end as the latest.
constexpr std::int64_t earliest = INT64_MIN, latest = INT64_MAX;

// Three-way comparison through operator<, which every standard library has for tuples.
template <class T> std::strong_ordering compare(const T& a, const T& b) {
  if (a < b) return std::strong_ordering::less;
  if (b < a) return std::strong_ordering::greater;
  return std::strong_ordering::equal;
}

} // namespace

bool may_overlap(const VagueTime& a, const VagueTime& b) noexcept {
  if (!is_dated(a) || !is_dated(b)) return false;
  const DayRange ra = day_range(a), rb = day_range(b);
  const std::int64_t a_first = ra.first ? *ra.first : earliest,
                     a_last = ra.last ? *ra.last : latest;
  const std::int64_t b_first = rb.first ? *rb.first : earliest,
                     b_last = rb.last ? *rb.last : latest;
  return a_first <= b_last && b_first <= a_last;
}

std::strong_ordering timeline_order(const VagueTime& a, const VagueTime& b) {
  const auto key = [](const VagueTime& t) {
    const DayRange r = day_range(t);
    return std::tuple(!is_dated(t), r.first ? std::int64_t{*r.first} : earliest,
                      -(r.last ? std::int64_t{*r.last} : latest), t.approximate);
  };
  if (auto c = compare(key(a), key(b)); c != 0) return c;
  if (auto c = compare(a.label.value_or(""), b.label.value_or("")); c != 0) return c;
  // Same range, flag and label from different fields ("2014" as start or as both bounds):
  // order by the text of each field so that only equal values compare equal.
  const auto fields = [](const VagueTime& t) {
    const auto text = [](const std::optional<PartialDate>& d) { return d ? d->to_string() : ""; };
    return std::tuple(text(t.start), text(t.end), t.ongoing, text(t.not_before), text(t.not_after));
  };
  return compare(fields(a), fields(b));
}

std::string display(const VagueTime& t) {
  if (t.label) return *t.label;
  const auto text = [](const std::optional<PartialDate>& d) { return d->to_string(); };
  std::string out;
  if (t.start && t.end)
    out = text(t.start) + " to " + text(t.end);
  else if (t.start && t.ongoing)
    out = "since " + text(t.start);
  else if (t.start)
    out = text(t.start);
  else if (t.not_before && t.not_after)
    out = "between " + text(t.not_before) + " and " + text(t.not_after);
  else if (t.not_before)
    out = "not before " + text(t.not_before);
  else if (t.not_after)
    out = "not after " + text(t.not_after);
  else if (t.end)
    out = "until " + text(t.end);
  else
    return "undated";
  return t.approximate ? "about " + out : out;
}

} // namespace storydata
