#pragma once
// Only one thing speaks at once: the Player's audiobook, the Reader's read-aloud and the Reader's
// narration each register here; when one starts, the others are paused (each keeps its position,
// so its own play key resumes it), and the media keys control whichever played last.
// Plain C++ (no Qt) so that tests drive it without widgets; the main window owns it and feeds it
// the places' reports on the GUI thread.
#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

namespace tingdu::client {

class NowPlaying {
public:
    /// What the coordinator and the media keys may do to one source. Every function is called
    /// on the thread that calls started()/stopped() and must not call back into NowPlaying.
    struct Source {
        std::function<bool()> playing;     ///< plays now (as far as the source knows)
        std::function<void()> pause;       ///< keeps the position; the source's play resumes it
        std::function<void()> playPause;   ///< media keys
        std::function<void()> stop;
        std::function<void()> next;
        std::function<void()> previous;
    };
    using Id = std::size_t;

    Id add(Source source);
    /// SOURCE reports it started playing: every other source that plays is paused, and SOURCE
    /// becomes the one the media keys control. A start reported by a source that was paused
    /// here, has not yet reported the pause and does not play is a stale report (both started
    /// at nearly the same time): it is ignored, the later start wins.
    void started(Id source);
    /// SOURCE reports it paused or stopped.
    void stopped(Id source);
    /// The source that played last (the media keys' target), if any has played.
    std::optional<Id> current() const { return m_current; }
    const Source& source(Id id) const { return m_sources.at(id).source; }
    bool anyPlaying() const;

private:
    struct Entry {
        Source source;
        bool reportedPlaying = false;
        bool pausedHere = false;  ///< paused for another source; its pause not yet reported
    };
    std::vector<Entry> m_sources;
    std::optional<Id> m_current;
};

}  // namespace tingdu::client
