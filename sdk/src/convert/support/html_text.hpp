// The text of an HTML, XHTML or NITF body, as paragraphs: a small tokenizer (tags, comments,
// CDATA, character references), not pattern matching, so markup never leaks into story text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storydata::convert {

/// Block elements (p, div, headings, list items, table rows, NITF blocks, two <br>s in a row)
/// end a paragraph; scripts, styles, document heads and NITF's body.head (the headline and byline,
/// kept elsewhere) are skipped; character references are decoded (unknown ones are kept as
/// written); white space is collapsed and empty paragraphs dropped.
std::vector<std::string> html_paragraphs(std::string_view html);

} // namespace storydata::convert
