// SPDX-License-Identifier: Apache-2.0
// SD230 span-out-of-range, SD231 span-text-mismatch, SD232 span-splits-character,
// SD233 overlapping-mentions, SD234 mention-name-mismatch.
#include "rule.hpp"
#include "text/ascii.hpp"
#include "text/grapheme.hpp"
#include "text/utf8.hpp"
#include "walk.hpp"

#include <algorithm>
#include <numeric>

namespace storydata::validation {
namespace {

/// Calls f(mention, pointer) for every mention and evidence span in the story.
template <class F> void for_each_span(const Story& story, F&& f) {
  walk(story, overloaded{[](const auto&, const Path&) {},
                         [&](const Mention& m, const Path& at) { f(m, at); }});
}

/// The paragraph's code-point offsets when the span lies inside it; nullptr otherwise.
const std::vector<std::size_t>* offsets_if_inside(const Context& c, const Mention& m) {
  if (m.paragraph >= c.story.article.body.size() || m.start >= m.end) return nullptr;
  const auto& offsets = c.paragraph_offsets(m.paragraph);
  return m.end < offsets.size() ? &offsets : nullptr;
}

std::string_view spanned(const Context& c, const Mention& m,
                         const std::vector<std::size_t>& offsets) {
  return std::string_view(c.story.article.body[m.paragraph])
      .substr(offsets[m.start], offsets[m.end] - offsets[m.start]);
}

/// `text` quoted from shortly before where it first differs from `other`, so that long texts
/// that differ late still show the difference.
std::string differing(std::string_view text, std::string_view other) {
  const auto [where, _] = std::mismatch(text.begin(), text.end(), other.begin(), other.end());
  std::size_t from = static_cast<std::size_t>(where - text.begin());
  if (from < 30) return quote(text);
  from -= 20;
  while (from > 0 && utf8::is_continuation_byte(text[from]))
    --from;
  return "..." + quote(text.substr(from));
}

} // namespace

void span_out_of_range(const Context& c, const Reporter& report) {
  const auto& body = c.story.article.body;
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    if (m.paragraph >= body.size()) {
      report(pointer_to(at.str(), "paragraph"), "paragraph " + std::to_string(m.paragraph) +
                                                    " does not exist: the body has " +
                                                    std::to_string(body.size()) + " paragraphs");
    } else if (m.start >= m.end) {
      report(pointer_to(at.str(), "end"), "empty span: end " + std::to_string(m.end) +
                                              " is not after start " + std::to_string(m.start));
    } else if (const auto length = c.paragraph_offsets(m.paragraph).size() - 1; m.end > length) {
      report(pointer_to(at.str(), "end"),
             "the span ends at " + std::to_string(m.end) + ", past the end of paragraph " +
                 std::to_string(m.paragraph) + " (" + std::to_string(length) + " code points)");
    }
  });
}

void span_text_mismatch(const Context& c, const Reporter& report) {
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    if (!m.text) return;
    const auto* offsets = offsets_if_inside(c, m);
    if (!offsets) return;
    const auto found = spanned(c, m, *offsets);
    if (found != *m.text)
      report(pointer_to(at.str(), "text"),
             "the span covers " + differing(found, *m.text) + ", not " + differing(*m.text, found),
             "the body may have changed: move start and end to the text, or update it");
  });
}

void span_splits_character(const Context& c, const Reporter& report) {
  // Where each paragraph's user-perceived characters start, found for the paragraphs with spans.
  std::vector<std::vector<std::size_t>> clusters(c.story.article.body.size());
  const auto boundary = [&](std::uint32_t paragraph, std::uint32_t at) {
    // Between two ASCII characters there is always a boundary but inside CR LF: the common case,
    // answered without segmenting the paragraph.
    const std::string_view text = c.story.article.body[paragraph];
    const auto& offsets = c.paragraph_offsets(paragraph);
    if (at == 0 || at + 1 >= offsets.size()) return true;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[offsets[i]]); };
    if (byte(at - 1) < 0x80 && byte(at) < 0x80) return !(byte(at - 1) == '\r' && byte(at) == '\n');
    auto& found = clusters[paragraph];
    if (found.empty())
      found = grapheme::boundaries(grapheme::code_points(c.story.article.body[paragraph]));
    return std::binary_search(found.begin(), found.end(), std::size_t{at});
  };
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    if (!offsets_if_inside(c, m)) return;
    if (!boundary(m.paragraph, m.start))
      report(pointer_to(at.str(), "start"),
             "the span starts inside a character (among the marks, joiners or modifiers that "
             "make one with the letter or emoji before)",
             "move start back to where the character begins");
    if (!boundary(m.paragraph, m.end))
      report(pointer_to(at.str(), "end"),
             "the span ends inside a character (before marks, joiners or modifiers that make one "
             "with it)",
             "move end past the marks that follow");
  });
}

void overlapping_mentions(const Context& c, const Reporter& report) {
  for (std::size_t a = 0; a < c.story.actors.size(); ++a) {
    const auto& mentions = c.story.actors[a].mentions;
    std::vector<std::size_t> order(mentions.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      return std::tie(mentions[x].paragraph, mentions[x].start) <
             std::tie(mentions[y].paragraph, mentions[y].start);
    });
    for (std::size_t k = 1; k < order.size(); ++k) {
      const Mention &before = mentions[order[k - 1]], &after = mentions[order[k]];
      if (before.paragraph == after.paragraph && after.start < before.end)
        report(json_pointer("actors", a, "mentions", order[k]),
               "overlaps mention " + std::to_string(order[k - 1]) + " of the same actor",
               "merge the two mentions or drop one");
    }
  }
}

void mention_name_mismatch(const Context& c, const Reporter& report) {
  for (std::size_t a = 0; a < c.story.actors.size(); ++a) {
    const Actor& actor = c.story.actors[a];
    std::vector<std::string> names{ascii::lower(actor.name)};
    for (const auto& alias : actor.aliases)
      names.push_back(ascii::lower(alias));
    for (std::size_t i = 0; i < actor.mentions.size(); ++i) {
      const Mention& m = actor.mentions[i];
      if (m.form.value_or(MentionForm::name) != MentionForm::name) continue;
      const auto* offsets = offsets_if_inside(c, m);
      if (!offsets) continue;
      const auto found = spanned(c, m, *offsets);
      if (std::find(names.begin(), names.end(), ascii::lower(found)) == names.end())
        report(json_pointer("actors", a, "mentions", i),
               "the mention reads " + quote(found) + ", which is not the name or an alias of " +
                   quote(actor.id.value),
               "add " + quote(found) +
                   " to the actor's aliases, give the mention its form "
                   "(\"nominal\", \"pronoun\", \"quantified\"), or fix the span");
    }
  }
}

} // namespace storydata::validation
