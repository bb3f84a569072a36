// SPDX-License-Identifier: Apache-2.0
// What an exporter wrote of a story, and a warning for everything it did not: exporters mark the
// values they carried or approximated, and every other value of the story is reported as dropped.
// Listing what was kept, not what was lost, means a field added to the model later can never be
// lost silently.
#pragma once

#include "text/json_pointer.hpp"

#include <map>
#include <storydata/diagnostic.hpp>
#include <storydata/story.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata::convert {

class ExportCoverage {
public:
  /// `target` names the format in messages ("ninjs 3.1").
  explicit ExportCoverage(std::string target) : target_(std::move(target)) {}

  /// The value at `pointer`, with everything below it, is written exactly.
  void carried(const std::string& pointer);
  /// The value at `pointer` is written only approximately (SD302), for the reason given.
  void approximated(const std::string& pointer, std::string how);
  /// Why the value at `pointer` is left out, when it is (SD301 then says so); marks nothing.
  void explain_drop(const std::string& pointer, std::string why);

  /// SD302 for every approximated value and SD301 for every largest part of the story that is
  /// neither carried nor approximated, in document order. The schema version is never reported.
  std::vector<Diagnostic> report(const Story& story) const;

private:
  std::string reasons(const std::string& pointer) const;

  enum class Mark { carried, approximated };
  struct Entry {
    Mark mark;
    std::string how;
  };

  std::string target_;
  std::map<std::string, Entry, std::less<>> marks_;
  std::map<std::string, std::string, std::less<>> drop_reasons_;
};

} // namespace storydata::convert
