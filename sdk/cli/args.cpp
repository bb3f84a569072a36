// SPDX-License-Identifier: Apache-2.0
#include "args.hpp"

#include "text/suggest.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <optional>
#include <storydata/diagnostic_codes.hpp>
#include <storydata/validate.hpp>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

namespace storydata::cli {
namespace {

struct Spec {
  Flag flag;
  std::string_view long_name;
  std::string_view short_name; ///< empty when there is none
  bool takes_value;
  bool repeatable = false;
  bool Options::*toggle = nullptr;      ///< set by a flag without a value
  std::string Options::*text = nullptr; ///< set to the value as given
};

constexpr std::array specs{
    Spec{Flag::format, "--format", "", true},
    Spec{Flag::query_format, "--format", "", true},
    Spec{Flag::strict, "--strict", "", false, false, &Options::strict},
    Spec{Flag::ndjson, "--ndjson", "", false, false, &Options::ndjson},
    Spec{Flag::max_diagnostics, "--max-diagnostics", "", true},
    Spec{Flag::max_bytes, "--max-bytes", "", true},
    Spec{Flag::quiet, "--quiet", "-q", false, false, &Options::quiet},
    Spec{Flag::jobs, "--jobs", "-j", true},
    Spec{Flag::check, "--check", "", false, false, &Options::check},
    Spec{Flag::from, "--from", "", true, false, nullptr, &Options::from},
    Spec{Flag::to, "--to", "", true, false, nullptr, &Options::to},
    Spec{Flag::output, "--output", "-o", true, false, nullptr, &Options::output},
    Spec{Flag::list_formats, "--list-formats", "", false, false, &Options::list_formats},
    Spec{Flag::select, "--select", "", true, true},
    Spec{Flag::ignore, "--ignore", "", true, true},
    Spec{Flag::color, "--color", "", true},
    Spec{Flag::include, "--include", "", true, true},
    Spec{Flag::exclude, "--exclude", "", true, true},
    Spec{Flag::config, "--config", "", true, false, nullptr, &Options::config},
    Spec{Flag::no_config, "--no-config", "", false, false, &Options::no_config},
};

constexpr std::size_t unlimited = std::numeric_limits<std::size_t>::max();

/// Sets `out` to a whole number from 1 to `max`; returns why `value` is not one, or "".
template <class T>
std::string set_number(const Spec& spec, std::string_view value, std::size_t max, T& out) {
  std::size_t n = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (ec != std::errc{} || end != value.data() + value.size() || n == 0 || n > max)
    return "option '" + std::string(spec.long_name) + "' expects a whole number from 1" +
           (max == unlimited ? "" : " to " + std::to_string(max)) + ", not '" + std::string(value) +
           "'";
  out = static_cast<T>(n);
  return {};
}

/// Sets `out` to the value named `value`; returns why it names none, or "".
template <class T, std::size_t N>
std::string set_choice(std::string_view what, std::string_view value,
                       const std::array<std::pair<std::string_view, T>, N>& choices, T& out) {
  const auto* found = std::find_if(choices.begin(), choices.end(),
                                   [&](const auto& choice) { return choice.first == value; });
  if (found != choices.end()) {
    out = found->second;
    return {};
  }
  std::string names;
  for (std::size_t i = 0; i < N; ++i)
    names += std::string(i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(choices[i].first);
  return "unknown " + std::string(what) + " '" + std::string(value) + "': expected " + names;
}

/// Adds the codes of the semantic rules that `value` names, by code or name, comma-separated
/// (as `storydata rules` lists them: "unused-actor,event-after-publication"); returns why one names
/// no rule, or "". Structural codes are not rules: a document that is not a story stays invalid
/// whatever is ignored.
std::string add_rules(const Spec& spec, std::string_view value,
                      std::vector<std::string_view>& out) {
  while (!value.empty()) {
    const auto comma = value.find(',');
    const auto word = value.substr(0, comma);
    value = comma == std::string_view::npos ? std::string_view{} : value.substr(comma + 1);
    const auto all = rules();
    const auto rule = std::find_if(all.begin(), all.end(), [&](const RuleInfo& r) {
      return r.code == word || r.name == word;
    });
    if (rule != all.end()) {
      out.push_back(rule->code);
      continue;
    }
    const auto structural = structural_codes();
    if (std::any_of(structural.begin(), structural.end(),
                    [&](const RuleInfo& c) { return c.code == word || c.name == word; }))
      return "option '" + std::string(spec.long_name) + "': '" + std::string(word) +
             "' is a structural check, which always runs";
    std::vector<std::string_view> names;
    for (const RuleInfo& r : all) {
      names.push_back(r.code);
      names.push_back(r.name);
    }
    const auto hint = suggestion(word, names);
    return "option '" + std::string(spec.long_name) + "': no semantic rule is called '" +
           std::string(word) + "'" + (hint.empty() ? " (storydata rules lists them)" : hint);
  }
  return {};
}

/// Applies one option; returns why its value is not usable, or "".
std::string apply(const Spec& spec, std::string_view value, Options& options) {
  if (spec.toggle) {
    options.*spec.toggle = true;
    return {};
  }
  if (spec.text) {
    options.*spec.text = value;
    return {};
  }
  switch (spec.flag) {
  case Flag::format: {
    constexpr std::array<std::pair<std::string_view, Format>, 5> formats{
        {{"text", Format::text},
         {"json", Format::json},
         {"sarif", Format::sarif},
         {"github", Format::github},
         {"junit", Format::junit}}};
    return set_choice("format", value, formats, options.format);
  }
  case Flag::query_format: {
    constexpr std::array<std::pair<std::string_view, QueryFormat>, 3> formats{
        {{"table", QueryFormat::table},
         {"json", QueryFormat::json},
         {"ndjson", QueryFormat::ndjson}}};
    return set_choice("format", value, formats, options.query_format);
  }
  case Flag::max_diagnostics:
    return set_number(spec, value, unlimited, options.limits.max_diagnostics);
  case Flag::max_bytes:
    return set_number(spec, value, unlimited, options.limits.max_bytes);
  case Flag::color: {
    constexpr std::array<std::pair<std::string_view, ColorMode>, 3> modes{
        {{"auto", ColorMode::automatic},
         {"always", ColorMode::always},
         {"never", ColorMode::never}}};
    return set_choice("colour mode", value, modes, options.color);
  }
  case Flag::select:
    return add_rules(spec, value, options.selected);
  case Flag::ignore:
    return add_rules(spec, value, options.ignored);
  case Flag::include:
    options.include.emplace_back(value);
    return {};
  case Flag::exclude:
    options.exclude.emplace_back(value);
    return {};
  case Flag::jobs:
    // Far past any useful parallelism, and a guard against typos spawning a million threads.
    return set_number(spec, value, 1024, options.jobs);
  default: // the toggles and texts above
    return {};
  }
  return {};
}

} // namespace

bool Options::reports(std::string_view code) const {
  const auto has = [&](const std::vector<std::string_view>& codes) {
    return std::find(codes.begin(), codes.end(), code) != codes.end();
  };
  const auto all = rules();
  const bool is_rule =
      std::any_of(all.begin(), all.end(), [&](const RuleInfo& r) { return r.code == code; });
  return !is_rule || ((selected.empty() || has(selected)) && !has(ignored));
}

unsigned default_jobs() noexcept {
  return std::max(1u, std::thread::hardware_concurrency());
}

std::vector<OptionInfo> options_of(std::span<const Flag> accepted) {
  std::vector<OptionInfo> out;
  for (const Spec& s : specs)
    if (std::find(accepted.begin(), accepted.end(), s.flag) != accepted.end())
      out.push_back({s.flag, s.long_name, s.takes_value, s.repeatable});
  return out;
}

std::string suggestion(std::string_view word, const std::vector<std::string_view>& candidates) {
  const auto hint = nearest(word, candidates);
  return hint.empty() ? "" : "; did you mean '" + std::string(hint) + "'?";
}

Parsed parse_options(std::span<const std::string> args, std::span<const Flag> accepted,
                     Options base) {
  Parsed parsed{std::move(base)};
  Options& options = parsed.options;
  bool operands_only = false;
  std::string bundled; // what follows a short toggle in one word: "-qj2" is "-q" then "-j2"
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (!bundled.empty()) --i; // the same word again, from its next flag
    const std::string arg_text = bundled.empty() ? args[i] : std::exchange(bundled, {});
    const std::string_view arg = arg_text;
    if (operands_only || arg == "-" || !arg.starts_with('-')) {
      options.paths.emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      operands_only = true;
      continue;
    }
    if (arg == "-h" || arg == "--help") {
      options.help = true;
      continue;
    }
    if (arg == "--version") {
      options.version = true;
      continue;
    }
    // Split "--name=value" and "-jVALUE".
    std::string_view name = arg;
    std::optional<std::string_view> value;
    if (arg.starts_with("--")) {
      if (const auto equals = arg.find('='); equals != std::string_view::npos) {
        name = arg.substr(0, equals);
        value = arg.substr(equals + 1);
      }
    } else if (arg.size() > 2) {
      name = arg.substr(0, 2);
      value = arg.substr(2);
    }
    const auto* spec = std::find_if(specs.begin(), specs.end(), [&](const Spec& s) {
      return (s.long_name == name || s.short_name == name) &&
             std::find(accepted.begin(), accepted.end(), s.flag) != accepted.end();
    });
    if (spec == specs.end()) {
      std::vector<std::string_view> known{"--help", "--version"};
      for (const Spec& s : specs)
        if (std::find(accepted.begin(), accepted.end(), s.flag) != accepted.end())
          known.push_back(s.long_name);
      parsed.error = "unknown option '" + std::string(arg) + "'" + suggestion(name, known);
      return parsed;
    }
    if (!spec->takes_value && value && !arg.starts_with("--")) {
      bundled = "-" + std::string(*value);
      value.reset();
    }
    if (!spec->takes_value && value) {
      parsed.error = "option '" + std::string(spec->long_name) + "' takes no value";
      return parsed;
    }
    if (spec->takes_value && !value) {
      if (i + 1 == args.size()) {
        parsed.error = "option '" + std::string(spec->long_name) + "' needs a value";
        return parsed;
      }
      value = args[++i];
    }
    parsed.error = apply(*spec, value.value_or(""), options);
    if (!parsed.error.empty()) return parsed;
  }
  return parsed;
}

} // namespace storydata::cli
