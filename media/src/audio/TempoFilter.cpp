#include "TempoFilter.h"

#include <algorithm>
#include <cstring>
#include <string>

namespace tingdu::media::audio {

namespace {

// Splits the speed over the chain: the first stage takes up to 2.0×, the second the rest.
double stageTempo(double speed, int stage)
{
    const double first = std::min(speed, 2.0);
    return stage == 0 ? first : speed / first;
}

}  // namespace

Result<void> TempoFilter::build()
{
    if (!m_api) {
        auto api = filterApi();
        if (!api)
            return api.error();
        m_api = *api;
    }
    m_graph = GraphPtr(m_api->graphAlloc(), GraphFreer{m_api});
    if (!m_graph)
        return makeError(ErrorCode::Internal, "out of memory");
    m_stages = stagesFor(m_speed);
    AVChannelLayout layout{};
    av_channel_layout_default(&layout, m_format.channels);
    char layoutName[64] = {};
    av_channel_layout_describe(&layout, layoutName, sizeof layoutName);
    av_channel_layout_uninit(&layout);
    const std::string args = "sample_rate=" + std::to_string(m_format.sampleRate) +
                             ":sample_fmt=s16:channel_layout=" + layoutName + ":time_base=1/" +
                             std::to_string(m_format.sampleRate);
    int rc = m_api->createFilter(&m_source, m_api->getByName("abuffer"), "in", args.c_str(), nullptr,
                                          m_graph.get());
    if (rc >= 0)
        rc = m_api->createFilter(&m_sink, m_api->getByName("abuffersink"), "out", nullptr, nullptr,
                                          m_graph.get());
    AVFilterContext* previous = m_source;
    for (int i = 0; rc >= 0 && i < m_stages; ++i) {
        AVFilterContext* tempo = nullptr;
        const std::string name = "atempo" + std::to_string(i);
        const std::string tempoArgs = "tempo=" + std::to_string(stageTempo(m_speed, i));
        rc = m_api->createFilter(&tempo, m_api->getByName("atempo"), name.c_str(), tempoArgs.c_str(),
                                          nullptr, m_graph.get());
        if (rc >= 0)
            rc = m_api->link(previous, 0, tempo, 0);
        previous = tempo;
    }
    if (rc >= 0)
        rc = m_api->link(previous, 0, m_sink, 0);
    if (rc >= 0)
        rc = m_api->config(m_graph.get(), nullptr);
    if (rc < 0) {
        m_graph.reset();
        return makeError(ErrorCode::Internal, "cannot build the tempo filter (" + avErrorText(rc) + ")");
    }
    if (!m_out)
        m_out.reset(av_frame_alloc());
    m_pts = 0;
    return {};
}

Result<void> TempoFilter::setSpeed(double speed)
{
    speed = std::clamp(speed, 0.5, 3.0);
    if (speed == m_speed)
        return {};
    if (m_graph && (speed == 1.0 || stagesFor(speed) != m_stages)) {
        if (auto r = drain(); !r)
            return r;
    }
    m_speed = speed;
    if (speed == 1.0)
        return {};
    if (!m_graph)
        return build();
    for (int i = 0; i < m_stages; ++i) {
        const std::string target = "atempo" + std::to_string(i);
        const std::string value = std::to_string(stageTempo(speed, i));
        const int rc = m_api->sendCommand(m_graph.get(), target.c_str(), "tempo", value.c_str(), nullptr,
                                                   0, 0);
        if (rc < 0)
            return makeError(ErrorCode::Internal, "cannot change the speed (" + avErrorText(rc) + ")");
    }
    return {};
}

Result<void> TempoFilter::push(const std::int16_t* samples, std::size_t frames)
{
    if (frames == 0)
        return {};
    if (!m_graph && m_speed != 1.0)
        if (auto r = build(); !r)
            return r;
    if (!m_graph) {
        compact();
        m_queue.insert(m_queue.end(), samples, samples + frames * static_cast<std::size_t>(m_format.channels));
        return {};
    }
    FramePtr frame(av_frame_alloc());
    if (!frame)
        return makeError(ErrorCode::Internal, "out of memory");
    frame->format = AV_SAMPLE_FMT_S16;
    frame->sample_rate = m_format.sampleRate;
    av_channel_layout_default(&frame->ch_layout, m_format.channels);
    frame->nb_samples = static_cast<int>(frames);
    frame->pts = m_pts;
    m_pts += static_cast<std::int64_t>(frames);
    if (av_frame_get_buffer(frame.get(), 0) < 0)
        return makeError(ErrorCode::Internal, "out of memory");
    std::memcpy(frame->data[0], samples, frames * static_cast<std::size_t>(m_format.channels) * sizeof(std::int16_t));
    const int rc = m_api->addFrame(m_source, frame.get(), 0);
    if (rc < 0)
        return makeError(ErrorCode::Internal, "the tempo filter refused audio (" + avErrorText(rc) + ")");
    return pull();
}

Result<void> TempoFilter::pull()
{
    for (;;) {
        const int rc = m_api->getFrame(m_sink, m_out.get());
        if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
            return {};
        if (rc < 0)
            return makeError(ErrorCode::Internal, "the tempo filter failed (" + avErrorText(rc) + ")");
        const auto* data = reinterpret_cast<const std::int16_t*>(m_out->data[0]);
        compact();
        m_queue.insert(m_queue.end(), data, data + static_cast<std::size_t>(m_out->nb_samples) * m_format.channels);
        av_frame_unref(m_out.get());
    }
}

Result<void> TempoFilter::drain()
{
    if (!m_graph)
        return {};
    const int rc = m_api->addFrame(m_source, nullptr, 0);
    auto r = rc < 0 ? Result<void>(makeError(ErrorCode::Internal, "cannot flush the tempo filter")) : pull();
    m_graph.reset();
    m_source = m_sink = nullptr;
    return r;
}

void TempoFilter::reset()
{
    m_queue.clear();
    m_head = 0;
    if (m_graph)
        m_graph.reset();
    m_source = m_sink = nullptr;
    if (m_speed != 1.0)
        (void)build();
}

std::size_t TempoFilter::take(std::int16_t* out, std::size_t frames)
{
    const std::size_t n = std::min(frames, queuedFrames());
    const std::size_t count = n * static_cast<std::size_t>(m_format.channels);
    std::copy_n(m_queue.begin() + static_cast<std::ptrdiff_t>(m_head), count, out);
    m_head += count;
    return n;
}

void TempoFilter::compact()
{
    // Consumed samples are dropped in bulk, not per take(), to keep appends and takes O(n).
    if (m_head > 0 && m_head * 2 >= m_queue.size()) {
        m_queue.erase(m_queue.begin(), m_queue.begin() + static_cast<std::ptrdiff_t>(m_head));
        m_head = 0;
    }
}

}  // namespace tingdu::media::audio
