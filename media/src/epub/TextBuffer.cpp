#include "TextBuffer.h"

#include <algorithm>

namespace tingdu::media::epub {

namespace {

bool isXmlSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

char32_t firstCodePoint(std::string_view s)
{
    if (s.empty())
        return 0;
    const auto c = static_cast<unsigned char>(s[0]);
    auto cont = [&](std::size_t i) -> char32_t {
        return i < s.size() ? (static_cast<unsigned char>(s[i]) & 0x3f) : 0;
    };
    if (c < 0x80)
        return c;
    if ((c & 0xe0) == 0xc0)
        return (char32_t(c & 0x1f) << 6) | cont(1);
    if ((c & 0xf0) == 0xe0)
        return (char32_t(c & 0x0f) << 12) | (cont(1) << 6) | cont(2);
    return (char32_t(c & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

char32_t lastCodePoint(const std::string& s)
{
    std::size_t i = s.size();
    while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xc0) == 0x80)
        --i;
    return i > 0 ? firstCodePoint(std::string_view(s).substr(i - 1)) : 0;
}

} // namespace

bool isCjkCodePoint(char32_t cp)
{
    return (cp >= 0x2E80 && cp <= 0x2FDF)       // radicals
           || (cp >= 0x3000 && cp <= 0x30FF)    // CJK punctuation, hiragana, katakana
           || (cp >= 0x3100 && cp <= 0x312F)    // bopomofo
           || (cp >= 0x31F0 && cp <= 0x31FF)    // katakana extensions
           || (cp >= 0x3400 && cp <= 0x4DBF)    // extension A
           || (cp >= 0x4E00 && cp <= 0x9FFF)    // unified ideographs
           || (cp >= 0xF900 && cp <= 0xFAFF)    // compatibility ideographs
           || (cp >= 0xFE30 && cp <= 0xFE4F)    // compatibility forms
           || (cp >= 0xFF00 && cp <= 0xFFEF)    // full-width forms
           || (cp >= 0x20000 && cp <= 0x3FFFF); // supplementary ideographs
}

void appendUtf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xc0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xe0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    } else {
        out += static_cast<char>(0xf0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3f));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3f));
        out += static_cast<char>(0x80 | (cp & 0x3f));
    }
}

void TextBuffer::append(std::string_view raw, bool preserve)
{
    if (preserve) {
        if (m_pendingSpace && !m_text.empty())
            m_text += ' ';
        m_pendingSpace = m_pendingNewline = false;
        m_text.append(raw);
        return;
    }
    std::size_t i = 0;
    while (i < raw.size()) {
        if (isXmlSpace(raw[i])) {
            if (!m_text.empty())
                m_pendingSpace = true;
            if (raw[i] == '\n' || raw[i] == '\r')
                m_pendingNewline = true;
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < raw.size() && !isXmlSpace(raw[end]))
            ++end;
        const std::string_view word = raw.substr(i, end - i);
        if (m_pendingSpace && !m_text.empty()) {
            // A line break between two CJK characters is layout, not a word boundary.
            const bool joinCjk = m_pendingNewline && isCjkCodePoint(lastCodePoint(m_text)) &&
                                 isCjkCodePoint(firstCodePoint(word));
            if (!joinCjk)
                m_text += ' ';
        }
        m_pendingSpace = m_pendingNewline = false;
        m_text.append(word);
        i = end;
    }
}

void TextBuffer::appendSpace()
{
    if (!m_text.empty())
        m_pendingSpace = true;
}

void TextBuffer::addSpan(Span::Kind kind, std::size_t begin, std::string value)
{
    // A collapsed space that landed at the start belongs before the span.
    if (begin < m_text.size() && m_text[begin] == ' ')
        ++begin;
    if (begin >= m_text.size())
        return;
    m_spans.push_back(Span{kind, begin, m_text.size(), std::move(value)});
}

void TextBuffer::addFragment(std::string id, std::size_t begin)
{
    if (begin < m_text.size() && m_text[begin] == ' ')
        ++begin;
    if (begin < m_text.size())
        m_fragments.push_back(Fragment{std::move(id), begin, m_text.size()});
}

void TextBuffer::takeInto(Block& block)
{
    block.text = std::move(m_text);
    block.spans = std::move(m_spans);
    // Inner elements close first; document order is by start, the outer one first.
    std::stable_sort(m_fragments.begin(), m_fragments.end(), [](const Fragment& a, const Fragment& b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end > b.end);
    });
    block.fragments = std::move(m_fragments);
    m_text.clear();
    m_spans.clear();
    m_fragments.clear();
    m_pendingSpace = m_pendingNewline = false;
}

} // namespace tingdu::media::epub
