#pragma once
// The read-aloud position and how every command moves it. Pure logic over a BookWalker (no
// threads, no audio), so navigation is deterministic and testable through the controller.
#include <optional>
#include <vector>

#include "BookWalker.h"
#include "SpeechRuns.h"
#include "tingdu/accessibility/ReadAloudController.h"

namespace tingdu::accessibility {

enum class CommandKind {
    Play, Pause, Resume, Stop, Settings, StopAfter,
    NextSentence, PreviousSentence, NextParagraph, PreviousParagraph,
    NextHeading, PreviousHeading, NextPage, PreviousPage,
};

struct Command {
    CommandKind kind = CommandKind::Stop;
    media::Locator locator;
    int level = 0;
    StopAfter stopAfter = StopAfter::Nothing;
    ReadAloudSettings settings;
};

inline Command commandOf(CommandKind kind)
{
    Command c;
    c.kind = kind;
    return c;
}

/// One sentence (or the part of it from the start position) ready to speak.
struct SpeechUnit {
    TextRange range;
    std::vector<SpeechRun> runs;
    bool lastInBlock = false;
    std::size_t nextOffset = 0;  ///< where the next sentence of the block begins
};

class Navigator {
public:
    explicit Navigator(BookWalker& walker) : m_walker(walker) {}

    /// Play, Pause, Resume, Stop and the moves; a move starts speaking at the new place.
    void apply(const Command& c);
    /// The unit at the position, skipping blocks with nothing to say; nullopt at the end.
    std::optional<SpeechUnit> currentUnit();
    /// After UNIT was spoken: the next sentence, or stop as stopAfter says.
    void advance(const SpeechUnit& unit);
    /// The end of the book was reached.
    void finish() { state = PlaybackState::Stopped; }
    WhereAmI whereAmI(const media::Publication* publication);

    BlockPosition pos;
    std::size_t offset = 0;
    PlaybackState state = PlaybackState::Stopped;
    StopAfter stopAfter = StopAfter::Nothing;
    ReadAloudSettings settings;

private:
    bool speakable(const media::Block& b) const;
    void moveTo(std::optional<BlockPosition> target, std::size_t atOffset = 0);
    void resolve(const media::Locator& locator);
    std::size_t sentenceIndex();
    void stopHere();

    BookWalker& m_walker;
};

}  // namespace tingdu::accessibility
