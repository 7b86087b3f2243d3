#pragma once
// Stage 3: tempo change with the pitch kept (libavfilter atempo; two in a chain above 2.0×,
// where one WSOLA stage starts to sound choppy). Thread: the pipeline thread.
// push() copies the samples; output accumulates in an internal queue the caller takes with
// take(). setSpeed() inside the same chain length is a graph command (no gap); a different
// chain length drains the old graph into the queue first. reset() (after a seek) drops all.
// At 1.0× the filter is bypassed: samples go straight to the queue, and libavfilter is not
// even loaded until the first other speed (see FilterLibrary.h).
#include <cstdint>
#include <memory>
#include <vector>

#include "AvHandles.h"
#include "FilterLibrary.h"
#include "tingdu/media/AudioSink.h"

namespace tingdu::media::audio {

class TempoFilter {
public:
    explicit TempoFilter(AudioFormat format) : m_format(format) {}
    Result<void> setSpeed(double speed);
    double speed() const { return m_speed; }
    Result<void> push(const std::int16_t* samples, std::size_t frames);
    /// End of input: flushes what the filter still holds into the queue.
    Result<void> drain();
    void reset();

    std::size_t queuedFrames() const { return (m_queue.size() - m_head) / static_cast<std::size_t>(m_format.channels); }
    /// Moves up to `frames` frames from the queue into `out`; returns how many.
    std::size_t take(std::int16_t* out, std::size_t frames);

private:
    struct GraphFreer {
        const FilterApi* api;
        void operator()(AVFilterGraph* g) const { api->graphFree(&g); }
    };
    using GraphPtr = std::unique_ptr<AVFilterGraph, GraphFreer>;

    static int stagesFor(double speed) { return speed > 2.0 ? 2 : 1; }
    Result<void> build();
    Result<void> pull();
    void compact();

    AudioFormat m_format;
    double m_speed = 1.0;
    const FilterApi* m_api = nullptr;  // set by the first build()
    GraphPtr m_graph{nullptr, GraphFreer{nullptr}};
    AVFilterContext* m_source = nullptr;
    AVFilterContext* m_sink = nullptr;
    int m_stages = 0;
    std::int64_t m_pts = 0;
    FramePtr m_out;
    std::vector<std::int16_t> m_queue;
    std::size_t m_head = 0;  // first unread sample in m_queue
};

}  // namespace tingdu::media::audio
