#pragma once
// Builds the text a listener hears from XML text nodes: whitespace collapsed as a browser does,
// no space where a line break joins two CJK characters, and spans kept on UTF-8 byte offsets.
#include "tingdu/media/Content.h"

#include <string>
#include <string_view>
#include <vector>

namespace tingdu::media::epub {

class TextBuffer {
public:
    /// Appends raw text; PRESERVE keeps whitespace as it is (<pre>).
    void append(std::string_view raw, bool preserve = false);
    /// A <br/> or an inline boundary that must not glue words together.
    void appendSpace();
    /// Where a span opened now would begin.
    std::size_t mark() const { return m_text.size(); }
    /// Closes a span opened at BEGIN (as returned by mark()); empty spans are dropped.
    void addSpan(Span::Kind kind, std::size_t begin, std::string value);
    /// Closes an inline element with id ID opened at BEGIN (as returned by mark()).
    void addFragment(std::string id, std::size_t begin);
    bool empty() const { return m_text.empty(); }
    /// Moves the text and spans into BLOCK and starts over.
    void takeInto(Block& block);

private:
    std::string m_text;
    std::vector<Span> m_spans;
    std::vector<Fragment> m_fragments;
    bool m_pendingSpace = false;
    bool m_pendingNewline = false; ///< the pending whitespace held a line break
};

/// True for Han, kana, CJK punctuation and full-width forms: scripts written without spaces.
bool isCjkCodePoint(char32_t cp);
/// Appends the UTF-8 form of CP.
void appendUtf8(std::string& out, char32_t cp);

} // namespace tingdu::media::epub
