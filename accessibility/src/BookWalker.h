#pragma once
// Moves through a TextContent block by block, loading (and caching) documents as it goes.
// Used only from one thread at a time (the read-aloud worker, or an export worker).
#include <compare>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tingdu/accessibility/Segmenter.h"
#include "tingdu/media/Publication.h"

namespace tingdu::accessibility {

struct BlockPosition {
    std::size_t document = 0;
    std::size_t block = 0;
    auto operator<=>(const BlockPosition&) const = default;
};

class BookWalker {
public:
    explicit BookWalker(const media::TextContent& text, std::string defaultLanguage = "en")
        : m_text(text), m_defaultLanguage(std::move(defaultLanguage)) {}

    std::size_t documentCount() const { return m_text.documentCount(); }
    /// nullptr when the document cannot be parsed (lastError() says why); such documents are skipped.
    const media::Document* document(std::size_t index);
    const media::Block* block(BlockPosition at);
    const std::optional<media::Error>& lastError() const { return m_lastError; }

    using BlockTest = std::function<bool(const media::Block&)>;
    /// The first block at or after AT that passes TEST (across documents).
    std::optional<BlockPosition> firstFrom(BlockPosition at, const BlockTest& test);
    /// The last block strictly before AT that passes TEST. LOADEDONLY: look only in documents
    /// already parsed (for cheap context such as the current page label).
    std::optional<BlockPosition> lastBefore(BlockPosition at, const BlockTest& test, bool loadedOnly = false);

    /// The language in force for a block: its own, its document's, then the default.
    std::string languageOf(BlockPosition at);
    /// The block's sentences (one empty range for a block without text).
    const std::vector<TextRange>& sentences(BlockPosition at);

private:
    const media::TextContent& m_text;
    std::string m_defaultLanguage;
    std::map<std::size_t, std::optional<media::Document>> m_documents;  // nullopt: failed to load
    std::optional<media::Error> m_lastError;
    std::optional<BlockPosition> m_sentencesOf;
    std::vector<TextRange> m_sentences;
};

}  // namespace tingdu::accessibility
