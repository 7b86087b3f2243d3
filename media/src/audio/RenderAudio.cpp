// renderAudio(): the pipeline on the caller's thread, as fast as the sink takes it.
#include <vector>

#include "Gain.h"
#include "Playback.h"
#include "tingdu/media/AudioPlayer.h"

namespace tingdu::media {

Result<RenderResult> renderAudio(const AudioTimeline& timeline, AudioSink& sink, const RenderOptions& options)
{
    if (options.speed < 0.5 || options.speed > 3.0)
        return makeError(ErrorCode::InvalidArgument, "the speed must be between 0.5 and 3.0");
    if (options.startSeconds < 0 || options.startSeconds > timeline.duration() + 0.001)
        return makeError(ErrorCode::InvalidArgument, "the start lies outside the recording");
    const AudioFormat format = sink.preferredFormat();
    audio::Playback playback(timeline, format);
    if (auto r = playback.setSpeed(options.speed); !r)
        return r.error();
    if (auto r = playback.seek(options.startSeconds); !r)
        return r.error();
    if (options.durationSeconds >= 0)
        playback.setEnd(options.startSeconds + options.durationSeconds);
    if (auto r = sink.open(format); !r)
        return r.error();
    audio::Gain gain(format);
    gain.jump(options.volume);
    RenderResult result;
    std::vector<std::int16_t> buffer(4096 * static_cast<std::size_t>(format.channels));
    for (;;) {
        auto n = playback.read(buffer.data(), 4096);
        if (!n) {
            sink.close();
            return n.error();
        }
        if (*n == 0)
            break;
        gain.apply(buffer.data(), *n);
        if (auto w = sink.write(buffer.data(), *n); !w) {
            sink.close();
            return w.error();
        }
        result.framesWritten += *n;
    }
    if (auto r = sink.drain(); !r) {
        sink.close();
        return r.error();
    }
    sink.close();
    result.timelineSeconds = playback.position() - options.startSeconds;
    return result;
}

}  // namespace tingdu::media
