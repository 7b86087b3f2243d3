#include "tingdu/accessibility/ReadAloudController.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "BookWalker.h"
#include "ReadAloudNavigation.h"
#include "SpeechRuns.h"

namespace tingdu::accessibility {

struct ReadAloudController::Worker {
    Worker(SpeechEngine& e, const media::TextContent& t, media::AudioSink& s, ReadAloudCallbacks c,
           const media::Publication* p)
        : engine(e), sink(s), callbacks(std::move(c)), publication(p), walker(t)
    {
        engine.setOutputFormat(sink.preferredFormat());
        thread = std::thread([this] { run(); });
    }

    ~Worker()
    {
        {
            std::lock_guard lock(mutex);
            quit = true;
            interrupt = true;
        }
        cv.notify_all();
        thread.join();
        if (sinkOpen)
            sink.close();
    }

    void post(Command c)
    {
        {
            std::lock_guard lock(mutex);
            queue.push_back(std::move(c));
            interrupt = true;  // the sentence in progress ends at the next eSpeak buffer
        }
        cv.notify_all();
        // A pacing sink may be blocked in write() for a whole buffer: flushing it from here
        // releases the worker at once instead of after the queued audio has played.
        if (c.kind != CommandKind::Settings && c.kind != CommandKind::StopAfter && c.kind != CommandKind::Resume)
            sink.reset();
    }

    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            cv.wait(lock, [&] { return quit || !queue.empty() || nav.state == PlaybackState::Playing; });
            if (quit)
                return;
            if (!queue.empty()) {
                Command c = std::move(queue.front());
                queue.pop_front();
                lock.unlock();
                apply(c);
                lock.lock();
                continue;
            }
            // Cleared only with the queue empty and the lock held, so no command is lost.
            interrupt = false;
            lock.unlock();
            step();
            lock.lock();
        }
    }

    void apply(const Command& c)
    {
        const PlaybackState before = nav.state;
        if (c.kind == CommandKind::Settings) {
            nav.settings = c.settings;
            engine.setProsody(c.settings.prosody);
        } else if (c.kind == CommandKind::StopAfter) {
            nav.stopAfter = c.stopAfter;
        } else {
            nav.apply(c);
        }
        publish(before);
    }

    // Speaks the sentence at the position, then moves on (or stops, per stopAfter).
    void step()
    {
        const PlaybackState before = nav.state;
        const auto unit = nav.currentUnit();
        if (!unit) {
            const Announcements& a = nav.settings.announcements;
            if (sinkOpen && !a.endOfBook.empty()) {
                const SpeechRun end{a.endOfBook, a.language, 0, true};
                if (auto r = speakRuns(engine, sink, {end}, {}, {}, &interrupt); !r)
                    return;  // interrupted: the command decides what comes next
            }
            nav.finish();
            if (callbacks.onEndOfBook)
                callbacks.onEndOfBook();
            publish(before);
            return;
        }
        if (!sinkOpen) {
            if (auto r = sink.open(engine.outputFormat()); !r) {
                fail(r.error());
                return;
            }
            sinkOpen = true;
        }
        emit(SpokenRange::Kind::Sentence, unit->range);
        const VoicePolicy voices{nav.settings.voice, walker.languageOf(nav.pos), nav.settings.voiceByLanguage};
        auto spoken = speakRuns(engine, sink, unit->runs, voices,
                                [&](TextRange w) { emit(SpokenRange::Kind::Word, w); }, &interrupt);
        if (spoken) {
            const int pause = unit->lastInBlock ? nav.settings.paragraphPauseMs : nav.settings.sentencePauseMs;
            spoken = engine.silence(pause, sink, &interrupt);
        }
        if (!spoken) {
            if (spoken.error().code != media::ErrorCode::Cancelled)
                fail(spoken.error());
            return;  // a command interrupted: it is applied next and decides where to go
        }
        nav.advance(*unit);
        publish(before);
    }

    void emit(SpokenRange::Kind kind, TextRange r)
    {
        if (!callbacks.onRange)
            return;
        const media::Block* b = walker.block(nav.pos);
        callbacks.onRange({kind, nav.pos.document, nav.pos.block, b ? b->id : std::string(), r.begin, r.end});
    }

    void fail(const media::Error& e)
    {
        const PlaybackState before = nav.state;
        nav.state = PlaybackState::Stopped;
        publish(before);
        if (callbacks.onError)
            callbacks.onError(e);
    }

    void publish(PlaybackState before)
    {
        WhereAmI where = nav.whereAmI(publication);
        {
            std::lock_guard lock(mutex);
            snapshot = std::move(where);
            snapshotState = nav.state;
        }
        if (before != nav.state && callbacks.onState)
            callbacks.onState(nav.state);
    }

    SpeechEngine& engine;
    media::AudioSink& sink;
    ReadAloudCallbacks callbacks;
    const media::Publication* publication;
    BookWalker walker;
    Navigator nav{walker};  // worker thread only
    bool sinkOpen = false;

    mutable std::mutex mutex;  // guards the queue, quit and the snapshot
    std::condition_variable cv;
    std::deque<Command> queue;
    bool quit = false;
    std::atomic<bool> interrupt{false};
    WhereAmI snapshot;
    PlaybackState snapshotState = PlaybackState::Stopped;
    std::thread thread;
};

ReadAloudController::ReadAloudController(SpeechEngine& engine, const media::TextContent& text,
                                         media::AudioSink& sink, ReadAloudCallbacks callbacks,
                                         const media::Publication* publication)
    : m_worker(std::make_unique<Worker>(engine, text, sink, std::move(callbacks), publication))
{
}

ReadAloudController::~ReadAloudController() = default;

void ReadAloudController::setSettings(const ReadAloudSettings& settings)
{
    Command c = commandOf(CommandKind::Settings);
    c.settings = settings;
    m_worker->post(std::move(c));
}

void ReadAloudController::play(const media::Locator& from)
{
    Command c = commandOf(CommandKind::Play);
    c.locator = from;
    m_worker->post(std::move(c));
}

void ReadAloudController::pause() { m_worker->post(commandOf(CommandKind::Pause)); }
void ReadAloudController::resume() { m_worker->post(commandOf(CommandKind::Resume)); }
void ReadAloudController::stop() { m_worker->post(commandOf(CommandKind::Stop)); }
void ReadAloudController::nextSentence() { m_worker->post(commandOf(CommandKind::NextSentence)); }
void ReadAloudController::previousSentence() { m_worker->post(commandOf(CommandKind::PreviousSentence)); }
void ReadAloudController::nextParagraph() { m_worker->post(commandOf(CommandKind::NextParagraph)); }
void ReadAloudController::previousParagraph() { m_worker->post(commandOf(CommandKind::PreviousParagraph)); }
void ReadAloudController::nextPage() { m_worker->post(commandOf(CommandKind::NextPage)); }
void ReadAloudController::previousPage() { m_worker->post(commandOf(CommandKind::PreviousPage)); }

void ReadAloudController::nextHeading(int level)
{
    Command c = commandOf(CommandKind::NextHeading);
    c.level = level;
    m_worker->post(std::move(c));
}

void ReadAloudController::previousHeading(int level)
{
    Command c = commandOf(CommandKind::PreviousHeading);
    c.level = level;
    m_worker->post(std::move(c));
}

void ReadAloudController::stopAfter(StopAfter when)
{
    Command c = commandOf(CommandKind::StopAfter);
    c.stopAfter = when;
    m_worker->post(std::move(c));
}

PlaybackState ReadAloudController::state() const
{
    std::lock_guard lock(m_worker->mutex);
    return m_worker->snapshotState;
}

media::Locator ReadAloudController::position() const
{
    std::lock_guard lock(m_worker->mutex);
    return m_worker->snapshot.locator;
}

WhereAmI ReadAloudController::whereAmI() const
{
    std::lock_guard lock(m_worker->mutex);
    return m_worker->snapshot;
}

}  // namespace tingdu::accessibility
