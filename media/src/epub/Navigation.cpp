#include "tingdu/media/Navigation.h"

namespace tingdu::media {

namespace {

std::string pathOf(const std::string& href)
{
    return href.substr(0, href.find('#'));
}

std::string fragmentOf(const std::string& href)
{
    const auto hash = href.find('#');
    return hash == std::string::npos ? std::string() : href.substr(hash + 1);
}

} // namespace

PositionMap::PositionMap(const Publication& publication) : m_publication(publication) {}

Result<const PositionMap::DocumentIndex*> PositionMap::indexOf(std::size_t document) const
{
    if (const auto it = m_indexes.find(document); it != m_indexes.end())
        return &it->second;
    const TextContent* text = m_publication.text();
    if (!text)
        return makeError(ErrorCode::Unsupported, "the publication has no text to locate in");
    auto doc = text->document(document);
    if (!doc)
        return doc.error();
    DocumentIndex index;
    for (std::size_t i = 0; i < doc->blocks.size(); ++i) {
        index.blockById.emplace(doc->blocks[i].id, i);
        index.blockIds.push_back(doc->blocks[i].id);
        index.blockStart.push_back(index.textBytes);
        index.textBytes += doc->blocks[i].text.size();
    }
    for (const auto& [anchor, blockId] : doc->anchors)
        if (const auto it = index.blockById.find(blockId); it != index.blockById.end())
            index.blockById.emplace(anchor, it->second);
    return &m_indexes.emplace(document, std::move(index)).first->second;
}

Result<Locator> PositionMap::locate(const std::string& href) const
{
    const std::string path = pathOf(href);
    const auto& order = m_publication.readingOrder();
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (order[i].href != path)
            continue;
        Locator locator;
        locator.readingOrderIndex = i;
        locator.href = path;
        const std::string fragment = fragmentOf(href);
        if (!fragment.empty()) {
            auto index = indexOf(i);
            if (!index)
                return index.error();
            // An unknown fragment still lands in the right document, at its start.
            if (const auto it = (*index)->blockById.find(fragment); it != (*index)->blockById.end())
                locator.blockId = (*index)->blockIds[it->second];
        }
        locator.progression = progression(locator);
        return locator;
    }
    return makeError(ErrorCode::NotFound, "the publication has no document " + path, href);
}

Result<Locator> PositionMap::locatePage(const std::string& label) const
{
    for (const auto& page : m_publication.pageList())
        if (page.title == label)
            return locate(page.href);
    return makeError(ErrorCode::NotFound, "the publication has no page " + label);
}

Result<Locator> PositionMap::locateTocEntry(std::size_t index) const
{
    const auto& toc = m_publication.toc();
    if (index >= toc.size())
        return makeError(ErrorCode::InvalidArgument, "no table-of-contents entry " + std::to_string(index));
    return locate(toc[index].href);
}

Result<Locator> PositionMap::restore(const Locator& saved) const
{
    auto located = locate(saved.href + (saved.blockId.empty() ? "" : "#" + saved.blockId));
    if (!located)
        return located;
    if (located->blockId == saved.blockId)
        located->charOffset = saved.charOffset;
    located->timeSeconds = saved.timeSeconds;
    located->progression = progression(*located);
    return located;
}

PositionMap::Position PositionMap::positionOf(const Locator& locator) const
{
    Position p{locator.readingOrderIndex, 0, locator.charOffset};
    if (!locator.blockId.empty())
        if (auto index = indexOf(locator.readingOrderIndex))
            if (const auto it = (*index)->blockById.find(locator.blockId); it != (*index)->blockById.end())
                p.block = it->second;
    return p;
}

std::optional<std::size_t> PositionMap::lastEntryAtOrBefore(const std::vector<NavPoint>& entries,
                                                            const Locator& locator) const
{
    const Position here = positionOf(locator);
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        auto entry = locate(entries[i].href);
        if (!entry)
            continue;
        Position start = positionOf(*entry);
        start.offset = 0;
        if (start <= here)
            found = i;
    }
    return found;
}

std::string PositionMap::pageLabelAt(const Locator& locator) const
{
    const auto index = lastEntryAtOrBefore(m_publication.pageList(), locator);
    return index ? m_publication.pageList()[*index].title : std::string();
}

std::optional<std::size_t> PositionMap::tocEntryAt(const Locator& locator) const
{
    return lastEntryAtOrBefore(m_publication.toc(), locator);
}

double PositionMap::progression(const Locator& locator) const
{
    const std::size_t count = m_publication.readingOrder().size();
    if (count == 0)
        return 0;
    if (!m_publication.text()) {
        const double total = m_publication.metadata().durationSeconds;
        return total > 0 && locator.timeSeconds >= 0 ? std::min(1.0, locator.timeSeconds / total) : 0;
    }
    if (m_documentStart.empty()) {
        std::vector<double> sizes(count, 0);
        double total = 0;
        for (std::size_t i = 0; i < count; ++i) {
            auto index = indexOf(i);
            sizes[i] = index ? static_cast<double>((*index)->textBytes) : 0;
            total += sizes[i];
        }
        double sum = 0;
        for (std::size_t i = 0; i <= count; ++i) {
            m_documentStart.push_back(total > 0 ? sum / total
                                                : static_cast<double>(i) / static_cast<double>(count));
            if (i < count)
                sum += sizes[i];
        }
    }
    const std::size_t doc = std::min(locator.readingOrderIndex, count - 1);
    double within = 0;
    if (auto index = indexOf(doc); index && (*index)->textBytes > 0) {
        const Position p = positionOf(locator);
        const std::size_t start = p.block < (*index)->blockStart.size() ? (*index)->blockStart[p.block] : 0;
        within =
            std::min(1.0, static_cast<double>(start + p.offset) / static_cast<double>((*index)->textBytes));
    }
    return m_documentStart[doc] + within * (m_documentStart[doc + 1] - m_documentStart[doc]);
}

} // namespace tingdu::media
