// SPDX-License-Identifier: Apache-2.0
// Where something appears in the article text.
#pragma once

#include <cstdint>
#include <optional>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <string>

namespace storydata {

STORYDATA_ENUM(MentionForm, "How a mention refers to its actor.",
               (name, "By a name or an alias (\"Kim Jong-un\", \"Pyongyang\"): the default.")(
                   nominal, "By a description (\"the judge\", \"the company\").")(
                   pronoun, "By a pronoun (\"he\", \"they\", \"its\").")(
                   quantified, "As part of a number (\"two of the hackers\")."))

STORYDATA_ENUM(TextPart, "The part of the article a span is in.",
               (headline, "The headline (`paragraph` is 0).")(standfirst,
                                                              "The standfirst (`paragraph` is 0).")(
                   body, "A paragraph of the body: the default."))

/// A span of the headline, the standfirst or one body paragraph, in Unicode code points (not bytes,
/// not UTF-16 units), so that "Seoul", "서울" and "Séoul" are counted the same way in every
/// language and runtime.
struct Mention {
  std::optional<TextPart> part{}; ///< absent: the body
  std::uint32_t paragraph = 0;
  std::uint32_t start = 0;
  std::uint32_t end = 0;
  std::optional<std::string> text{};
  std::optional<MentionForm> form{};
  Extensions extensions{};

  bool operator==(const Mention&) const = default;
};
STORYDATA_STRUCT(
    Mention,
    "A span of article text: the headline, the standfirst or a paragraph of `article.body`, and a "
    "code-point range in it.",
    (part, "Where the span is: `headline`, `standfirst` or, when absent, the body.")(
        paragraph,
        "Index of the paragraph in `article.body`, from 0; 0 for the headline and standfirst.")(
        start, "First code point of the span, from 0.")(
        end, "Code point just after the span (exclusive), so `end - start` is its length.")(
        text, "The spanned text, as a check that the span still points where it should.",
        R"(["South Korea", "the agency"])")(
        form, "For an actor's mention, how it refers to the actor; absent means by name. Only "
              "names are checked against the actor's name and aliases (SD234).")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
