#include "NarrationMap.h"

#include <algorithm>
#include <map>

#include "tingdu/media/DaisyNavigation.h"

namespace tingdu::client {

namespace {

bool isNcc(const std::string& textRef)
{
    std::string file = textRef.substr(0, textRef.find('#'));
    std::transform(file.begin(), file.end(), file.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return file == "ncc.html" || file.ends_with("/ncc.html") || file == "ncc.htm" || file.ends_with("/ncc.htm");
}

} // namespace

bool NarrationMap::hasNarration(const media::Publication& publication)
{
    const media::PhraseContent* phrases = media::phraseContent(publication);
    if (!phrases || !publication.audio() || !publication.text())
        return false;
    // An EPUB has audio only when it has media overlays; asking for its phrases would extract
    // all the narration from the zip, which is the player's job, later.
    if (publication.format() == media::Format::Epub)
        return true;
    // DAISY: audio-only books point their phrases at the NCC, which is navigation, not text.
    return std::any_of(phrases->phrases().begin(), phrases->phrases().end(), [](const media::Phrase& p) {
        return !p.textRef.empty() && !isNcc(p.textRef);
    });
}

NarrationMap NarrationMap::build(const media::Publication& publication, media::Skippable skipped)
{
    NarrationMap map;
    const media::PhraseContent* phrases = media::phraseContent(publication);
    const media::TextContent* text = publication.text();
    if (!phrases || !text || !publication.audio())
        return map;
    std::map<std::size_t, std::map<std::string, std::size_t>> blockIndexes; // per document: id → index
    const auto& all = phrases->phrases();
    double skippedBefore = 0;  // what is left out before a phrase moves it earlier on the timeline
    for (std::size_t i = 0; i < all.size(); ++i) {
        const media::Phrase& phrase = all[i];
        if (media::any(phrase.skippable & skipped)) {
            skippedBefore += std::max(0.0, phrase.end - phrase.begin);
            continue;
        }
        if (phrase.textRef.empty() || isNcc(phrase.textRef) || phrase.end <= phrase.begin)
            continue;
        const auto range = phrases->resolveText(phrase.textRef);
        if (!range || range->documentIndex >= text->documentCount())
            continue;
        auto [ids, fresh] = blockIndexes.try_emplace(range->documentIndex);
        if (fresh)
            if (auto doc = text->document(range->documentIndex))
                for (std::size_t b = 0; b < doc->blocks.size(); ++b)
                    ids->second.emplace(doc->blocks[b].id, b);
        const auto block = ids->second.find(range->blockId);
        if (block == ids->second.end())
            continue;
        map.m_fragments.push_back(NarratedText{phrase.begin - skippedBefore, phrase.end - skippedBefore, i,
                                               range->documentIndex, block->second, range->blockId,
                                               range->begin, std::max(range->begin, range->end)});
    }
    // Playback order is timeline order; a book whose phrases go back in time is broken, and a
    // stable sort keeps lookups by binary search correct for it.
    std::stable_sort(map.m_fragments.begin(), map.m_fragments.end(),
                     [](const NarratedText& a, const NarratedText& b) { return a.begin < b.begin; });
    return map;
}

media::AudioTimeline NarrationMap::withoutSkipped(media::AudioTimeline full, const media::Publication& publication,
                                                  media::Skippable skipped)
{
    const media::PhraseContent* phrases = media::phraseContent(publication);
    if (!phrases || !media::any(skipped))
        return full;
    std::vector<bool> keep(full.clips.size(), true);
    for (const media::Phrase& p : phrases->phrases())
        if (media::any(p.skippable & skipped))
            for (std::size_t c = p.firstClip; c < p.firstClip + p.clipCount && c < keep.size(); ++c)
                keep[c] = false;
    media::AudioTimeline played;
    played.source = full.source;
    struct Cut {
        double end;     ///< full time the left-out clip ends
        double length;
        double total;   ///< all left out up to its end
    };
    std::vector<Cut> cuts;
    double t = 0, left = 0;
    for (std::size_t c = 0; c < full.clips.size(); ++c) {
        const double length = c < full.clipDurations.size() ? full.clipDurations[c] : 0;
        if (keep[c]) {
            played.clips.push_back(full.clips[c]);
            played.clipDurations.push_back(length);
        } else {
            left += length;
            cuts.push_back({t + length, length, left});
        }
        t += length;
    }
    auto onPlayed = [&cuts](double fullTime) {
        double before = 0;
        for (const Cut& cut : cuts) {
            if (cut.end <= fullTime + 1e-6) {
                before = cut.total;
            } else {
                if (cut.end - cut.length < fullTime)  // inside a left-out clip: where it was cut out
                    before = cut.total - (cut.end - fullTime);
                break;
            }
        }
        return std::max(0.0, fullTime - before);
    };
    for (media::AudioChapter chapter : full.chapters) {
        chapter.start = onPlayed(chapter.start);
        chapter.end = onPlayed(chapter.end);
        played.chapters.push_back(std::move(chapter));
    }
    return played;
}

std::optional<std::size_t> NarrationMap::fragmentAt(double position) const
{
    const auto it = std::upper_bound(m_fragments.begin(), m_fragments.end(), position,
                                     [](double p, const NarratedText& f) { return p < f.begin; });
    if (it == m_fragments.begin())
        return std::nullopt;
    return static_cast<std::size_t>(it - m_fragments.begin()) - 1;
}

std::optional<std::size_t> NarrationMap::fragmentFrom(std::size_t document, std::size_t block) const
{
    for (std::size_t i = 0; i < m_fragments.size(); ++i) {
        const NarratedText& f = m_fragments[i];
        if (f.document > document || (f.document == document && f.block >= block))
            return i;
    }
    return std::nullopt;
}

std::optional<double> NarrationMap::nextSentence(double position) const
{
    const auto at = fragmentAt(position);
    const std::size_t next = at ? *at + 1 : 0;
    if (next >= m_fragments.size())
        return std::nullopt;
    return m_fragments[next].begin;
}

std::optional<double> NarrationMap::previousSentence(double position) const
{
    const auto at = fragmentAt(position);
    if (!at || *at == 0)
        return std::nullopt;
    return m_fragments[*at - 1].begin;
}

bool NarrationMap::sameBlock(std::size_t a, std::size_t b) const
{
    return m_fragments[a].document == m_fragments[b].document && m_fragments[a].block == m_fragments[b].block;
}

std::size_t NarrationMap::firstOfBlock(std::size_t index) const
{
    while (index > 0 && sameBlock(index - 1, index))
        --index;
    return index;
}

std::optional<double> NarrationMap::nextParagraph(double position) const
{
    const auto at = fragmentAt(position);
    if (!at)
        return m_fragments.empty() ? std::nullopt : std::optional<double>(m_fragments.front().begin);
    for (std::size_t i = *at + 1; i < m_fragments.size(); ++i)
        if (!sameBlock(i, *at))
            return m_fragments[i].begin;
    return std::nullopt;
}

std::optional<double> NarrationMap::previousParagraph(double position) const
{
    const auto at = fragmentAt(position);
    if (!at)
        return std::nullopt;
    const std::size_t first = firstOfBlock(*at);
    // Well into the paragraph: back to its start, as a DAISY player's "previous" does.
    if (first < *at || position - m_fragments[first].begin > 1.0)
        return m_fragments[first].begin;
    if (first == 0)
        return std::nullopt;
    return m_fragments[firstOfBlock(first - 1)].begin;
}

} // namespace tingdu::client
