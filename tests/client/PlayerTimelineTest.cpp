// The Player's skip set on DAISY books (PlayerTimeline): what it skips at the start and on
// Ctrl+Shift+K, the timeline it then plays and where the listener lands, on the tiny DAISY 2.02
// and DAISY 3 books media's tests write (ffmpeg tones, so every clip time is exact).
#include "PlayerTimeline.h"

#include "DaisyFixtures.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>

using namespace tingdu;
using media::Skippable;

namespace {

constexpr Skippable kDaisy3Default =
    Skippable::PageNumber | Skippable::NoteReference | Skippable::Note | Skippable::ProducerNote;

struct Opened {
    std::unique_ptr<media::Publication> book;
    media::AudioTimeline full;
};

Opened open(const std::filesystem::path& folder)
{
    auto book = media::openPublication(folder.string());
    EXPECT_TRUE(book) << (book ? std::string() : book.error().describe());
    if (!book)
        return {};
    auto full = media::makeAudioTimeline(**book);
    EXPECT_TRUE(full) << (full ? std::string() : full.error().describe());
    return {std::move(*book), full ? std::move(*full) : media::AudioTimeline{}};
}

TEST(PlayerTimeline, StartsWithWhatADaisy3BookSkipsByDefaultUnlessTheListenerReadsAll)
{
    auto [book, full] = open(media::test::writeDaisy3("player-start"));
    ASSERT_TRUE(book);
    EXPECT_EQ(client::playerStartSkipped(*book, false), kDaisy3Default);
    EXPECT_EQ(client::playerStartSkipped(*book, true), Skippable::None);
    EXPECT_EQ(client::playerSkippedKinds(*book), kDaisy3Default);
    EXPECT_TRUE(client::hasSkippable(*book, kDaisy3Default));
    EXPECT_FALSE(client::hasSkippable(*book, Skippable::LineNumber | Skippable::Annotation));

    media::TimelineNavigator navigator(*book);
    const auto played = client::skipOnTimeline(full, *book, navigator, kDaisy3Default, 0);
    // 13 s in all; left out: page 1 (0.5), note reference (0.5), note (1.5), producer note (1),
    // page 2 (0.5). The sidebar plays: the book turns it on.
    EXPECT_NEAR(full.duration(), 13.0, 1e-6);
    EXPECT_NEAR(played.timeline.duration(), 9.0, 1e-6);
    EXPECT_NEAR(navigator.duration(), played.timeline.duration(), 1e-6);
    EXPECT_EQ(played.timeline.clips.size(), full.clips.size() - 5);
    EXPECT_EQ(navigator.skipped(), kDaisy3Default);
    // Chapters keep their titles and move up by what is left out before them.
    ASSERT_EQ(played.timeline.chapters.size(), full.chapters.size());
    for (std::size_t i = 0; i < full.chapters.size(); ++i) {
        EXPECT_EQ(played.timeline.chapters[i].title, full.chapters[i].title);
        EXPECT_NEAR(played.timeline.chapters[i].start, navigator.fromFullTime(full.chapters[i].start), 1e-6)
            << i;
    }
    EXPECT_NEAR(played.timeline.chapters.back().start, 10.0 - 3.5, 1e-6);
}

TEST(PlayerTimeline, TogglingKeepsTheListenersPlaceAndTheEnginePlaysWhatTheNavigatorSays)
{
    auto [book, full] = open(media::test::writeDaisy3("player-toggle"));
    ASSERT_TRUE(book);
    media::TimelineNavigator navigator(*book);
    (void)client::skipOnTimeline(full, *book, navigator, kDaisy3Default, 0);

    // Half-way through "p2" (full 9–10): 6.0 s with 3.5 s left out before it.
    auto all = client::skipOnTimeline(full, *book, navigator, Skippable::None, 6.0);
    EXPECT_NEAR(all.position, 9.5, 1e-6);
    EXPECT_NEAR(all.timeline.duration(), full.duration(), 1e-6);
    EXPECT_EQ(all.timeline.clips.size(), full.clips.size());
    auto back = client::skipOnTimeline(full, *book, navigator, kDaisy3Default, all.position);
    EXPECT_NEAR(back.position, 6.0, 1e-6);

    // Inside the note (full 4.5–6) when it is skipped: on at the sidebar, the next phrase that
    // plays (full 6; 2.5 s left out before it), and that is the clip the engine starts with.
    (void)client::skipOnTimeline(full, *book, navigator, Skippable::None, back.position);
    auto skipped = client::skipOnTimeline(full, *book, navigator, kDaisy3Default, 5.0);
    EXPECT_NEAR(skipped.position, 3.5, 1e-6);
    const std::size_t clip = skipped.timeline.clipAt(skipped.position + 1e-3);
    EXPECT_NEAR(skipped.timeline.clipStart(clip), skipped.position, 1e-6);
    const media::AudioClip& starts = skipped.timeline.clips[clip];
    EXPECT_EQ(std::filesystem::path(starts.source).filename(), "a.wav");
    EXPECT_NEAR(starts.begin, 6.0, 1e-6);
    EXPECT_NEAR(starts.end, 7.0, 1e-6);
}

TEST(PlayerTimeline, ADaisy202BookSkipsItsPageNumbersNotesSidebarsAndProducerNotesOnRequest)
{
    auto [book, full] = open(media::test::writeDaisy202("player-202"));
    ASSERT_TRUE(book);
    // DAISY 2.02 asks nothing by default: everything plays until the listener says otherwise.
    EXPECT_EQ(client::playerStartSkipped(*book, false), Skippable::None);
    const Skippable kinds = client::playerSkippedKinds(*book);
    EXPECT_EQ(kinds, Skippable::PageNumber | Skippable::Note | Skippable::NoteReference | Skippable::Sidebar |
                         Skippable::ProducerNote);
    media::TimelineNavigator navigator(*book);
    // In "p2" (full 9.5–11) at 10 s; before it the pages i and 1 (0.5 each) and the note (2).
    const auto played = client::skipOnTimeline(full, *book, navigator, kinds, 10.0);
    EXPECT_NEAR(played.position, 10.0 - 3.0, 1e-6);
    // 16 s less pages i, 1, A (1.5), the note (2), the sidebar (1) and the producer note (1).
    EXPECT_NEAR(played.timeline.duration(), 16.0 - 5.5, 1e-6);
    EXPECT_NEAR(navigator.duration(), played.timeline.duration(), 1e-6);
}

TEST(PlayerTimeline, AnAudiobookWithoutPhrasesSkipsNothing)
{
    // A single audio file opens as an audiobook: clips, no phrases to skip.
    const auto dir = media::test::freshDir("player-plain");
    media::test::writeTone(dir / "tone.wav", 2, 440);
    auto book = media::openPublication((dir / "tone.wav").string());
    if (!book)
        GTEST_SKIP() << "a single WAV does not open as a publication: " << book.error().describe();
    EXPECT_EQ(client::playerSkippedKinds(**book), Skippable::None);
    EXPECT_EQ(client::playerStartSkipped(**book, false), Skippable::None);
    EXPECT_FALSE(client::hasSkippable(**book, Skippable::PageNumber));
}

} // namespace
