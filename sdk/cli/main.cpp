// The `storydata` command: validate story files, print the schema, summarise a story.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <storydata/storydata.hpp>
#include <string>
#include <vector>

namespace {

constexpr int exit_valid = 0, exit_invalid = 1, exit_usage = 2;

const char* const usage = R"(usage: storydata <command> [options]

commands:
  validate FILE...   check story files; exit 0 if all are valid, 1 if not, 2 on usage or I/O error
  info FILE          summarise a story: headline and what it holds
  schema             print the JSON Schema of story documents

options:
  -h, --help         show this help
  --version          show the SDK and schema versions
)";

bool read_file(const std::string& path, std::string& text) {
  if (path == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), {});
    return true;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  text = buffer.str();
  return static_cast<bool>(in) || in.eof();
}

std::string source_line(const std::string& text, std::uint32_t line) {
  std::istringstream lines(text);
  std::string current;
  for (std::uint32_t i = 0; i < line && std::getline(lines, current); ++i) {
  }
  return current;
}

/// "file:line:col: error SD010: message", the source line and a caret under the column.
void print_diagnostic(const std::string& path, const std::string& text,
                      const storydata::Diagnostic& d) {
  std::cout << path << ":" << d.line << ":" << d.column << ": " << storydata::to_string(d.severity)
            << " " << d.code << ": " << d.message;
  if (!d.pointer.empty()) std::cout << " (at " << d.pointer << ")";
  std::cout << "\n";
  if (d.line > 0) {
    const std::string line = source_line(text, d.line);
    std::string caret;
    // Columns count code points; pad with one space per code point before the column.
    std::uint32_t column = 1;
    for (std::size_t i = 0; i < line.size() && column < d.column; ++i) {
      if ((static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) continue;
      caret += line[i] == '\t' ? '\t' : ' ';
      ++column;
    }
    if (line.size() <= 300) std::cout << "  " << line << "\n  " << caret << "^\n";
  }
  if (!d.hint.empty()) std::cout << "  hint: " << d.hint << "\n";
}

int validate(const std::vector<std::string>& paths) {
  if (paths.empty()) {
    std::cerr << "storydata validate: no files given\n" << usage;
    return exit_usage;
  }
  int status = exit_valid;
  std::size_t invalid = 0;
  for (const auto& path : paths) {
    std::string text;
    if (!read_file(path, text)) {
      std::cerr << "storydata: cannot read " << path << "\n";
      return exit_usage;
    }
    const auto result = storydata::validate(text);
    for (const auto& d : result.diagnostics)
      print_diagnostic(path, text, d);
    if (!result.ok()) {
      status = exit_invalid;
      ++invalid;
    }
  }
  std::cout << paths.size() << " file(s) checked, " << invalid << " invalid\n";
  return status;
}

int info(const std::vector<std::string>& paths) {
  if (paths.size() != 1) {
    std::cerr << "storydata info: give one file\n";
    return exit_usage;
  }
  std::string text;
  if (!read_file(paths[0], text)) {
    std::cerr << "storydata: cannot read " << paths[0] << "\n";
    return exit_usage;
  }
  const auto result = storydata::decode(text);
  for (const auto& d : result.diagnostics)
    print_diagnostic(paths[0], text, d);
  if (!result.ok()) return exit_invalid;
  const auto& s = result.story;
  std::size_t mentions = 0;
  for (const auto& a : s.actors)
    mentions += a.mentions.size();
  std::cout << s.article.headline << "\n"
            << "  story " << s.id.value << ", schema " << s.storydata.to_string() << "\n"
            << "  " << s.article.body.size() << " paragraphs, " << s.actors.size() << " actors ("
            << mentions << " mentions), " << s.events.size() << " events, " << s.relations.size()
            << " relations, " << s.claims.size() << " claims, " << s.sources.size() << " sources\n";
  std::vector<const storydata::Event*> timeline;
  for (const auto& e : s.events)
    if (e.time) timeline.push_back(&e);
  std::stable_sort(timeline.begin(), timeline.end(), [](const auto* a, const auto* b) {
    return storydata::timeline_order(*a->time, *b->time) < 0;
  });
  if (!timeline.empty()) std::cout << "  timeline:\n";
  for (const auto* e : timeline)
    std::cout << "    " << storydata::display(*e->time) << ": " << e->summary << "\n";
  return exit_valid;
}

} // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << usage;
    return exit_usage;
  }
  const std::string& command = args[0];
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  for (const auto& arg : args) {
    if (arg == "-h" || arg == "--help") {
      std::cout << usage;
      return exit_valid;
    }
    if (arg == "--version") {
      std::cout << "storydata " << storydata::sdk_version << " (schema "
                << storydata::schema_version << ")\n";
      return exit_valid;
    }
  }
  if (command == "validate") return validate(rest);
  if (command == "info") return info(rest);
  if (command == "schema" && rest.empty()) {
    std::cout << storydata::json_schema();
    return exit_valid;
  }
  std::cerr << "storydata: unknown command '" << command << "'\n" << usage;
  return exit_usage;
}
