// SPDX-License-Identifier: Apache-2.0
// The text of an HTML, XHTML or NITF body, as paragraphs: a small tokenizer (tags, comments,
// CDATA, character references), not pattern matching, so markup never leaks into story text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storydata::convert {

/// Block elements (p, div, headings, list items, table rows, NITF blocks, two <br>s in a row)
/// end a paragraph; scripts, styles, document heads and NITF's body.head (the headline and byline,
/// kept elsewhere) are skipped; character references are decoded as HTML5 decodes them in text
/// (all 2,231 names, numbers with 0x80-0x9F read as windows-1252); white space is collapsed and
/// empty paragraphs dropped. A reference written `&name;` with a name HTML5 does not have is
/// kept as written and, when `unknown_references` is given, added to it ("&eacut;").
std::vector<std::string> html_paragraphs(std::string_view html,
                                         std::vector<std::string>* unknown_references = nullptr);

/// The paragraphs of html_paragraphs() on one line, joined by spaces.
std::string html_line(std::string_view html,
                      std::vector<std::string>* unknown_references = nullptr);

} // namespace storydata::convert
