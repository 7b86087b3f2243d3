#pragma once
// The Player's logic without widgets: which kinds of a DAISY book's content it leaves out (page
// numbers, notes, sidebars, producer notes) and the timeline it plays with them left out.
#include "tingdu/media/AudioTimeline.h"
#include "tingdu/media/DaisyNavigation.h"

namespace tingdu::client {

/// What the Player skips when the listener lets the book choose: the book's defaultSkipped()
/// (DAISY 3 customTest defaultState="false"); for a book that names none (DAISY 2.02), page
/// numbers, notes, sidebars and producer notes, as a DAISY player skips them.
media::Skippable playerSkippedKinds(const media::Publication& publication);

/// What the Player skips when it opens PUBLICATION: playerSkippedKinds() only when the book asks
/// for it by default, nothing when READ_ALL (the listener's Ctrl+Shift+K) or the book asks nothing.
media::Skippable playerStartSkipped(const media::Publication& publication, bool readAll);

/// Whether any phrase of PUBLICATION is of the KINDS (a toggle that changes nothing is said so).
bool hasSkippable(const media::Publication& publication, media::Skippable kinds);

/// A timeline with skipped content left out, and a position moved onto it.
struct PlayedTimeline {
    media::AudioTimeline timeline;
    double position = 0;
};

/// Makes NAVIGATOR skip SKIPPED and returns FULL (makeAudioTimeline() of the navigator's
/// publication) with those phrases left out, its chapters re-timed, and POSITION (on the
/// timeline played before) moved to the same phrase, or the next one that still plays.
PlayedTimeline skipOnTimeline(const media::AudioTimeline& full, const media::Publication& publication,
                              media::TimelineNavigator& navigator, media::Skippable skipped, double position);

} // namespace tingdu::client
