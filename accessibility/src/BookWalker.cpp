#include "BookWalker.h"

namespace tingdu::accessibility {

const media::Document* BookWalker::document(std::size_t index)
{
    if (index >= documentCount())
        return nullptr;
    auto it = m_documents.find(index);
    if (it == m_documents.end()) {
        auto loaded = m_text.document(index);
        if (!loaded)
            m_lastError = loaded.error();
        it = m_documents.emplace(index, loaded ? std::optional<media::Document>(std::move(*loaded)) : std::nullopt).first;
    }
    return it->second ? &*it->second : nullptr;
}

const media::Block* BookWalker::block(BlockPosition at)
{
    const media::Document* doc = document(at.document);
    return doc && at.block < doc->blocks.size() ? &doc->blocks[at.block] : nullptr;
}

std::optional<BlockPosition> BookWalker::firstFrom(BlockPosition at, const BlockTest& test)
{
    for (std::size_t d = at.document; d < documentCount(); ++d) {
        const media::Document* doc = document(d);
        if (!doc)
            continue;
        for (std::size_t b = d == at.document ? at.block : 0; b < doc->blocks.size(); ++b)
            if (test(doc->blocks[b]))
                return BlockPosition{d, b};
    }
    return std::nullopt;
}

std::optional<BlockPosition> BookWalker::lastBefore(BlockPosition at, const BlockTest& test, bool loadedOnly)
{
    for (std::size_t d = std::min(at.document + 1, documentCount()); d-- > 0;) {
        if (loadedOnly && d != at.document && !m_documents.count(d))
            continue;
        const media::Document* doc = document(d);
        if (!doc)
            continue;
        std::size_t b = d == at.document ? std::min(at.block, doc->blocks.size()) : doc->blocks.size();
        while (b-- > 0)
            if (test(doc->blocks[b]))
                return BlockPosition{d, b};
    }
    return std::nullopt;
}

std::string BookWalker::languageOf(BlockPosition at)
{
    if (const media::Block* b = block(at); b && !b->language.empty())
        return b->language;
    if (const media::Document* d = document(at.document); d && !d->language.empty())
        return d->language;
    return m_defaultLanguage;
}

const std::vector<TextRange>& BookWalker::sentences(BlockPosition at)
{
    if (m_sentencesOf == at)
        return m_sentences;
    m_sentencesOf = at;
    const media::Block* b = block(at);
    m_sentences = b && !b->text.empty() ? splitSentences(b->text, languageOf(at)) : std::vector<TextRange>{};
    if (m_sentences.empty())
        m_sentences.push_back({0, 0});
    return m_sentences;
}

}  // namespace tingdu::accessibility
