// SPDX-License-Identifier: Apache-2.0
// SD280 quantity-range-order, SD281 implausible-quantity.
#include "model/reflect.hpp"
#include "rule.hpp"

#include <cmath>
#include <storydata/kinds.hpp>
#include <utility>
#include <vector>

namespace storydata::validation {
namespace {

std::string number(double value) {
  std::string text = std::to_string(value);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) text.pop_back();
  return text;
}

} // namespace

void quantity_range_order(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.quantities.size(); ++i) {
    const Quantity& q = c.story.quantities[i];
    if (q.upper && *q.upper < q.value)
      report(json_pointer("quantities", i, "upper"),
             "the range ends at " + number(*q.upper) + ", below its start " + number(q.value),
             "swap value and upper");
  }
}

void implausible_quantity(const Context& c, const Reporter& report) {
  for (std::size_t i = 0; i < c.story.quantities.size(); ++i) {
    const Quantity& q = c.story.quantities[i];
    const MeasureTraits& t = traits(q.measure);
    const std::string measure(reflect::enum_name(q.measure));
    std::vector<std::pair<const char*, double>> values{{"value", q.value}};
    if (q.upper) values.emplace_back("upper", *q.upper);
    for (const auto& [field, value] : values) {
      const auto at = json_pointer("quantities", i, field);
      if (t.scale == Scale::whole && (value < 0 || std::trunc(value) != value))
        report(at, measure + " counts in whole numbers, not " + number(value));
      else if (t.scale == Scale::percent && (value < 0 || value > 100))
        report(at, measure + " is a percentage, from 0 to 100, not " + number(value));
    }
    if (t.needs_unit && !q.unit)
      report(json_pointer("quantities", i, "measure"),
             measure + " needs a unit: " +
                 (q.measure == Measure::money ? std::string("the currency (\"USD\")")
                                              : std::string("what is counted or measured")),
             "add \"unit\"");
  }
}

} // namespace storydata::validation
