// SPDX-License-Identifier: Apache-2.0
// A SAX front end to nlohmann's DOM builder that stops at a depth limit and records where
// parsing failed.
#include "json_input.hpp"

#include "convert/converters.hpp"
#include "text/text_position.hpp"

#include <storydata/codec.hpp>

namespace storydata::convert {
namespace {

using json = nlohmann::json;
// The same depth limit as story documents (the size limit is over_size_limit's).
constexpr std::size_t max_depth = DecodeOptions{}.max_depth;

class LimitedDom {
public:
  explicit LimitedDom(json& root) : dom_(root, false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) {
    return dom_.number_float(v, s);
  }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool key(json::string_t& v) { return dom_.key(v); }
  bool start_object(std::size_t n) { return deeper() && dom_.start_object(n); }
  bool end_object() { return --depth_, dom_.end_object(); }
  bool start_array(std::size_t n) { return deeper() && dom_.start_array(n); }
  bool end_array() { return --depth_, dom_.end_array(); }
  template <class Exception>
  bool parse_error(std::size_t position, const std::string&, const Exception& e) {
    error_at = position, error = e.what();
    return false;
  }

  std::size_t depth_ = 0;
  bool too_deep = false;
  std::optional<std::size_t> error_at{};
  std::string error{};

private:
  bool deeper() {
    if (++depth_ <= max_depth) return true;
    too_deep = true;
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
};

// Where nesting first goes deeper than `limit`: the offset of that bracket, which the parser
// that stopped there does not tell.
std::size_t too_deep_at(std::string_view text, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t at = 0; at < text.size(); ++at) {
    const char c = text[at];
    if (in_string) {
      if (c == '\\')
        ++at;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return at;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return text.size();
}

} // namespace

std::optional<json> parse_json_input(std::string_view text, std::string_view format,
                                     std::vector<Diagnostic>& diagnostics) {
  const auto fail = [&](std::uint32_t line, std::uint32_t column, std::string message) {
    auto d = not_this_format(format, std::move(message));
    d.line = line;
    d.column = column;
    diagnostics.push_back(std::move(d));
    return std::nullopt;
  };
  if (auto too_large = over_size_limit(text, format)) {
    diagnostics.push_back(std::move(*too_large));
    return std::nullopt;
  }
  json root;
  LimitedDom sax(root);
  const bool ok = json::sax_parse(text, &sax, nlohmann::detail::input_format_t::json, true);
  if (sax.too_deep) {
    const auto at = TextPositions(text).at(too_deep_at(text, max_depth));
    return fail(at.line, at.column, "nested deeper than " + std::to_string(max_depth) + " levels");
  }
  if (!ok || sax.error_at) {
    const auto offset = sax.error_at ? *sax.error_at : text.size();
    const auto at = TextPositions(text).at(offset > 0 ? offset - 1 : 0);
    return fail(at.line, at.column, "invalid JSON (" + sax.error + ")");
  }
  if (!root.is_object()) return fail(1, 1, "the document is not a JSON object");
  return root;
}

std::optional<json> parse_json_object(std::string_view text) {
  std::vector<Diagnostic> ignored;
  return parse_json_input(text, "", ignored);
}

} // namespace storydata::convert
