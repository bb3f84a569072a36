// SPDX-License-Identifier: Apache-2.0
// A setting is turned into the option words it stands for and parsed by parse_options, so that the
// command line and the file share one meaning of every option, its checks and its messages.
#include "config.hpp"

#include "codec/locate.hpp"
#include "convert/support/json_input.hpp"
#include "inputs.hpp"
#include "text/json_pointer.hpp"
#include "text/utf8.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <vector>

namespace storydata::cli {
namespace fs = std::filesystem;
namespace {

using json = nlohmann::json;

/// Options that are not settings: which file to read, and fmt's one-off `--check`.
constexpr std::array not_settings{Flag::config, Flag::no_config, Flag::check};

template <class Range> bool contains(const Range& range, Flag flag) {
  return std::find(range.begin(), range.end(), flag) != range.end();
}

bool reads_config(const Command& command) {
  return contains(command.flags, Flag::config);
}

/// The options of `command` that may be set in the file.
std::vector<OptionInfo> settings_of(const Command& command) {
  auto options = options_of(command.flags);
  std::erase_if(options, [](const OptionInfo& o) { return contains(not_settings, o.flag); });
  return options;
}

/// The setting called `key` ("max-bytes" for --max-bytes) of `command`, if it has one.
std::optional<OptionInfo> setting(std::string_view key, const Command& command) {
  for (const auto& option : settings_of(command))
    if (option.long_name.substr(2) == key) return option;
  return std::nullopt;
}

/// The settings of `command` by name, for "did you mean".
std::vector<std::string_view> setting_names(const Command& command) {
  std::vector<std::string_view> names;
  for (const auto& option : settings_of(command))
    names.push_back(option.long_name.substr(2));
  return names;
}

struct Config {
  std::string display{}; ///< as errors name it
  std::string text{};
  fs::path folder{}; ///< absolute: where globs with '/' start
};

/// A glob with '/' from the file, made absolute (inputs.hpp matches those against absolute paths)
/// with the folder's own glob characters escaped.
std::string anchored(const fs::path& folder, std::string_view glob) {
  if (glob.find('/') == std::string_view::npos || glob.starts_with('/')) return std::string(glob);
  while (glob.starts_with("./"))
    glob.remove_prefix(2);
  std::string out;
  for (const char c : folder.generic_string()) {
    if (c == '*' || c == '?' || c == '[' || c == '\\') out += '\\';
    out += c;
  }
  if (!out.ends_with('/')) out += '/';
  return out.append(glob);
}

/// The option words that `value` stands for (`--ignore=unused-actor`), or why it cannot stand for
/// any; `at` is then the pointer of the value at fault.
std::optional<std::vector<std::string>> words(const OptionInfo& option, std::string_view key,
                                              const json& value, const Config& config,
                                              std::string& at, std::string& why) {
  const std::string name(option.long_name);
  if (!option.takes_value) {
    if (value.is_boolean())
      return value.get<bool>() ? std::vector{name} : std::vector<std::string>{};
    why = "'" + std::string(key) + "' is true or false";
    return std::nullopt;
  }
  const auto word = [&](const json& v) -> std::optional<std::string> {
    if (v.is_string()) {
      const auto& text = v.get_ref<const std::string&>();
      const bool glob = option.flag == Flag::include || option.flag == Flag::exclude;
      return name + "=" + (glob ? anchored(config.folder, text) : text);
    }
    if (v.is_number_unsigned()) return name + "=" + std::to_string(v.get<std::uint64_t>());
    return std::nullopt;
  };
  std::vector<std::string> out;
  if (option.repeatable && value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      auto w = value[i].is_string() ? word(value[i]) : std::nullopt;
      if (!w) {
        append_token(at, i);
        why = "'" + std::string(key) + "' holds strings";
        return std::nullopt;
      }
      out.push_back(std::move(*w));
    }
    return out;
  }
  if (auto w = word(value)) return std::vector{std::move(*w)};
  why = "'" + std::string(key) + "' is " +
        (option.repeatable ? "a string or an array of strings" : "a string or a whole number");
  return std::nullopt;
}

/// Line and column of `pointer` in the file, as "file:line:column: ".
std::string where(const Config& config, std::string pointer) {
  std::vector<Diagnostic> found{Diagnostic{.pointer = std::move(pointer)}};
  codec::locate(config.text, found);
  return config.display + ":" + std::to_string(found[0].line) + ":" +
         std::to_string(found[0].column) + ": ";
}

/// Applies to `options` one setting of `command`; returns why it cannot, located, or "".
std::string apply_setting(const Command& command, const OptionInfo& option, std::string_view key,
                          const json& value, std::string pointer, const Config& config,
                          Options& options) {
  std::string why;
  const auto args = words(option, key, value, config, pointer, why);
  if (!args) return where(config, pointer) + why;
  auto parsed = parse_options(*args, std::span(&option.flag, 1), std::move(options));
  if (!parsed.error.empty())
    return where(config, pointer) + parsed.error + " (for storydata " + std::string(command.name) +
           ")";
  options = std::move(parsed.options);
  return {};
}

/// `command`'s settings from the file's top level and its own section into `options`; returns the
/// first mistake in the file's settings for it, located, or "".
std::string settings_for(const Command& command, std::span<const Command* const> commands,
                         const json& document, const Config& config, Options& options) {
  for (const auto& item : document.items()) {
    const std::string& key = item.key(); // not a structured binding: lambdas below capture it
    const json& value = item.value();
    std::string pointer;
    append_token(pointer, key);
    if (key == "$schema") continue; // for editors
    const auto section = std::find_if(commands.begin(), commands.end(), [&](const Command* c) {
      return reads_config(*c) && c->name == key;
    });
    if (section != commands.end()) {
      if (!value.is_object())
        return where(config, pointer) + "'" + key + "' holds the settings of storydata " + key +
               ", as an object";
      if (*section != &command) continue;
      for (const auto& [inner, inner_value] : value.items()) {
        std::string inner_pointer = pointer;
        append_token(inner_pointer, inner);
        const auto option = setting(inner, command);
        if (!option)
          return where(config, inner_pointer) + "'" + inner + "' is not a setting of storydata " +
                 key + suggestion(inner, setting_names(command));
        if (auto why =
                apply_setting(command, *option, inner, inner_value, inner_pointer, config, options);
            !why.empty())
          return why;
      }
      continue;
    }
    if (const auto option = setting(key, command)) {
      if (auto why = apply_setting(command, *option, key, value, pointer, config, options);
          !why.empty())
        return why;
      continue;
    }
    const bool known = std::any_of(commands.begin(), commands.end(), [&](const Command* c) {
      return reads_config(*c) && setting(key, *c);
    });
    if (known) continue; // another command's
    std::vector<std::string_view> names;
    for (const Command* c : commands) {
      if (!reads_config(*c)) continue;
      names.push_back(c->name);
      for (const auto name : setting_names(*c))
        names.push_back(name);
    }
    return where(config, pointer) + "'" + key + "' is not a setting" + suggestion(key, names);
  }
  return {};
}

/// The file to read: `--config`, else the nearest `.storydata.json` from the working directory up;
/// nullopt when there is none. `error` says why the file cannot be read or is not JSON.
std::optional<Config> find_config(const Options& options, std::string& error) {
  Config config;
  std::error_code ec;
  fs::path path;
  if (!options.config.empty()) {
    path = options.config;
    config.display = utf8::sanitize(options.config);
  } else {
    std::string up;
    for (fs::path dir = fs::current_path(ec); !ec; dir = dir.parent_path(), up += "../") {
      std::error_code absent; // not found is an error code too
      if (fs::is_regular_file(dir / config_file_name, absent)) {
        path = dir / config_file_name;
        config.display = up + std::string(config_file_name);
        break;
      }
      if (dir == dir.parent_path()) return std::nullopt;
    }
    if (path.empty()) return std::nullopt; // no working directory: nowhere to look
  }
  config.folder = fs::absolute(path, ec).parent_path().lexically_normal();
  if (auto why = read_input(Input{config.display, path}, config.text)) {
    error = *why;
    return std::nullopt;
  }
  return config;
}

} // namespace

Parsed configured_options(const Command& command, std::span<const Command* const> commands,
                          std::span<const std::string> args) {
  auto parsed = parse_options(args, command.flags);
  if (!parsed.error.empty() || parsed.options.no_config) return parsed;
  std::string error;
  const auto config = find_config(parsed.options, error);
  if (!error.empty()) return {{}, error};
  if (!config) return parsed;
  std::vector<Diagnostic> diagnostics;
  const auto document =
      convert::parse_json_input(config->text, "a storydata configuration", diagnostics);
  if (!document) {
    const auto& d = diagnostics.front();
    return {{},
            config->display + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                d.message};
  }
  Options base;
  for (const Command* c : commands) {
    if (!reads_config(*c)) continue;
    Options settings;
    if (auto why = settings_for(*c, commands, *document, *config, settings); !why.empty())
      return {{}, why};
    if (c == &command) base = std::move(settings);
  }
  return parse_options(args, command.flags, std::move(base));
}

} // namespace storydata::cli
