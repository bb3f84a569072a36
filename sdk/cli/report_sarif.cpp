// SPDX-License-Identifier: Apache-2.0
// The SARIF 2.1.0 report, for code scanning (GitHub's upload-sarif, editors, dashboards): one
// run whose driver lists every code storydata reports, and one result per diagnostic.
#include "report.hpp"

#include <cctype>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <storydata/convert.hpp>
#include <storydata/diagnostic_codes.hpp>
#include <storydata/storydata.hpp>
#include <unordered_map>

namespace storydata::cli {
namespace {

using ordered = nlohmann::ordered_json;
namespace fs = std::filesystem;

/// The base of relative artifact URIs: the working directory.
constexpr const char* source_root = "%SRCROOT%";

/// SARIF levels are named like the severities, but info is a "note".
std::string level(Severity severity) {
  return severity == Severity::info ? "note" : std::string(storydata::to_string(severity));
}

/// Percent-encodes everything but unreserved characters and '/', so a path is a URI reference.
std::string uri_encode(std::string_view path) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string out;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      out += c;
    } else {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  return out;
}

/// A rule's name as a title: "unresolved-reference" reads "Unresolved reference", and
/// "invalid-json" "Invalid JSON".
std::string title(std::string_view name) {
  std::string out;
  for (std::size_t start = 0; start <= name.size();) {
    const std::size_t end = std::min(name.find('-', start), name.size());
    const std::string_view word = name.substr(start, end - start);
    out += out.empty() ? "" : " ";
    out += word == "json" ? "JSON" : std::string(word);
    start = end + 1;
  }
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out;
}

ordered describe(const RuleInfo& rule) {
  ordered out;
  out["id"] = std::string(rule.code);
  out["name"] = std::string(rule.name);
  out["shortDescription"]["text"] = title(rule.name);
  out["fullDescription"]["text"] = std::string(rule.rationale);
  if (!rule.example.empty()) out["help"]["text"] = "Example: " + std::string(rule.example);
  out["defaultConfiguration"]["level"] = level(rule.severity);
  return out;
}

class SarifReport final : public Report {
public:
  SarifReport() {
    std::error_code ec;
    root_ = fs::current_path(ec);
    for (const auto list : {structural_codes(), rules(), conversion_codes()})
      for (const RuleInfo& rule : list) {
        index_.emplace(rule.code, rules_.size());
        rules_.push_back(describe(rule));
      }
  }

  std::string file(const FileResult& file) override {
    const ordered artifact = artifact_location(file.path);
    for (const auto& finding : file.findings) {
      const Diagnostic& d = finding.diagnostic;
      ordered result;
      result["ruleId"] = d.code;
      if (const auto found = index_.find(d.code); found != index_.end())
        result["ruleIndex"] = found->second;
      result["level"] = level(d.severity);
      result["message"]["text"] = d.hint.empty() ? d.message : d.message + "\nhint: " + d.hint;
      ordered location;
      location["physicalLocation"]["artifactLocation"] = artifact;
      if (d.line > 0) location["physicalLocation"]["region"]["startLine"] = d.line;
      if (d.line > 0 && d.column > 0)
        location["physicalLocation"]["region"]["startColumn"] = d.column;
      result["locations"].push_back(std::move(location));
      result["properties"]["pointer"] = d.pointer;
      results_.push_back(std::move(result));
    }
    return {};
  }

  std::string finish(const Summary&) override {
    ordered driver;
    driver["name"] = "storydata";
    driver["version"] = std::string(sdk_version);
    driver["rules"] = std::move(rules_);
    ordered run;
    run["tool"]["driver"] = std::move(driver);
    run["originalUriBaseIds"][source_root]["uri"] =
        "file://" + uri_encode(root_.generic_string()) + "/";
    run["results"] = std::move(results_);
    run["columnKind"] = "unicodeCodePoints";
    ordered doc;
    doc["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
    doc["version"] = "2.1.0";
    doc["runs"].push_back(std::move(run));
    return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
  }

private:
  /// A path under the working directory is relative to %SRCROOT%, as code scanning expects;
  /// any other becomes an absolute file URI.
  ordered artifact_location(const std::string& path) const {
    const fs::path absolute = (root_ / fs::path(path)).lexically_normal();
    const fs::path relative = absolute.lexically_relative(root_);
    ordered out;
    if (!relative.empty() && *relative.begin() != "..") {
      out["uri"] = uri_encode(relative.generic_string());
      out["uriBaseId"] = source_root;
    } else {
      out["uri"] = "file://" + uri_encode(absolute.generic_string());
    }
    return out;
  }

  fs::path root_;
  ordered rules_ = ordered::array();
  ordered results_ = ordered::array();
  std::unordered_map<std::string_view, std::size_t> index_;
};

} // namespace

std::unique_ptr<Report> sarif_report() {
  return std::make_unique<SarifReport>();
}

} // namespace storydata::cli
