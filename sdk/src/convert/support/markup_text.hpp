// SPDX-License-Identifier: Apache-2.0
// Story text in markup: XML documents (GraphML, GEXF) and HTML fragments (TimelineJS). The text is
// untrusted: it may hold markup characters, characters XML 1.0 forbids even as references, or (in
// a story built in code) bytes that are not UTF-8. It must never become markup.
#pragma once

#include <string>
#include <string_view>

namespace storydata::convert {

/// `text` escaped for XML element content and attribute values alike: & < > " ' and tab, line
/// feed and carriage return as references (attribute values would otherwise lose them to
/// white-space normalisation); characters XML 1.0 forbids and invalid UTF-8 become U+FFFD.
std::string xml_escape(std::string_view text);

/// `text` escaped for HTML text and attribute values: & < > " ' as references.
std::string html_escape(std::string_view text);

} // namespace storydata::convert
