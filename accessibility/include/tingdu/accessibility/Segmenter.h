#pragma once
// Sentence and word boundaries over UTF-8 text with ICU (dictionary-based for Chinese,
// Japanese, Thai...), reported as UTF-8 byte offsets so they index media::Block::text directly.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tingdu/media/Result.h"


namespace tingdu::accessibility {

/// [begin, end) in UTF-8 bytes.
struct TextRange {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool operator==(const TextRange&) const = default;
};

enum class SegmentUnit { Word, Sentence };

/// One ICU break iterator bound to one text. Not thread-safe; cheap to re-target with setText().
class Segmenter {
public:
    /// LANGUAGE is a BCP 47 tag; it picks locale-specific rules (sentence suppressions, etc.).
    static media::Result<Segmenter> create(SegmentUnit unit, const std::string& language = "en");
    Segmenter(Segmenter&&) noexcept;
    Segmenter& operator=(Segmenter&&) noexcept;
    ~Segmenter();

    /// Copies UTF8; invalid sequences are treated as U+FFFD by ICU.
    void setText(std::string_view utf8);
    const std::string& text() const { return *m_text; }

    /// Every unit in order. Words: only words, numbers and ideographs (no spaces or punctuation).
    /// Sentences: every sentence, trailing spaces included.
    std::vector<TextRange> ranges() const;
    /// The unit containing OFFSET (for words: the nearest word at or before it).
    std::optional<TextRange> containing(std::size_t offset) const;
    /// The first unit that begins after OFFSET.
    std::optional<TextRange> next(std::size_t offset) const;
    /// The last unit that begins before OFFSET.
    std::optional<TextRange> previous(std::size_t offset) const;

private:
    Segmenter() = default;
    struct Iterator;
    SegmentUnit m_unit = SegmentUnit::Sentence;
    std::unique_ptr<std::string> m_text;  // heap-held: ICU keeps a pointer into it
    std::unique_ptr<Iterator> m_it;
};

/// Convenience: the sentences of UTF8 in LANGUAGE (falls back to the whole text on ICU failure).
std::vector<TextRange> splitSentences(std::string_view utf8, const std::string& language);

}  // namespace tingdu::accessibility
