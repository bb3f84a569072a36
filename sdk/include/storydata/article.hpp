// SPDX-License-Identifier: Apache-2.0
// The news article a story is drawn from.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/source.hpp>
#include <storydata/time.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace storydata {

/// The article: its metadata and its body as paragraphs of plain text.
struct Article {
  std::string headline{};
  std::optional<std::string> standfirst{};
  std::optional<Ref<Actor>> publisher{};
  std::vector<Ref<Actor>> authors{};
  std::optional<PartialDate> published{};
  std::optional<PartialDate> modified{};
  std::optional<std::string> language{};
  std::optional<std::string> section{};
  std::optional<std::string> url{};
  std::vector<std::string> body{};
  std::vector<Derivation> derived_from{};
  Extensions extensions{};

  bool operator==(const Article&) const = default;
};
STORYDATA_STRUCT(
    Article, "The news article the story is drawn from.",
    (headline, "The headline.")(standfirst,
                                "The standfirst (dek): the summary under the headline.")(
        publisher, "The actor that published it (a `media` actor).",
        R"(["yonhap"])")(authors, "The actors who wrote it.",
                         R"([["mina-park", "lee-joon"]])")(published, "Publication date.")(
        modified, "Date of the last update.")(language, "BCP 47 language tag (\"en\", \"ko\").",
                                              R"(["en", "ko", "pt-BR"])")(
        section, "The section it ran in (\"Cybersecurity\").",
        R"(["Cybersecurity", "World"])")(url, "Where it is published.",
                                         R"(["https://news.example/2015/03/korea-us-spying"])")(
        body, "The body as paragraphs of plain text; mentions point into these by index.")(
        derived_from, "The sources the article itself draws on, and how.")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

/// The text whose code points a span counts: its paragraph of the body, the headline or the
/// standfirst. Nullopt when the article has no such text: a paragraph past the body's end, no
/// standfirst, or a headline or standfirst span whose paragraph is not 0.
std::optional<std::string_view> spanned_text(const Article& article, const Mention& span) noexcept;

} // namespace storydata
