// SPDX-License-Identifier: Apache-2.0
// SD230 span-out-of-range, SD231 span-text-mismatch, SD232 span-splits-character,
// SD233 overlapping-mentions, SD234 mention-name-mismatch.
#include "model/text_slot.hpp"
#include "rule.hpp"
#include "text/ascii.hpp"
#include "text/grapheme.hpp"
#include "text/utf8.hpp"
#include "walk.hpp"

#include <algorithm>
#include <numeric>
#include <optional>
#include <tuple>

namespace storydata::validation {
namespace {

/// Calls f(mention, pointer) for every mention and evidence span in the story.
template <class F> void for_each_span(const Story& story, F&& f) {
  walk(story, overloaded{[](const auto&, const Path&) {},
                         [&](const Mention& m, const Path& at) { f(m, at); }});
}

/// A span's text and the code-point offsets of it.
struct SpannedText {
  std::string_view text;
  const std::vector<std::size_t>* offsets;
  std::size_t slot; ///< text_slot
};

/// The span's text when the span lies inside it; nullopt otherwise.
std::optional<SpannedText> inside(const Context& c, const Mention& m) {
  const auto text = spanned_text(c.story.article, m);
  if (!text || m.start >= m.end) return std::nullopt;
  const auto& offsets = c.code_point_offsets(m, *text);
  if (m.end >= offsets.size()) return std::nullopt;
  return SpannedText{*text, &offsets, text_slot(c.story.article, m)};
}

std::string_view covered(SpannedText in, const Mention& m) {
  const auto& offsets = *in.offsets;
  return in.text.substr(offsets[m.start], offsets[m.end] - offsets[m.start]);
}

/// Where a span is, for messages: "paragraph 3", "the headline", "the standfirst".
std::string located(const Mention& m) {
  const auto part = m.part.value_or(TextPart::body);
  if (part == TextPart::body) return "paragraph " + std::to_string(m.paragraph);
  return "the " + std::string(enum_name(part));
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
  const auto& article = c.story.article;
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    const auto part = m.part.value_or(TextPart::body);
    const auto text = spanned_text(article, m);
    if (!text && part == TextPart::body) {
      report(pointer_to(at.str(), "paragraph"),
             "paragraph " + std::to_string(m.paragraph) + " does not exist: the body has " +
                 std::to_string(article.body.size()) + " paragraphs");
    } else if (!text && m.paragraph != 0) {
      report(pointer_to(at.str(), "paragraph"),
             located(m) + " has one paragraph, 0, not " + std::to_string(m.paragraph),
             "set paragraph to 0");
    } else if (!text) {
      report(pointer_to(at.str(), "part"), "the article has no standfirst",
             "add the standfirst, or move the span to where its text is");
    } else if (m.start >= m.end) {
      report(pointer_to(at.str(), "end"), "empty span: end " + std::to_string(m.end) +
                                              " is not after start " + std::to_string(m.start));
    } else if (const auto length = c.code_point_offsets(m, *text).size() - 1; m.end > length) {
      report(pointer_to(at.str(), "end"), "the span ends at " + std::to_string(m.end) +
                                              ", past the end of " + located(m) + " (" +
                                              std::to_string(length) + " code points)");
    }
  });
}

void span_text_mismatch(const Context& c, const Reporter& report) {
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    if (!m.text) return;
    const auto in = inside(c, m);
    if (!in) return;
    const auto found = covered(*in, m);
    if (found != *m.text)
      report(pointer_to(at.str(), "text"),
             "the span covers " + differing(found, *m.text) + ", not " + differing(*m.text, found),
             "the body may have changed: move start and end to the text, or update it");
  });
}

void span_splits_character(const Context& c, const Reporter& report) {
  // Where each spanned text's user-perceived characters start, found for the texts with spans.
  std::vector<std::vector<std::size_t>> clusters(text_slots(c.story.article));
  const auto boundary = [&](SpannedText in, std::uint32_t at) {
    // Between two ASCII characters there is always a boundary but inside CR LF: the common case,
    // answered without segmenting the text.
    const auto& offsets = *in.offsets;
    if (at == 0 || at + 1 >= offsets.size()) return true;
    const auto byte = [&](std::size_t i) {
      return static_cast<unsigned char>(in.text[offsets[i]]);
    };
    if (byte(at - 1) < 0x80 && byte(at) < 0x80) return !(byte(at - 1) == '\r' && byte(at) == '\n');
    auto& found = clusters[in.slot];
    if (found.empty()) found = grapheme::boundaries(grapheme::code_points(in.text));
    return std::binary_search(found.begin(), found.end(), std::size_t{at});
  };
  for_each_span(c.story, [&](const Mention& m, const Path& at) {
    const auto in = inside(c, m);
    if (!in) return;
    if (!boundary(*in, m.start))
      report(pointer_to(at.str(), "start"),
             "the span starts inside a character (among the marks, joiners or modifiers that "
             "make one with the letter or emoji before)",
             "move start back to where the character begins");
    if (!boundary(*in, m.end))
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
    const auto place = [&](std::size_t i) {
      const Mention& m = mentions[i];
      return std::tuple(m.part.value_or(TextPart::body), m.paragraph, m.start);
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t x, std::size_t y) { return place(x) < place(y); });
    for (std::size_t k = 1; k < order.size(); ++k) {
      const Mention &before = mentions[order[k - 1]], &after = mentions[order[k]];
      if (before.part.value_or(TextPart::body) == after.part.value_or(TextPart::body) &&
          before.paragraph == after.paragraph && after.start < before.end)
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
      const auto in = inside(c, m);
      if (!in) continue;
      const auto found = covered(*in, m);
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
