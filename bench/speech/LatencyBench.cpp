// Read-aloud responsiveness on a real EPUB: "read from here" → first PCM sample, "next
// sentence" → first sample, stop → silence; peer: a fresh `espeak-ng --stdout` to its first byte.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include "BlockBook.h"
#include "EpubFixture.h"
#include "tingdu/accessibility/ReadAloudController.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu;
using namespace tingdu::accessibility;
using Clock = std::chrono::steady_clock;

namespace {

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5))];
}

// Waits until the sink's first write after markFirstWrite(); returns its time.
std::optional<Clock::time_point> waitFirstWrite(testing::PacedSink& sink)
{
    for (int i = 0; i < 2000; ++i) {
        if (auto t = sink.firstWrite())
            return t;
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    return std::nullopt;
}

double espeakFirstByteMs(const std::string& sentence)
{
    const auto start = Clock::now();
    std::FILE* p = ::popen(("espeak-ng --stdout " + testing::quoted(sentence) + " 2>/dev/null").c_str(), "r");
    if (!p)
        return -1;
    (void)std::fgetc(p);
    const auto first = Clock::now();
    char buffer[4096];
    while (std::fread(buffer, 1, sizeof buffer, p) > 0) {
    }
    ::pclose(p);
    return ms(first - start);
}

void line(const char* name, double value, const char* unit, const char* peer, double peerValue)
{
    std::printf("%s: %.2f %s (%s: %.2f %s, %.2fx)\n", name, value, unit, peer, peerValue, unit,
                value > 0 ? peerValue / value : 0.0);
}

}  // namespace

int main()
{
    testing::TempDir dir;
    std::vector<testing::FixtureChapter> chapters;
    for (std::size_t c = 0; c < 6; ++c) {
        testing::FixtureChapter ch{"Chapter " + std::to_string(c + 1), {}};
        for (std::size_t p = 0; p < 10; ++p)
            ch.paragraphs.push_back(testing::proseParagraph(c + p, 5));
        chapters.push_back(std::move(ch));
    }
    const std::string epub = testing::writeEpub(dir.path, "latency", "Latency", "en", chapters);
    auto publication = media::openPublication(epub);
    if (!publication || !(*publication)->text()) {
        std::fprintf(stderr, "bench_speech_latency: cannot open the generated EPUB: %s\n",
                     publication ? "no text" : publication.error().describe().c_str());
        return 1;
    }
    auto engine = SpeechEngine::create();
    if (!engine)
        return 1;
    testing::PacedSink sink(1.0);  // plays in real time, like the audio device
    std::vector<double> play, next, stop;
    std::mutex mutex;
    std::condition_variable cv;
    bool stopped = false;
    ReadAloudCallbacks callbacks;
    callbacks.onState = [&](PlaybackState s) {
        std::lock_guard lock(mutex);
        stopped = s == PlaybackState::Stopped;
        cv.notify_all();
    };
    ReadAloudController controller(**engine, *(*publication)->text(), sink, callbacks, publication->get());
    const std::size_t documents = (*publication)->text()->documentCount();
    for (int round = 0; round < 40; ++round) {
        media::Locator from;
        from.readingOrderIndex = static_cast<std::size_t>(round) % documents;
        from.blockId = "p" + std::to_string(1 + round % 10);
        sink.markFirstWrite();
        auto t0 = Clock::now();
        controller.play(from);
        if (auto t = waitFirstWrite(sink))
            play.push_back(ms(*t - t0));
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        sink.markFirstWrite();
        t0 = Clock::now();
        controller.nextSentence();
        if (auto t = waitFirstWrite(sink))
            next.push_back(ms(*t - t0));
        std::this_thread::sleep_for(std::chrono::milliseconds(40));
        {
            std::lock_guard lock(mutex);
            stopped = false;
        }
        t0 = Clock::now();
        controller.stop();
        std::unique_lock lock(mutex);
        if (cv.wait_for(lock, std::chrono::seconds(1), [&] { return stopped; }))
            stop.push_back(ms(Clock::now() - t0));
    }
    std::vector<double> peer;
    for (int i = 0; i < 10; ++i)
        peer.push_back(espeakFirstByteMs(testing::proseParagraph(static_cast<std::size_t>(i), 1)));
    const double peer50 = percentile(peer, 0.5), peer95 = percentile(peer, 0.95);
    line("speech_play_to_first_sample_p50", percentile(play, 0.5), "ms", "espeak-ng --stdout first byte p50", peer50);
    line("speech_play_to_first_sample_p95", percentile(play, 0.95), "ms", "espeak-ng --stdout first byte p95", peer95);
    line("speech_next_sentence_to_first_sample_p50", percentile(next, 0.5), "ms", "espeak-ng --stdout first byte p50", peer50);
    line("speech_next_sentence_to_first_sample_p95", percentile(next, 0.95), "ms", "espeak-ng --stdout first byte p95", peer95);
    line("speech_stop_to_silence_p95", percentile(stop, 0.95), "ms", "goal", 20.0);
    return 0;
}
