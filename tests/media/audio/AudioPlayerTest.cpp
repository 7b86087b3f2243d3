// The engine thread: controls, callbacks and the sleep timer, with a sink that records what
// it is given and paces like a sound card.
#include <gtest/gtest.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "AudioFixtures.h"
#include "tingdu/media/AudioPlayer.h"

using namespace tingdu::media;
using namespace tingdu::testing;
using namespace std::chrono_literals;

namespace {

// Keeps every sample; with `realTime`, write() blocks as long as the audio lasts.
class RecordingSink final : public AudioSink {
public:
    explicit RecordingSink(bool realTime, double pace = 1.0) : m_realTime(realTime), m_pace(pace) {}
    Result<void> open(const AudioFormat& f) override
    {
        m_format = f;
        return {};
    }
    Result<void> write(const std::int16_t* s, std::size_t frames) override
    {
        {
            std::lock_guard lock(mutex);
            samples.insert(samples.end(), s, s + frames * 2);
        }
        if (m_realTime)
            std::this_thread::sleep_for(std::chrono::duration<double>(frames / 44100.0 / m_pace));
        return {};
    }
    void reset() override { ++resets; }
    void close() override {}

    std::mutex mutex;
    std::vector<std::int16_t> samples;
    std::atomic<int> resets{0};

private:
    bool m_realTime;
    double m_pace;
    AudioFormat m_format;
};

struct Recorder {
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<std::pair<std::chrono::steady_clock::time_point, double>> positions;
    std::vector<PlaybackState> states;
    std::vector<int> chapters;
    std::vector<Error> errors;
    bool finished = false;

    PlayerCallbacks callbacks()
    {
        PlayerCallbacks c;
        c.position = [this](double s) {
            std::lock_guard lock(mutex);
            positions.emplace_back(std::chrono::steady_clock::now(), s);
        };
        c.state = [this](PlaybackState s) {
            std::lock_guard lock(mutex);
            states.push_back(s);
            changed.notify_all();
        };
        c.chapterChanged = [this](int i) {
            std::lock_guard lock(mutex);
            chapters.push_back(i);
        };
        c.error = [this](const Error& e) {
            std::lock_guard lock(mutex);
            errors.push_back(e);
            changed.notify_all();
        };
        c.finished = [this] {
            std::lock_guard lock(mutex);
            finished = true;
            changed.notify_all();
        };
        return c;
    }
    /// Waits until state `s` has been reported `times` times (load() itself reports Paused once).
    bool waitFor(PlaybackState s, std::chrono::milliseconds timeout, long times = 1)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, timeout, [&] { return std::count(states.begin(), states.end(), s) >= times; });
    }
    double lastPosition()
    {
        std::lock_guard lock(mutex);
        return positions.empty() ? -1 : positions.back().second;
    }
};

AudioTimeline chapteredTimeline(const TempDir& dir)
{
    EXPECT_TRUE(makeChaptered(dir.file("book.m4b"), {0, 2, 4}, 6));
    auto t = makeAudioTimeline(dir.file("book.m4b"));
    EXPECT_TRUE(t) << t.error().describe();
    return t ? *t : AudioTimeline{};
}

TEST(AudioPlayer, PlaysInRealTimeReportingPositionTenTimesASecond)
{
    TempDir dir;
    Recorder rec;
    auto sink = std::make_unique<RecordingSink>(true);
    auto* raw = sink.get();
    AudioPlayer player(std::move(sink), rec.callbacks());
    player.load(chapteredTimeline(dir));
    player.play();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Playing, 2s));
    std::this_thread::sleep_for(1200ms);
    player.pause();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Paused, 2s, 2));
    const double at = player.position();
    EXPECT_GT(at, 0.5);  // wall time on a loaded machine is not audio time
    EXPECT_LT(at, 1.3);
    {
        std::lock_guard lock(rec.mutex);
        // At least 10 reports per second of audio played, and positions that only move forward.
        EXPECT_GE(static_cast<double>(rec.positions.size()), 10 * at);
        for (std::size_t i = 1; i < rec.positions.size(); ++i)
            EXPECT_GE(rec.positions[i].second, rec.positions[i - 1].second);
    }
    std::lock_guard lock(raw->mutex);
    EXPECT_NEAR(raw->samples.size() / 2 / 44100.0, at, 0.05);
}

TEST(AudioPlayer, ResumeFromSavedPositionAndChapterNavigation)
{
    TempDir dir;
    Recorder rec;
    AudioPlayer player(std::make_unique<RecordingSink>(false), rec.callbacks());
    player.load(chapteredTimeline(dir), 3.5);
    std::this_thread::sleep_for(100ms);
    EXPECT_NEAR(player.position(), 3.5, 0.05);
    player.nextChapter();
    std::this_thread::sleep_for(100ms);
    EXPECT_NEAR(player.position(), 4.0, 0.001);
    player.previousChapter();  // at the chapter start: goes to the previous chapter
    std::this_thread::sleep_for(100ms);
    EXPECT_NEAR(player.position(), 2.0, 0.001);
    player.goToChapter(0);
    std::this_thread::sleep_for(100ms);
    EXPECT_NEAR(player.position(), 0.0, 0.001);
    player.seekRelative(5.0);
    player.seekRelative(-1.5);
    std::this_thread::sleep_for(100ms);
    EXPECT_NEAR(player.position(), 3.5, 0.001);
    std::lock_guard lock(rec.mutex);
    EXPECT_EQ(rec.chapters, (std::vector<int>{1, 2, 1, 0, 2, 1}));  // +5 s lands in chapter 3, -1.5 s back in 2
}

TEST(AudioPlayer, PlaysToTheEndAndSaysFinished)
{
    TempDir dir;
    Recorder rec;
    auto sink = std::make_unique<RecordingSink>(false);
    auto* raw = sink.get();
    AudioPlayer player(std::move(sink), rec.callbacks());
    player.load(chapteredTimeline(dir), 1.0);
    player.setSpeed(2.0);
    player.play();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Finished, 10s));
    EXPECT_TRUE(rec.finished);
    std::lock_guard lock(raw->mutex);
    EXPECT_NEAR(raw->samples.size() / 2 / 44100.0, 2.5, 0.05);  // 5 s of book at 2×
}

TEST(AudioPlayer, SpeedChangeAppliesAtTheNextChunk)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.mp3"), 440, 30));
    auto timeline = makeAudioTimeline(dir.file("tone.mp3"));
    ASSERT_TRUE(timeline);
    Recorder rec;
    auto sink = std::make_unique<RecordingSink>(true, 4.0);  // paces at 4× real time
    auto* raw = sink.get();
    AudioPlayer player(std::move(sink), rec.callbacks());
    player.load(*timeline);
    player.play();
    std::this_thread::sleep_for(300ms);
    const auto written = [&] {
        std::lock_guard lock(raw->mutex);
        return raw->samples.size() / 2;
    };
    const std::size_t atChange = written();
    player.setSpeed(2.0);
    // Book time per output second, measured on what the sink received (not wall time, which a
    // loaded machine stretches): 2.0 once the change is in.
    std::this_thread::sleep_for(200ms);
    const double p0 = player.position();
    const std::size_t f0 = written();
    std::this_thread::sleep_for(600ms);
    const double p1 = player.position();
    const std::size_t f1 = written();
    player.pause();
    ASSERT_GT(f1, f0 + 4410);
    EXPECT_NEAR((p1 - p0) / ((f1 - f0) / 44100.0), 2.0, 0.15);
    EXPECT_GT(f0, atChange) << "the engine stalled after the speed change";
}

TEST(AudioPlayer, SpeedAndVolumeChangesDoNotClick)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.flac"), 440, 30));
    auto timeline = makeAudioTimeline(dir.file("tone.flac"));
    ASSERT_TRUE(timeline);
    Recorder rec;
    auto sink = std::make_unique<RecordingSink>(true, 8.0);
    auto* raw = sink.get();
    AudioPlayer player(std::move(sink), rec.callbacks());
    player.load(*timeline);
    player.play();
    // 1.0 → 1.5 (filter in) → 2.5 (second stage) → 1.0 (bypass again), and a volume step.
    for (double speed : {1.5, 2.5, 1.0}) {
        std::this_thread::sleep_for(250ms);
        player.setSpeed(speed);
    }
    std::this_thread::sleep_for(250ms);
    player.setVolume(0.3);
    std::this_thread::sleep_for(250ms);
    player.pause();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Paused, 2s, 2));
    std::lock_guard lock(raw->mutex);
    ASSERT_GT(raw->samples.size(), 44100u);
    // A 440 Hz tone at this level moves at most ~260 per sample; a click jumps far more.
    int worst = 0;
    for (std::size_t i = 2; i < raw->samples.size(); i += 2)
        worst = std::max(worst, std::abs(raw->samples[i] - raw->samples[i - 2]));
    EXPECT_LT(worst, 600);
}

TEST(AudioPlayer, SleepTimerFadesThenPauses)
{
    TempDir dir;
    ASSERT_TRUE(makeTone(dir.file("tone.flac"), 440, 20));
    auto timeline = makeAudioTimeline(dir.file("tone.flac"));
    ASSERT_TRUE(timeline);
    Recorder rec;
    auto sink = std::make_unique<RecordingSink>(true);
    auto* raw = sink.get();
    AudioPlayer player(std::move(sink), rec.callbacks());
    player.load(*timeline);
    SleepTimer timer;
    timer.mode = SleepTimer::Mode::AfterSeconds;
    timer.seconds = 0.8;
    timer.fadeSeconds = 0.4;
    player.setSleepTimer(timer);
    player.play();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Paused, 3s, 2));
    std::lock_guard lock(raw->mutex);
    const Pcm pcm{44100, 2, raw->samples};
    // Wall-clock timer: a loaded machine may play a little less than 0.8 s, never more.
    EXPECT_GT(pcm.seconds(), 0.3);
    EXPECT_LT(pcm.seconds(), 0.95);
    const std::size_t n = pcm.frames();
    EXPECT_GT(rms(pcm, 0, 4410, 0), 0.05);  // full level at first (the tone: 0.0625)
    EXPECT_LT(rms(pcm, n - 882, n, 0), 0.02);             // faded at the end
    EXPECT_LT(rms(pcm, n - 8820, n - 4410, 0), rms(pcm, 4410, 8820, 0));
}

TEST(AudioPlayer, SleepAtEndOfChapterStopsAtTheBoundary)
{
    TempDir dir;
    Recorder rec;
    AudioPlayer player(std::make_unique<RecordingSink>(false), rec.callbacks());
    player.load(chapteredTimeline(dir), 0.5);
    SleepTimer timer;
    timer.mode = SleepTimer::Mode::EndOfChapter;
    timer.fadeSeconds = 0.5;
    player.setSleepTimer(timer);
    player.play();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Paused, 5s, 2));
    EXPECT_NEAR(player.position(), 2.0, 0.05);
}

TEST(AudioPlayer, MissingFileIsAnErrorCallback)
{
    Recorder rec;
    AudioPlayer player(std::make_unique<RecordingSink>(false), rec.callbacks());
    AudioTimeline timeline;
    AudioClip clip;
    clip.source = "/nonexistent/gone.mp3";
    timeline.clips.push_back(clip);
    timeline.clipDurations.push_back(10);
    player.load(timeline);
    player.play();
    ASSERT_TRUE(rec.waitFor(PlaybackState::Stopped, 3s));
    std::lock_guard lock(rec.mutex);
    ASSERT_EQ(rec.errors.size(), 1u);
    EXPECT_EQ(rec.errors[0].code, ErrorCode::NotFound);
}

}  // namespace
