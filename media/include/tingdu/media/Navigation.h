#pragma once
// Positions in a publication's text: locators from and to links, page labels and TOC entries,
// and the overall progression. A Locator saved as (href, blockId, charOffset) survives reopening.
#include "tingdu/media/Publication.h"

#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace tingdu::media {

/// Maps locators over one opened publication with text. Keeps a reference to PUBLICATION (which
/// must outlive it) and a small per-document index (block ids and text sizes), built lazily.
/// Not thread-safe, like the publication.
class PositionMap {
public:
    explicit PositionMap(const Publication& publication);

    /// A locator for "doc.xhtml#id" (a path inside the publication, as in NavPoint::href).
    /// Errors: NotFound (no such document), Unsupported (the publication has no text), the
    /// document's own parse errors.
    Result<Locator> locate(const std::string& href) const;
    /// The start of the page labelled LABEL. Errors: NotFound, and those of locate().
    Result<Locator> locatePage(const std::string& label) const;
    /// The start of toc()[INDEX]. Errors: InvalidArgument, and those of locate().
    Result<Locator> locateTocEntry(std::size_t index) const;
    /// Re-anchors a saved locator after reopening: the href and block id win over the stored
    /// index (the book may have been updated); progression is recomputed.
    Result<Locator> restore(const Locator& saved) const;

    /// The label of the page LOCATOR is on; "" when the book has no page list or it is before the first page.
    std::string pageLabelAt(const Locator& locator) const;
    /// Index into toc() of the entry LOCATOR is in; nullopt before the first entry.
    std::optional<std::size_t> tocEntryAt(const Locator& locator) const;
    /// 0..1 over the whole publication, weighted by each document's length of text.
    double progression(const Locator& locator) const;

private:
    struct DocumentIndex {
        std::map<std::string, std::size_t> blockById; ///< block and anchor ids -> block index
        std::vector<std::string> blockIds;
        std::vector<std::size_t> blockStart; ///< text bytes before each block
        std::size_t textBytes = 0;
    };
    struct Position {
        std::size_t document = 0;
        std::size_t block = 0;
        std::size_t offset = 0;
        // Spelled out: clang-tidy 14 misreads a defaulted operator<=> (modernize-use-nullptr).
        bool operator<=(const Position& o) const
        {
            return std::tie(document, block, offset) <= std::tie(o.document, o.block, o.offset);
        }
    };

    Result<const DocumentIndex*> indexOf(std::size_t document) const;
    Position positionOf(const Locator& locator) const;
    std::optional<std::size_t> lastEntryAtOrBefore(const std::vector<NavPoint>& entries,
                                                   const Locator& locator) const;

    const Publication& m_publication;
    mutable std::map<std::size_t, DocumentIndex> m_indexes;
    mutable std::vector<double> m_documentStart; ///< cumulative share of text before each document
};

} // namespace tingdu::media
