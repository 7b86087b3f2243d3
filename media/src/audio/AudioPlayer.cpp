#include "tingdu/media/AudioPlayer.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

#include "FilterLibrary.h"
#include "Gain.h"
#include "Playback.h"

namespace tingdu::media {

using Clock = std::chrono::steady_clock;

// Everything below m_thread is touched only by the engine thread; the public methods post
// commands (closures) through the mutex-guarded queue.
struct AudioPlayer::Engine {
    Engine(std::unique_ptr<AudioSink> s, PlayerCallbacks c)
        : sink(std::move(s)), callbacks(std::move(c)), format(sink->preferredFormat()), gain(format)
    {
        thread = std::thread([this] { run(); });
    }
    ~Engine()
    {
        cancel = true;
        post([this] { quit = true; });
        thread.join();
        if (sinkOpen)
            sink->close();
    }

    void post(std::function<void()> command)
    {
        {
            std::lock_guard lock(mutex);
            commands.push_back(std::move(command));
        }
        wake.notify_one();
    }

    void run();
    void runCommands(bool block);
    void step();
    void setState(PlaybackState s);
    void fail(const Error& e);
    void reportPosition(bool force);
    void seekTo(double t);
    double sleepFade();

    std::unique_ptr<AudioSink> sink;
    PlayerCallbacks callbacks;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> commands;
    std::atomic<double> shownPosition{0};
    std::atomic<PlaybackState> shownState{PlaybackState::Stopped};
    std::atomic<bool> cancel{false};

    AudioFormat format;
    audio::Gain gain;
    AudioTimeline timeline;
    std::unique_ptr<audio::Playback> playback;
    std::vector<std::int16_t> buffer;  // one chunk, reused
    bool quit = false;
    bool playing = false;
    bool sinkOpen = false;
    double position = 0;
    double speed = 1.0;
    double volume = 1.0;
    int chapter = -1;
    SleepTimer sleep;
    Clock::time_point sleepDeadline;
    double sleepChapterEnd = 0;  // EndOfChapter: fixed when set, so crossing the boundary ends it
    Clock::time_point lastReport;
    std::thread thread;  // last: starts after every member above exists
};

void AudioPlayer::Engine::run()
{
    while (!quit) {
        runCommands(!playing);
        if (!quit && playing)
            step();
    }
}

void AudioPlayer::Engine::runCommands(bool block)
{
    std::deque<std::function<void()>> pending;
    {
        std::unique_lock lock(mutex);
        if (block)
            wake.wait(lock, [this] { return !commands.empty(); });
        pending.swap(commands);
    }
    for (auto& c : pending)
        c();
}

void AudioPlayer::Engine::setState(PlaybackState s)
{
    if (shownState.exchange(s) != s && callbacks.state)
        callbacks.state(s);
}

void AudioPlayer::Engine::fail(const Error& e)
{
    playing = false;
    playback.reset();  // the next play() re-opens at the last position
    if (callbacks.error)
        callbacks.error(e);
    setState(PlaybackState::Stopped);
}

void AudioPlayer::Engine::reportPosition(bool force)
{
    shownPosition = position;
    const auto now = Clock::now();
    if (callbacks.position && (force || now - lastReport >= std::chrono::milliseconds(50))) {
        lastReport = now;
        callbacks.position(position);
    }
    const int c = timeline.chapterAt(position);
    if (c != chapter) {
        chapter = c;
        if (c >= 0 && callbacks.chapterChanged)
            callbacks.chapterChanged(c);
    }
}

void AudioPlayer::Engine::seekTo(double t)
{
    position = std::clamp(t, 0.0, timeline.duration());
    if (playback) {
        if (auto r = playback->seek(position); !r)
            return fail(r.error());
        if (sinkOpen)
            sink->reset();
    }
    reportPosition(true);
}

// The sleep timer's level: 1 until the last fadeSeconds, then down to 0, where playback pauses.
double AudioPlayer::Engine::sleepFade()
{
    double remaining = 0;
    if (sleep.mode == SleepTimer::Mode::Off)
        return 1.0;
    if (sleep.mode == SleepTimer::Mode::AfterSeconds) {
        remaining = std::chrono::duration<double>(sleepDeadline - Clock::now()).count();
    } else {
        remaining = (sleepChapterEnd - position) / speed;
    }
    return std::clamp(remaining / std::max(0.05, sleep.fadeSeconds), 0.0, 1.0);
}

void AudioPlayer::Engine::step()
{
    if (!playback) {
        playback = std::make_unique<audio::Playback>(timeline, format);
        if (auto r = playback->setSpeed(speed); !r)
            return fail(r.error());
        if (auto r = playback->seek(position); !r)
            return fail(r.error());
    }
    if (!sinkOpen) {
        if (auto r = sink->open(format); !r)
            return fail(r.error());
        sinkOpen = true;
    }
    const double fade = sleepFade();
    if (fade <= 0) {  // the sleep timer ran out: pause where the listener fell asleep
        sleep = {};
        playing = false;
        gain.jump(volume);
        setState(PlaybackState::Paused);
        return reportPosition(true);
    }
    gain.setTarget(volume * fade);
    std::size_t chunk = static_cast<std::size_t>(format.sampleRate) / 50;  // 20 ms
    if (sleep.mode == SleepTimer::Mode::EndOfChapter)  // stop on the boundary, not a chunk later
        chunk = std::clamp<std::size_t>(
            static_cast<std::size_t>(std::ceil((sleepChapterEnd - position) / speed * format.sampleRate)), 1, chunk);
    buffer.resize(chunk * static_cast<std::size_t>(format.channels));
    auto n = playback->read(buffer.data(), chunk);
    if (!n)
        return fail(n.error());
    if (*n == 0) {
        (void)sink->drain();
        playing = false;
        position = timeline.duration();
        reportPosition(true);
        if (callbacks.finished)
            callbacks.finished();
        setState(PlaybackState::Finished);
        return;
    }
    gain.apply(buffer.data(), *n);
    if (auto w = sink->write(buffer.data(), *n); !w)
        return fail(w.error());
    position = playback->position();
    reportPosition(false);
}

AudioPlayer::AudioPlayer(std::unique_ptr<AudioSink> sink, PlayerCallbacks callbacks)
    : m_engine(std::make_unique<Engine>(std::move(sink), std::move(callbacks)))
{
}

AudioPlayer::~AudioPlayer() = default;

void AudioPlayer::load(AudioTimeline timeline, double startSeconds)
{
    Engine* e = m_engine.get();
    timeline.source.cancel = &e->cancel;
    e->post([e, t = std::move(timeline), startSeconds]() mutable {
        e->playback.reset();
        e->timeline = std::move(t);
        e->playing = false;
        e->chapter = -2;  // report the chapter of the new book even if its index is the same
        e->position = std::clamp(startSeconds, 0.0, e->timeline.duration());
        if (e->sinkOpen)
            e->sink->reset();
        e->setState(PlaybackState::Paused);
        e->reportPosition(true);
    });
}

void AudioPlayer::play()
{
    Engine* e = m_engine.get();
    e->post([e] {
        if (e->timeline.clips.empty())
            return;
        if (e->shownState == PlaybackState::Finished)
            e->seekTo(0);
        e->playing = true;
        e->setState(PlaybackState::Playing);
    });
}

void AudioPlayer::pause()
{
    Engine* e = m_engine.get();
    e->post([e] {
        if (!e->playing)
            return;
        e->playing = false;
        e->setState(PlaybackState::Paused);
        e->reportPosition(true);
    });
}

void AudioPlayer::seek(double seconds)
{
    Engine* e = m_engine.get();
    e->post([e, seconds] { e->seekTo(seconds); });
}

void AudioPlayer::seekRelative(double delta)
{
    Engine* e = m_engine.get();
    e->post([e, delta] { e->seekTo(e->position + delta); });
}

void AudioPlayer::nextChapter()
{
    Engine* e = m_engine.get();
    e->post([e] {
        const int c = e->timeline.chapterAt(e->position);
        if (c + 1 < static_cast<int>(e->timeline.chapters.size()))
            e->seekTo(e->timeline.chapters[static_cast<std::size_t>(c + 1)].start);
    });
}

void AudioPlayer::previousChapter()
{
    Engine* e = m_engine.get();
    e->post([e] {
        const int c = e->timeline.chapterAt(e->position);
        if (c < 0)
            return e->seekTo(0);
        const auto& here = e->timeline.chapters[static_cast<std::size_t>(c)];
        if (e->position - here.start > 3.0 || c == 0)
            e->seekTo(here.start);
        else
            e->seekTo(e->timeline.chapters[static_cast<std::size_t>(c - 1)].start);
    });
}

void AudioPlayer::goToChapter(int index)
{
    Engine* e = m_engine.get();
    e->post([e, index] {
        if (index >= 0 && index < static_cast<int>(e->timeline.chapters.size()))
            e->seekTo(e->timeline.chapters[static_cast<std::size_t>(index)].start);
    });
}

void AudioPlayer::setSpeed(double speed)
{
    // The first speed other than 1.0 loads libavfilter (tens of ms): here on the caller's
    // thread, so the engine thread never stalls mid-playback (an error surfaces there later).
    if (speed != 1.0)
        (void)audio::filterApi();
    Engine* e = m_engine.get();
    e->post([e, speed] {
        e->speed = std::clamp(speed, 0.5, 3.0);
        if (e->playback)
            if (auto r = e->playback->setSpeed(e->speed); !r)
                e->fail(r.error());
    });
}

void AudioPlayer::setVolume(double volume)
{
    Engine* e = m_engine.get();
    e->post([e, volume] { e->volume = std::clamp(volume, 0.0, 1.0); });
}

void AudioPlayer::setSleepTimer(SleepTimer timer)
{
    Engine* e = m_engine.get();
    e->post([e, timer] {
        e->sleep = timer;
        const int c = e->timeline.chapterAt(e->position);
        e->sleepChapterEnd =
            c >= 0 ? e->timeline.chapters[static_cast<std::size_t>(c)].end : e->timeline.duration();
        e->sleepDeadline = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                              std::chrono::duration<double>(std::max(0.0, timer.seconds)));
    });
}

double AudioPlayer::position() const
{
    return m_engine->shownPosition;
}

PlaybackState AudioPlayer::state() const
{
    return m_engine->shownState;
}

}  // namespace tingdu::media
