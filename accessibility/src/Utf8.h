#pragma once
// Character index ↔ UTF-8 byte offset, for mapping eSpeak's character positions back to our text.
#include <cstddef>
#include <string_view>
#include <vector>

namespace tingdu::accessibility {

class Utf8Index {
public:
    explicit Utf8Index(std::string_view text) : m_size(text.size())
    {
        for (std::size_t i = 0; i < text.size(); ++i)
            if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)  // not a continuation byte
                m_starts.push_back(i);
    }
    /// Byte offset where character CHARINDEX starts; the text size past the end.
    std::size_t byteOffset(std::size_t charIndex) const
    {
        return charIndex < m_starts.size() ? m_starts[charIndex] : m_size;
    }
    std::size_t characterCount() const { return m_starts.size(); }
    std::size_t size() const { return m_size; }

private:
    std::vector<std::size_t> m_starts;
    std::size_t m_size;
};

}  // namespace tingdu::accessibility
