#pragma once
// What an XHTML element means to a listener: hidden or not, block or inline, note or not.
#include <libxml/tree.h>
#include <string>
#include <string_view>

namespace tingdu::media::epub {

bool contains(std::string_view haystack, std::string_view needle);
/// Hidden from everyone: the hidden attribute, aria-hidden, or an inline display:none.
bool isHidden(const xmlNode* node);
/// Elements that start a block of their own (p, li, td, h1, ...) rather than flow in a line.
bool isBlockElement(std::string_view localName);
/// "footnote", "endnote", "rearnote" or "note" for a note body's epub:type / role; "" otherwise.
std::string noteRole(const std::string& types);
/// True when the block element ANCESTOR has text of its own outside NODE (so an image inside
/// it is part of a sentence, not a figure).
bool hasInlineTextBesides(const xmlNode* ancestor, const xmlNode* node);

} // namespace tingdu::media::epub
