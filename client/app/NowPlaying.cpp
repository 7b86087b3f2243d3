#include "NowPlaying.h"

namespace tingdu::client {

NowPlaying::Id NowPlaying::add(Source source)
{
    m_sources.push_back(Entry{std::move(source)});
    return m_sources.size() - 1;
}

void NowPlaying::started(Id id)
{
    if (id >= m_sources.size())
        return;
    Entry& self = m_sources[id];
    // Paused here and not playing: the report predates the pause. A source that plays again
    // counts even before its pause was reported (an engine torn down never reports it).
    if (self.pausedHere && !(self.source.playing && self.source.playing()))
        return;
    self.pausedHere = false;
    self.reportedPlaying = true;
    m_current = id;
    for (Id other = 0; other < m_sources.size(); ++other) {
        Entry& e = m_sources[other];
        if (other == id || !(e.reportedPlaying || (e.source.playing && e.source.playing())))
            continue;
        // Its engine reports the pause later; until then a start it reports predates this one.
        e.pausedHere = true;
        e.reportedPlaying = false;
        if (e.source.pause)
            e.source.pause();
    }
}

void NowPlaying::stopped(Id id)
{
    if (id >= m_sources.size())
        return;
    m_sources[id].reportedPlaying = false;
    m_sources[id].pausedHere = false;
}

bool NowPlaying::anyPlaying() const
{
    for (const Entry& e : m_sources)
        if (e.source.playing && e.source.playing())
            return true;
    return false;
}

}  // namespace tingdu::client
