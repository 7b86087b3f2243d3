#pragma once
// RAII owners for every FFmpeg handle the audio engine holds, and FFmpeg error → Error mapping.
#include <memory>
#include <string>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libswresample/swresample.h>
}

#include "tingdu/media/Result.h"

namespace tingdu::media::audio {

struct FormatContextCloser {
    void operator()(AVFormatContext* c) const { avformat_close_input(&c); }
};
struct CodecContextFreer {
    void operator()(AVCodecContext* c) const { avcodec_free_context(&c); }
};
struct PacketFreer {
    void operator()(AVPacket* p) const { av_packet_free(&p); }
};
struct FrameFreer {
    void operator()(AVFrame* f) const { av_frame_free(&f); }
};
struct SwrFreer {
    void operator()(SwrContext* s) const { swr_free(&s); }
};
struct DictionaryFreer {
    void operator()(AVDictionary* d) const { av_dict_free(&d); }
};

using FormatContextPtr = std::unique_ptr<AVFormatContext, FormatContextCloser>;
using CodecContextPtr = std::unique_ptr<AVCodecContext, CodecContextFreer>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFreer>;
using FramePtr = std::unique_ptr<AVFrame, FrameFreer>;
using SwrPtr = std::unique_ptr<SwrContext, SwrFreer>;

/// Owns an AVDictionary while letting FFmpeg calls take AVDictionary**.
class Dictionary {
public:
    Dictionary() = default;
    ~Dictionary() { av_dict_free(&m_dict); }
    Dictionary(const Dictionary&) = delete;
    Dictionary& operator=(const Dictionary&) = delete;
    void set(const char* key, const std::string& value) { av_dict_set(&m_dict, key, value.c_str(), 0); }
    AVDictionary** out() { return &m_dict; }

private:
    AVDictionary* m_dict = nullptr;
};

/// FFmpeg's own text for an AVERROR code.
std::string avErrorText(int code);

/// Maps an FFmpeg failure to our distinct cases. The log of the failing call (captured on this
/// thread, see LogCapture) tells TLS and DNS failures apart from plain I/O errors.
Error avError(int code, const std::string& what, const std::string& subject);

/// Captures FFmpeg log lines emitted on the current thread while it lives, so an error can be
/// classified by what FFmpeg said (GnuTLS and DNS failures all come back as AVERROR(EIO)).
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;
    /// Everything logged on this thread since construction (bounded).
    static const std::string& text();
};

}  // namespace tingdu::media::audio
