// One place plays at a time (client/app/NowPlaying): the coordinator the main window feeds with
// the Player's and the Reader's engine reports, driven here as the window drives it.
#include "NowPlaying.h"

#include <gtest/gtest.h>

namespace tingdu {
namespace {

using client::NowPlaying;

/// A place's sound as the coordinator sees it: plays or not, counts what it was asked to do.
struct Sound {
    bool playing = false;
    int pauses = 0;
    int toggles = 0;
    NowPlaying::Source source()
    {
        NowPlaying::Source s;
        s.playing = [this] { return playing; };
        s.pause = [this] {
            ++pauses;
            playing = false;
        };
        s.playPause = [this] {
            ++toggles;
            playing = !playing;
        };
        return s;
    }
};

TEST(NowPlaying, StartingOneSoundPausesTheOtherAndTheMediaKeysFollowTheNewOne)
{
    NowPlaying now;
    Sound audiobook, narration;
    const auto book = now.add(audiobook.source());
    const auto reader = now.add(narration.source());
    EXPECT_FALSE(now.current().has_value());
    EXPECT_FALSE(now.anyPlaying());

    audiobook.playing = true;
    now.started(book);
    EXPECT_EQ(narration.pauses, 0); // it was not playing: nothing to pause
    EXPECT_EQ(now.current(), book);

    narration.playing = true;
    now.started(reader);
    EXPECT_EQ(audiobook.pauses, 1);
    EXPECT_FALSE(audiobook.playing);
    EXPECT_EQ(narration.pauses, 0);
    EXPECT_EQ(now.current(), reader);
    now.stopped(book); // the engine reports the pause

    // The media keys' play/pause goes to the narration, the last to play.
    now.source(*now.current()).playPause();
    EXPECT_EQ(narration.toggles, 1);
    EXPECT_EQ(audiobook.toggles, 0);
    now.stopped(reader);
    EXPECT_EQ(now.current(), reader); // paused, still the one the keys resume
    EXPECT_FALSE(now.anyPlaying());

    // The listener resumes the audiobook where it was: the narration stays paused.
    audiobook.playing = true;
    now.started(book);
    EXPECT_EQ(narration.pauses, 0);
    EXPECT_EQ(now.current(), book);
    EXPECT_TRUE(now.anyPlaying());
}

TEST(NowPlaying, AStartReportedAfterTheCoordinatorPausedItsSourceIsStaleAndIgnored)
{
    NowPlaying now;
    Sound audiobook, voice;
    const auto book = now.add(audiobook.source());
    const auto reader = now.add(voice.source());
    // The voice starts; its report is still queued when the audiobook starts and reports.
    voice.playing = true;
    audiobook.playing = true;
    now.started(book);
    EXPECT_EQ(voice.pauses, 1);
    now.started(reader); // the voice's late report of its start
    EXPECT_TRUE(audiobook.playing);
    EXPECT_EQ(audiobook.pauses, 0);
    EXPECT_EQ(now.current(), book);
    now.stopped(reader); // its pause arrives

    // Started again afterwards by the listener: that start counts.
    voice.playing = true;
    now.started(reader);
    EXPECT_EQ(audiobook.pauses, 1);
    EXPECT_EQ(now.current(), reader);
}

TEST(NowPlaying, ASourceWhosePauseReportWasLostStillCountsWhenItPlaysAgain)
{
    NowPlaying now;
    Sound audiobook, narration;
    const auto book = now.add(audiobook.source());
    const auto reader = now.add(narration.source());
    narration.playing = true;
    now.started(reader);
    audiobook.playing = true;
    now.started(book);
    EXPECT_EQ(narration.pauses, 1);
    // The narration's engine is torn down (another book opens) before it reports the pause;
    // the listener then plays the narration again.
    narration.playing = true;
    now.started(reader);
    EXPECT_EQ(audiobook.pauses, 1);
    EXPECT_EQ(now.current(), reader);
}

TEST(NowPlaying, ASourceThatReportedPlayingIsPausedEvenIfItsStateLags)
{
    NowPlaying now;
    Sound audiobook, voice;
    const auto book = now.add(audiobook.source());
    const auto reader = now.add(voice.source());
    now.started(reader); // reported, though its state read says not yet (an engine snapshot lags)
    audiobook.playing = true;
    now.started(book);
    EXPECT_EQ(voice.pauses, 1);
    EXPECT_EQ(audiobook.pauses, 0);
}

} // namespace
} // namespace tingdu
