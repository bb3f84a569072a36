// SPDX-License-Identifier: Apache-2.0
// The JUnit XML report, which CI systems without SARIF or annotations read (GitLab, Jenkins,
// Azure Pipelines): one test case per file, failed when a story in it fails, with the
// diagnostics as the failure's text; diagnostics that do not fail go to the case's output.
#include "convert/support/markup_text.hpp"
#include "report.hpp"

namespace storydata::cli {
namespace {

using convert::xml_escape;

class JunitReport final : public Report {
public:
  explicit JunitReport(bool strict) : strict_(strict) {}

  std::string file(const FileResult& file) override {
    std::string failing;
    std::string other;
    const Diagnostic* first = nullptr;
    std::size_t failures = 0;
    for (const auto& finding : file.findings) {
      const bool failed = fails(finding.diagnostic.severity, strict_);
      (failed ? failing : other) += format_diagnostic(file.path, finding, false);
      if (failed && failures++ == 0) first = &finding.diagnostic;
    }
    const std::string path = xml_escape(file.path);
    cases_ += "    <testcase classname=\"storydata\" name=\"" + path + "\" file=\"" + path + "\"";
    if (!file.valid()) ++failed_files_;
    if (file.valid() && other.empty()) {
      cases_ += "/>\n";
      return {};
    }
    cases_ += ">\n";
    if (first != nullptr) {
      const std::string more =
          failures == 1 ? "" : " (and " + std::to_string(failures - 1) + " more)";
      cases_ += "      <failure type=\"" + xml_escape(first->code) + "\" message=\"" +
                xml_escape(first->message + more) + "\">" + xml_escape(failing) + "</failure>\n";
    }
    if (!other.empty()) cases_ += "      <system-out>" + xml_escape(other) + "</system-out>\n";
    cases_ += "    </testcase>\n";
    return {};
  }

  std::string finish(const Summary& summary) override {
    const std::string counts = "tests=\"" + std::to_string(summary.files) + "\" failures=\"" +
                               std::to_string(failed_files_) + "\" errors=\"0\"";
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"storydata validate\" " +
           counts + ">\n  <testsuite name=\"storydata validate\" " + counts + " skipped=\"0\">\n" +
           cases_ + "  </testsuite>\n</testsuites>\n";
  }

private:
  bool strict_;
  std::size_t failed_files_ = 0;
  std::string cases_;
};

} // namespace

std::unique_ptr<Report> junit_report(bool strict) {
  return std::make_unique<JunitReport>(strict);
}

} // namespace storydata::cli
