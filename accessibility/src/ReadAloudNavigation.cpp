#include "ReadAloudNavigation.h"

#include <algorithm>

#include "Hrefs.h"

namespace tingdu::accessibility {

namespace {

bool isHeading(const media::Block& b, int level)
{
    return b.kind == media::BlockKind::Heading && (level <= 0 || b.level == level);
}

bool isPage(const media::Block& b)
{
    return b.kind == media::BlockKind::PageBreak;
}

}  // namespace

bool Navigator::speakable(const media::Block& b) const
{
    if (b.kind == media::BlockKind::Image && !settings.announcements.imageDescriptions)
        return false;
    return !b.text.empty() || !announcementFor(b, settings.announcements).empty();
}

void Navigator::moveTo(std::optional<BlockPosition> target, std::size_t atOffset)
{
    if (!target)
        return;  // nothing there: stay, and re-speak the current sentence
    pos = *target;
    offset = atOffset;
}

std::size_t Navigator::sentenceIndex()
{
    const auto& sentences = m_walker.sentences(pos);
    std::size_t i = 0;
    while (i + 1 < sentences.size() && sentences[i + 1].begin <= offset)
        ++i;
    return i;
}

void Navigator::resolve(const media::Locator& locator)
{
    std::size_t doc = std::min(locator.readingOrderIndex, m_walker.documentCount() ? m_walker.documentCount() - 1 : 0);
    if (!locator.href.empty()) {
        for (std::size_t d = 0; d < m_walker.documentCount(); ++d)
            if (const auto* document = m_walker.document(d); document && sameDocument(locator.href, document->href)) {
                doc = d;
                break;
            }
    }
    pos = {doc, 0};
    offset = 0;
    std::string id = locator.blockId.empty() ? fragmentPart(locator.href) : locator.blockId;
    if (const media::Document* document = m_walker.document(doc); document && !id.empty()) {
        for (std::size_t b = 0; b < document->blocks.size(); ++b)
            if (document->blocks[b].id == id) {
                pos.block = b;
                offset = std::min(locator.charOffset, document->blocks[b].text.size());
                break;
            }
    }
}

void Navigator::apply(const Command& c)
{
    const auto any = [this](const media::Block& b) { return speakable(b); };
    const auto paragraph = [this](const media::Block& b) { return speakable(b) && !isPage(b); };
    switch (c.kind) {
    case CommandKind::Play:
        resolve(c.locator);
        break;
    case CommandKind::Pause:
        if (state == PlaybackState::Playing)
            state = PlaybackState::Paused;
        return;
    case CommandKind::Resume:
        if (state == PlaybackState::Paused)
            state = PlaybackState::Playing;
        return;
    case CommandKind::Stop:
        state = PlaybackState::Stopped;
        return;
    case CommandKind::NextSentence: {
        const auto& sentences = m_walker.sentences(pos);
        const std::size_t i = sentenceIndex();
        if (i + 1 < sentences.size())
            offset = sentences[i + 1].begin;
        else
            moveTo(m_walker.firstFrom({pos.document, pos.block + 1}, any));
        break;
    }
    case CommandKind::PreviousSentence: {
        const std::size_t i = sentenceIndex();
        if (i > 0) {
            offset = m_walker.sentences(pos)[i - 1].begin;
        } else if (auto before = m_walker.lastBefore(pos, any)) {
            pos = *before;
            offset = m_walker.sentences(pos).back().begin;
        }
        break;
    }
    case CommandKind::NextParagraph:
        moveTo(m_walker.firstFrom({pos.document, pos.block + 1}, paragraph));
        break;
    case CommandKind::PreviousParagraph:
        moveTo(m_walker.lastBefore(pos, paragraph));
        break;
    case CommandKind::NextHeading:
        moveTo(m_walker.firstFrom({pos.document, pos.block + 1}, [&](const auto& b) { return isHeading(b, c.level); }));
        break;
    case CommandKind::PreviousHeading:
        moveTo(m_walker.lastBefore(pos, [&](const auto& b) { return isHeading(b, c.level); }));
        break;
    case CommandKind::NextPage:
        moveTo(m_walker.firstFrom({pos.document, pos.block + 1}, isPage));
        break;
    case CommandKind::PreviousPage:
        moveTo(m_walker.lastBefore(pos, isPage));
        break;
    case CommandKind::Settings:
    case CommandKind::StopAfter:
        return;
    }
    state = PlaybackState::Playing;  // play and every move speak from the new place
}

std::optional<SpeechUnit> Navigator::currentUnit()
{
    // Bounded: each round moves forward by one sentence or block.
    for (;;) {
        const media::Block* b = m_walker.block(pos);
        if (!b || !speakable(*b)) {
            const BlockPosition from = b ? BlockPosition{pos.document, pos.block + 1} : pos;
            auto next = m_walker.firstFrom(from, [this](const media::Block& x) { return speakable(x); });
            if (!next)
                return std::nullopt;
            pos = *next;
            offset = 0;
            continue;
        }
        const auto& sentences = m_walker.sentences(pos);
        const std::size_t i = sentenceIndex();
        SpeechUnit unit;
        unit.range = {std::max(offset, sentences[i].begin), sentences[i].end};
        unit.lastInBlock = i + 1 >= sentences.size();
        unit.nextOffset = unit.lastInBlock ? b->text.size() : sentences[i + 1].begin;
        const bool atBlockStart = i == 0 && offset == 0;
        unit.runs = buildRuns(*b, unit.range, m_walker.languageOf(pos), settings.announcements, atBlockStart);
        if (!unit.runs.empty())
            return unit;
        // Only blanks here: behave as if spoken, without the stop-after checks.
        const StopAfter keep = stopAfter;
        stopAfter = StopAfter::Nothing;
        advance(unit);
        stopAfter = keep;
        if (state != PlaybackState::Playing)
            return std::nullopt;
    }
}

void Navigator::stopHere()
{
    state = PlaybackState::Stopped;
    stopAfter = StopAfter::Nothing;
}

void Navigator::advance(const SpeechUnit& unit)
{
    if (!unit.lastInBlock) {
        offset = unit.nextOffset;
        if (stopAfter == StopAfter::Sentence)
            stopHere();
        return;
    }
    const std::size_t chapter = pos.document;
    auto next = m_walker.firstFrom({pos.document, pos.block + 1}, [this](const media::Block& b) { return speakable(b); });
    if (!next) {
        // Keep the position at the end of the last block; the worker reports the end of the book.
        offset = unit.nextOffset;
        state = PlaybackState::Playing;
        pos.block += 1;
        return;
    }
    const bool chapterEnds = next->document != chapter;
    pos = *next;
    offset = 0;
    if (stopAfter == StopAfter::Sentence || stopAfter == StopAfter::Paragraph ||
        (stopAfter == StopAfter::Chapter && chapterEnds))
        stopHere();
}

WhereAmI Navigator::whereAmI(const media::Publication* publication)
{
    WhereAmI w;
    const media::Document* doc = m_walker.document(pos.document);
    const media::Block* block = m_walker.block(pos);
    w.locator.readingOrderIndex = pos.document;
    w.locator.href = doc ? doc->href : std::string();
    w.locator.blockId = block ? block->id : std::string();
    w.locator.charOffset = offset;
    const std::size_t count = std::max<std::size_t>(1, m_walker.documentCount());
    const double inDoc = doc && !doc->blocks.empty()
                             ? static_cast<double>(std::min(pos.block, doc->blocks.size())) / static_cast<double>(doc->blocks.size())
                             : 0.0;
    w.locator.progression = std::clamp((static_cast<double>(pos.document) + inDoc) / static_cast<double>(count), 0.0, 1.0);
    w.percent = 100.0 * w.locator.progression;

    w.chapter = doc ? doc->title : std::string();
    if (publication && doc) {
        // The last TOC entry of this document that starts at or before the position.
        for (const media::NavPoint& p : publication->toc()) {
            if (!sameDocument(p.href, doc->href))
                continue;
            const std::string id = fragmentPart(p.href);
            auto at = std::find_if(doc->blocks.begin(), doc->blocks.end(), [&](const auto& b) { return b.id == id; });
            const std::size_t index = id.empty() || at == doc->blocks.end() ? 0 : static_cast<std::size_t>(at - doc->blocks.begin());
            if (index <= pos.block)
                w.chapter = p.title;
        }
    }
    if (auto page = m_walker.lastBefore({pos.document, pos.block + 1}, isPage, true))
        w.pageLabel = m_walker.block(*page)->label;
    return w;
}

}  // namespace tingdu::accessibility
