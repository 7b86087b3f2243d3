// DAISY-player navigation over the played timeline. Skipping content removes its phrases from
// the played timeline, so every position is mapped through the per-phrase played start.
#include "tingdu/media/DaisyNavigation.h"

#include <algorithm>
#include <cctype>

namespace tingdu::media {

namespace {

constexpr double kEpsilon = 1e-6;

std::string lowerTrimmed(std::string_view s)
{
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())))
        s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())))
        s.remove_suffix(1);
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

} // namespace

const PhraseContent* phraseContent(const Publication& publication)
{
    return dynamic_cast<const PhraseContent*>(&publication);
}

TimelineNavigator::TimelineNavigator(const Publication& publication) : m_publication(publication)
{
    if (const PhraseContent* phrases = phraseContent(publication)) {
        m_phrases = phrases->phrases();
    } else if (const AudioContent* audio = publication.audio()) {
        // Any other audio publication: one phrase per clip.
        double t = 0;
        const auto& clips = audio->clips();
        for (std::size_t i = 0; i < clips.size(); ++i) {
            Phrase p;
            p.begin = t;
            t += clips[i].end >= 0 ? clips[i].end - clips[i].begin : 0;
            p.end = t;
            p.firstClip = i;
            p.clipCount = 1;
            p.textRef = clips[i].textRef;
            m_phrases.push_back(std::move(p));
        }
    }
    rebuild();
}

void TimelineNavigator::rebuild()
{
    m_units.assign(static_cast<std::size_t>(NavigationLevel::Phrase) + 1, {});
    m_unitsBuilt.assign(m_units.size(), false);
    m_clips.clear();
    m_playedStart.assign(m_phrases.size(), 0);
    const AudioContent* audio = m_publication.audio();
    double played = 0;
    for (std::size_t i = 0; i < m_phrases.size(); ++i) {
        const Phrase& p = m_phrases[i];
        m_playedStart[i] = played;
        if (any(p.skippable & m_skipped))
            continue;
        if (audio)
            for (std::size_t c = p.firstClip; c < p.firstClip + p.clipCount && c < audio->clips().size(); ++c)
                m_clips.push_back(audio->clips()[c]);
        played += p.end - p.begin;
    }
    m_duration = played;
}

double TimelineNavigator::setSkipped(Skippable kinds, double position)
{
    const double full = toFullTime(position);
    m_skipped = kinds;
    rebuild();
    return fromFullTime(full);
}

std::size_t TimelineNavigator::phraseAt(double position) const
{
    if (m_phrases.empty())
        return 0;
    auto it = std::upper_bound(m_playedStart.begin(), m_playedStart.end(), position + kEpsilon);
    std::size_t i =
        it == m_playedStart.begin() ? 0 : static_cast<std::size_t>(it - m_playedStart.begin()) - 1;
    // Prefer a phrase that really plays: skipped and silent ones share their start with the next.
    for (std::size_t j = i + 1; j-- > 0;) {
        const Phrase& p = m_phrases[j];
        if (!any(p.skippable & m_skipped) && p.end > p.begin)
            return j;
    }
    return i;
}

double TimelineNavigator::fromFullTime(double fullTime) const
{
    if (m_phrases.empty())
        return 0;
    auto it = std::upper_bound(m_phrases.begin(), m_phrases.end(), fullTime + kEpsilon,
                               [](double t, const Phrase& p) { return t < p.begin; });
    if (it == m_phrases.begin())
        return 0;
    const std::size_t i = static_cast<std::size_t>(it - m_phrases.begin()) - 1;
    const Phrase& p = m_phrases[i];
    if (any(p.skippable & m_skipped))
        return m_playedStart[i];
    return m_playedStart[i] + std::clamp(fullTime - p.begin, 0.0, p.end - p.begin);
}

double TimelineNavigator::toFullTime(double position) const
{
    if (m_phrases.empty())
        return 0;
    const std::size_t i = phraseAt(position);
    const Phrase& p = m_phrases[i];
    return p.begin + std::clamp(position - m_playedStart[i], 0.0, p.end - p.begin);
}

const std::vector<TimelineNavigator::Unit>& TimelineNavigator::units(NavigationLevel level) const
{
    const auto slot = static_cast<std::size_t>(level);
    std::vector<Unit>& out = m_units[slot];
    if (m_unitsBuilt[slot])
        return out;
    m_unitsBuilt[slot] = true;
    if (level == NavigationLevel::Phrase) {
        for (std::size_t i = 0; i < m_phrases.size(); ++i)
            if (!any(m_phrases[i].skippable & m_skipped) && m_phrases[i].end > m_phrases[i].begin)
                out.push_back(Unit{m_playedStart[i], 0, i});
        return out;
    }
    const bool pages = level == NavigationLevel::Page;
    const auto& points = pages ? m_publication.pageList() : m_publication.toc();
    const int maxLevel = level == NavigationLevel::AnyHeading || pages ? 99 : static_cast<int>(level);
    for (std::size_t i = 0; i < points.size(); ++i)
        if (points[i].timeSeconds >= 0 && points[i].level <= maxLevel)
            out.push_back(Unit{fromFullTime(points[i].timeSeconds), points[i].level, i});
    std::stable_sort(out.begin(), out.end(), [](const Unit& a, const Unit& b) { return a.start < b.start; });
    return out;
}

std::optional<double> TimelineNavigator::next(NavigationLevel level, double position) const
{
    const auto& all = units(level);
    const auto it = std::upper_bound(all.begin(), all.end(), position + kEpsilon,
                                     [](double t, const Unit& u) { return t < u.start; });
    if (it == all.end())
        return std::nullopt;
    return it->start;
}

std::optional<double> TimelineNavigator::previous(NavigationLevel level, double position) const
{
    const auto& all = units(level);
    // The unit holding POSITION is the last one starting at or before it; step to the one before.
    auto current = std::upper_bound(all.begin(), all.end(), position + kEpsilon,
                                    [](double t, const Unit& u) { return t < u.start; });
    if (current == all.begin())
        return std::nullopt;
    const double currentStart = std::prev(current)->start;
    for (auto it = std::prev(current); it != all.begin();) {
        --it;
        if (it->start < currentStart - kEpsilon)
            return it->start;
    }
    return std::nullopt;
}

std::optional<double> TimelineNavigator::page(std::string_view label) const
{
    const auto& pages = m_publication.pageList();
    for (const auto& p : pages)
        if (p.title == label && p.timeSeconds >= 0)
            return fromFullTime(p.timeSeconds);
    const std::string wanted = lowerTrimmed(label);
    for (const auto& p : pages)
        if (lowerTrimmed(p.title) == wanted && p.timeSeconds >= 0)
            return fromFullTime(p.timeSeconds);
    return std::nullopt;
}

std::optional<double> TimelineNavigator::tocEntry(std::size_t index) const
{
    const auto& toc = m_publication.toc();
    if (index >= toc.size() || toc[index].timeSeconds < 0)
        return std::nullopt;
    return fromFullTime(toc[index].timeSeconds);
}

WhereAmI TimelineNavigator::whereAmI(double position) const
{
    WhereAmI where;
    where.elapsed = std::clamp(position, 0.0, m_duration);
    where.total = m_duration;
    if (m_phrases.empty())
        return where;
    where.phraseIndex = phraseAt(where.elapsed);
    where.textRef = m_phrases[where.phraseIndex].textRef;
    // Compare on the played timeline: a heading whose own phrase is skipped still starts there.
    for (const auto& p : m_publication.toc())
        if (p.timeSeconds >= 0 && fromFullTime(p.timeSeconds) <= where.elapsed + kEpsilon) {
            where.sectionTitle = p.title;
            where.sectionLevel = p.level;
        }
    for (const auto& p : m_publication.pageList())
        if (p.timeSeconds >= 0 && fromFullTime(p.timeSeconds) <= where.elapsed + kEpsilon)
            where.pageLabel = p.title;
    return where;
}

} // namespace tingdu::media
