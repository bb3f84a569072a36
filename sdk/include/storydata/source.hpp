// SPDX-License-Identifier: Apache-2.0
// Where information comes from, and the chain of hands it passed through.
#pragma once

#include <optional>
#include <storydata/actor.hpp>
#include <storydata/describe.hpp>
#include <storydata/extensions.hpp>
#include <storydata/id.hpp>
#include <storydata/time.hpp>
#include <string>
#include <vector>

namespace storydata {

STORYDATA_ENUM(SourceKind, "What kind of source this is.",
               (document,
                "A document or record.")(collection,
                                         "A collection of documents, such as a leaked cache.")(
                   article, "A news article or report.")(broadcast, "A broadcast or video.")(
                   statement, "An official statement or press release.")(
                   interview, "An interview.")(testimony, "Testimony at a hearing or in court.")(
                   dataset, "A dataset.")(social_post,
                                          "A post on a social network.")(other, "Anything else."))

STORYDATA_ENUM(DerivationKind, "How a source came from an earlier one (after W3C PROV).",
               (part_of, "It is part of the earlier source (a document in a cache).")(
                   leaked, "It was leaked from the earlier source.")(
                   published, "It publishes the earlier source's content.")(
                   reported, "It reports on the earlier source.")(
                   quoted, "It quotes the earlier source.")(translated,
                                                            "It translates the earlier source.")(
                   obtained, "It was obtained from the earlier source (by request, by seizure)."))

struct Source;

/// One step in a provenance chain: this source derives from another, by some act of someone.
struct Derivation {
  Ref<Source> source{};
  DerivationKind kind = DerivationKind::reported;
  std::optional<Ref<Actor>> by{};
  std::optional<VagueTime> time{};
  Extensions extensions{};

  bool operator==(const Derivation&) const = default;
};
STORYDATA_STRUCT(Derivation, "One step of provenance: derived from an earlier source.",
                 (source, "The earlier source.", R"(["snowden-files"])")(kind,
                                                                         "How it derives from it.")(
                     by, "The actor who did it (the leaker, the publisher).",
                     R"(["edward-snowden"])")(time, "When it happened.")(
                     extensions, "Producer-defined `x-` fields, preserved as they are."))

/// A document, publication or statement that information in the story comes from.
struct Source {
  Id id{};
  SourceKind kind = SourceKind::other;
  std::string title{};
  std::optional<Ref<Actor>> actor{};
  std::vector<Ref<Actor>> authors{};
  std::optional<Ref<Actor>> publisher{};
  std::optional<VagueTime> time{};
  std::optional<std::string> url{};
  std::vector<Derivation> derived_from{};
  Extensions extensions{};

  bool operator==(const Source&) const = default;
};
STORYDATA_STRUCT(
    Source, "A document, publication or statement that information in the story comes from.",
    (id, "Identifier, unique among the story's sources.",
     R"(["snowden-files"])")(kind, "What kind of source it is.")(title,
                                                                 "A title or short description.",
                                                                 R"(["NSA internal memo, 2013"])")(
        actor,
        "The actor that stands for this source in the story, when it is one (a leaked "
        "document that is itself mentioned).",
        R"(["nsa-memo"])")(authors, "Who wrote or made it.",
                           R"([["nsa"]])")(publisher, "Who published it.", R"(["der-spiegel"])")(
        time,
        "When it was made or published.")(url, "Where it can be found.",
                                          R"(["https://news.example/documents/nsa-memo.pdf"])")(
        derived_from, "The earlier sources it comes from, and how.")(
        extensions, "Producer-defined `x-` fields, preserved as they are."))

} // namespace storydata
