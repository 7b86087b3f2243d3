// EPUB 2 and 3 publications.
//
// libepub (Debian 0.2.2) is deliberately not called. Measured on ../shared/corpus/epub:
// epub_get_titerator(TITERATOR_PAGES) segfaults on the EPUB 2 smoke test, TITERATOR_NAVMAP
// returns NULL for every EPUB 3 book without an NCX (and crashes callers that then use it), and
// it never reads EPUB 3 navigation documents. Its safe part (epub_open + epub_get_metadata)
// re-reads the same zip and OPF without our bounds (entry sizes, entity refusal) and returns a
// subset of what EpubPackage.cpp reads itself (no refines, no accessibility metadata, no folders),
// so calling it would add a second, unbounded parser of hostile input for no gain.
#include "ContentBuilder.h"
#include "EpubEncryption.h"
#include "EpubNavigation.h"
#include "EpubPackage.h"
#include "EpubPaths.h"
#include "EpubSource.h"
#include "MediaOverlays.h"
#include "core/Readers.h"
#include "tingdu/media/DaisyNavigation.h"

#include <mutex>

namespace tingdu::media {

namespace {

using namespace epub;

bool isContentDocument(const std::string& mediaType)
{
    return mediaType.find("html") != std::string::npos || mediaType.find("svg") != std::string::npos ||
           mediaType.empty();
}

class EpubPublication final : public Publication,
                              public TextContent,
                              public AudioContent,
                              public PhraseContent {
public:
    EpubPublication(std::unique_ptr<EpubSource> source, Package package, Encryption encryption)
        : m_source(std::move(source)), m_package(std::move(package)), m_encryption(std::move(encryption))
    {
        m_warnings = m_package.warnings;
        for (const auto& item : m_package.readingOrder)
            if (!m_source->exists(item.href))
                m_warnings.push_back("the reading-order document " + item.href + " is missing");
        readNavigation();
        for (auto& item : m_package.readingOrder)
            for (const auto& entry : m_nav.toc)
                if (pathPart(entry.href) == item.href) {
                    item.title = entry.title;
                    break;
                }
        for (const auto& overlay : m_package.overlayHrefs)
            m_hasOverlays = m_hasOverlays || !overlay.empty();
    }

    Format format() const override { return Format::Epub; }
    const Metadata& metadata() const override { return m_package.metadata; }
    const std::vector<ReadingOrderItem>& readingOrder() const override { return m_package.readingOrder; }
    const std::vector<NavPoint>& toc() const override { return m_nav.toc; }
    const std::vector<NavPoint>& pageList() const override { return m_nav.pageList; }
    const std::vector<NavPoint>& landmarks() const override { return m_nav.landmarks; }
    const std::vector<std::string>& warnings() const override { return m_warnings; }
    const TextContent* text() const override { return this; }
    const AudioContent* audio() const override { return m_hasOverlays ? this : nullptr; }

    Result<std::string> readResource(const std::string& href) const override
    {
        const std::string path = pathPart(href);
        auto bytes = m_source->read(path);
        if (!bytes)
            return bytes;
        if (const auto it = m_encryption.obfuscated.find(path); it != m_encryption.obfuscated.end())
            deobfuscate(*bytes, it->second, m_package.uniqueIdentifier);
        return bytes;
    }

    std::size_t documentCount() const override { return m_package.readingOrder.size(); }

    Result<Document> document(std::size_t index) const override
    {
        if (index >= m_package.readingOrder.size())
            return makeError(ErrorCode::InvalidArgument, "no reading-order document " + std::to_string(index),
                             m_source->path());
        // One document cached: the reader asks for the same chapter repeatedly, and keeping
        // every chapter would grow memory with the book.
        if (m_cachedIndex == index && m_cached)
            return *m_cached;
        const ReadingOrderItem& item = m_package.readingOrder[index];
        Document doc;
        if (isContentDocument(item.mediaType)) {
            auto bytes = m_source->read(item.href);
            if (!bytes)
                return bytes.error();
            const std::string language =
                m_package.metadata.languages.empty() ? "" : m_package.metadata.languages.front();
            auto built = buildDocument(*bytes, item.href, language);
            if (!built)
                return built.error();
            doc = std::move(*built);
        } else { // an image in the spine (comics, covers): one picture without a description
            doc.href = item.href;
            Block image;
            image.id = "_b0";
            image.kind = BlockKind::Image;
            image.role = "image";
            doc.blocks.push_back(std::move(image));
        }
        if (doc.title.empty())
            doc.title = item.title;
        m_cached = std::make_unique<Document>(doc);
        m_cachedIndex = index;
        return doc;
    }

    const std::vector<AudioClip>& clips() const override
    {
        loadOverlays();
        return m_clips;
    }

    // PhraseContent: the media overlay's pars, so DAISY-style navigation (skip page numbers and
    // notes, escape tables) works on narrated EPUBs too.
    const std::vector<Phrase>& phrases() const override
    {
        loadOverlays();
        return m_phrases;
    }
    const std::vector<NavList>& navLists() const override { return m_navLists; }
    std::optional<TextRange> resolveText(std::string_view textRef) const override
    {
        const std::string path = pathPart(textRef);
        const std::string fragment = fragmentPart(textRef);
        for (std::size_t i = 0; i < m_package.readingOrder.size(); ++i) {
            if (m_package.readingOrder[i].href != path)
                continue;
            auto doc = document(i);
            if (!doc || doc->blocks.empty())
                return std::nullopt;
            std::string blockId = fragment;
            if (const auto it = doc->anchors.find(fragment); it != doc->anchors.end())
                blockId = it->second;
            for (const auto& block : doc->blocks) {
                if (block.id != blockId && !fragment.empty())
                    continue;
                for (const auto& inner : block.fragments)
                    if (inner.id == fragment)
                        return TextRange{i, block.id, inner.begin, inner.end};
                return TextRange{i, block.id, 0, block.text.size()};
            }
            return std::nullopt;
        }
        return std::nullopt;
    }

private:
    void loadOverlays() const
    {
        // Extracting narration from a zip costs time and disk: only when a player asks.
        std::call_once(m_clipsOnce, [this] {
            auto overlays = readMediaOverlays(*m_source, m_package);
            if (!overlays) {
                m_warnings.push_back(overlays.error().describe());
                return;
            }
            m_clips = std::move(overlays->clips);
            m_warnings.insert(m_warnings.end(), overlays->warnings.begin(), overlays->warnings.end());
            double t = 0;
            for (const auto& par : overlays->pars) {
                Phrase phrase;
                phrase.begin = t;
                for (std::size_t c = par.firstClip; c < par.firstClip + par.clipCount; ++c)
                    if (m_clips[c].end > m_clips[c].begin)
                        t += m_clips[c].end - m_clips[c].begin;
                phrase.end = t;
                phrase.firstClip = par.firstClip;
                phrase.clipCount = par.clipCount;
                phrase.smilRef = par.smilRef;
                phrase.textRef = par.textRef;
                phrase.skippable = par.skippable;
                phrase.escapableId = par.escapableId;
                m_phrases.push_back(std::move(phrase));
            }
        });
    }

    void readNavigation()
    {
        if (!m_package.navHref.empty()) {
            auto nav = readNavDocument(*m_source, m_package.navHref);
            if (nav)
                m_nav = std::move(*nav);
            else
                m_warnings.push_back("the navigation document cannot be read: " + nav.error().describe());
        }
        if ((m_nav.toc.empty() || m_nav.pageList.empty()) && !m_package.ncxHref.empty()) {
            auto ncx = readNcx(*m_source, m_package.ncxHref);
            if (ncx) {
                if (m_nav.toc.empty())
                    m_nav.toc = std::move(ncx->toc);
                if (m_nav.pageList.empty())
                    m_nav.pageList = std::move(ncx->pageList);
            } else {
                m_warnings.push_back("the NCX cannot be read: " + ncx.error().describe());
            }
        }
        if (m_nav.landmarks.empty())
            m_nav.landmarks = m_package.guide;
    }

    std::unique_ptr<EpubSource> m_source;
    Package m_package;
    Encryption m_encryption;
    Navigation m_nav;
    bool m_hasOverlays = false;
    mutable std::vector<std::string> m_warnings;
    mutable std::unique_ptr<Document> m_cached;
    mutable std::size_t m_cachedIndex = 0;
    mutable std::once_flag m_clipsOnce;
    mutable std::vector<AudioClip> m_clips;
    mutable std::vector<Phrase> m_phrases;
    std::vector<NavList> m_navLists;
};

} // namespace

Result<std::unique_ptr<Publication>> openEpub(const std::string& path)
{
    auto source = EpubSource::open(path);
    if (!source)
        return source.error();
    // DRM first: an encrypted book must say so rather than fail later as "corrupt".
    auto encryption = readEncryption(**source);
    if (!encryption)
        return encryption.error();
    auto package = readPackage(**source);
    if (!package)
        return package.error();
    return std::unique_ptr<Publication>(
        new EpubPublication(std::move(*source), std::move(*package), std::move(*encryption)));
}

} // namespace tingdu::media
