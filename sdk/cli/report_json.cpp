// SPDX-License-Identifier: Apache-2.0
// The JSON report: one document with every file, its diagnostics and a summary, for scripts.
#include "model/plain_json.hpp"
#include "report.hpp"

#include <storydata/storydata.hpp>

namespace storydata::cli {
namespace {

using ordered = nlohmann::ordered_json;

class JsonReport final : public Report {
public:
  std::string file(const FileResult& file) override {
    ordered diagnostics = ordered::array();
    for (const auto& finding : file.findings) {
      diagnostics.push_back(reflect::plain_json(finding.diagnostic));
    }
    ordered entry;
    entry["path"] = file.path;
    entry["valid"] = file.valid();
    entry["diagnostics"] = std::move(diagnostics);
    files_.push_back(std::move(entry));
    return {};
  }

  std::string finish(const Summary& s) override {
    ordered summary;
    summary["files"] = s.files;
    summary["stories"] = s.stories;
    summary["valid"] = s.valid;
    summary["invalid"] = s.invalid;
    summary["errors"] = s.errors;
    summary["warnings"] = s.warnings;
    summary["infos"] = s.infos;
    ordered doc;
    doc["version"] = std::string(sdk_version);
    doc["schema_version"] = std::string(schema_version);
    doc["files"] = std::move(files_);
    doc["summary"] = std::move(summary);
    return doc.dump(2, ' ', false, ordered::error_handler_t::replace) + "\n";
  }

private:
  ordered files_ = ordered::array();
};

} // namespace

std::unique_ptr<Report> json_report() {
  return std::make_unique<JsonReport>();
}

} // namespace storydata::cli
