#pragma once
// RAII for the FFmpeg handles the export uses, and errno-style codes → our error values.
extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <memory>
#include <string>
#include <string_view>

#include "tingdu/media/Result.h"

namespace tingdu::accessibility {

struct InputCloser {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct OutputCloser {
    void operator()(AVFormatContext* c) const
    {
        if (c && c->pb && !(c->oformat->flags & AVFMT_NOFILE))
            avio_closep(&c->pb);
        avformat_free_context(c);
    }
};
struct CodecCloser {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct FrameCloser {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct PacketCloser {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
using InputPtr = std::unique_ptr<AVFormatContext, InputCloser>;
using OutputPtr = std::unique_ptr<AVFormatContext, OutputCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecCloser>;
using FramePtr = std::unique_ptr<AVFrame, FrameCloser>;
using PacketPtr = std::unique_ptr<AVPacket, PacketCloser>;

/// FFmpeg's informational chatter ("Qavg", duration estimates) would drown the CLI's progress.
inline void quietFfmpeg()
{
    if (av_log_get_level() == AV_LOG_INFO)
        av_log_set_level(AV_LOG_ERROR);
}

inline std::string avErrorText(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return buffer;
}

inline constexpr const char* kDiskFull = ": the disk is full";

/// A failed FFmpeg write or open on PATH, worded by cause (full disk, no permission, no folder).
inline media::Error ioError(int code, const std::string& what, const std::string& path)
{
    using media::ErrorCode;
    if (code == AVERROR(ENOSPC) || code == AVERROR(EDQUOT))
        return media::makeError(ErrorCode::Io, what + kDiskFull, path);
    if (code == AVERROR(EFBIG))
        return media::makeError(ErrorCode::Io, what + ": the file would be larger than this system allows", path);
    if (code == AVERROR(EACCES) || code == AVERROR(EPERM) || code == AVERROR(EROFS))
        return media::makeError(ErrorCode::PermissionDenied, what + ": permission denied", path);
    if (code == AVERROR(ENOENT))
        return media::makeError(ErrorCode::NotFound, what + ": the folder does not exist", path);
    return media::makeError(ErrorCode::Io, what + ": " + avErrorText(code), path);
}

/// Whether ERROR is ioError()'s full disk: the export then frees what it wrote on that disk.
inline bool isDiskFull(const media::Error& error)
{
    const std::string_view tail(kDiskFull);
    return error.code == media::ErrorCode::Io && error.message.size() >= tail.size() &&
           std::string_view(error.message).substr(error.message.size() - tail.size()) == tail;
}

}  // namespace tingdu::accessibility
