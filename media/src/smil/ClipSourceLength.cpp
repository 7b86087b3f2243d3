#include "ClipSourceLength.h"

extern "C" {
#include <libavformat/avformat.h>
}

#include <memory>

namespace tingdu::media::smil {

std::optional<double> clipSourceLength(const std::string& path)
{
    AVFormatContext* raw = nullptr;
    if (avformat_open_input(&raw, path.c_str(), nullptr, nullptr) < 0)
        return std::nullopt;
    std::unique_ptr<AVFormatContext, void (*)(AVFormatContext*)> ctx(
        raw, [](AVFormatContext* c) { avformat_close_input(&c); });
    if (avformat_find_stream_info(ctx.get(), nullptr) < 0 || ctx->duration == AV_NOPTS_VALUE ||
        ctx->duration <= 0)
        return std::nullopt;
    return static_cast<double>(ctx->duration) / AV_TIME_BASE;
}

}  // namespace tingdu::media::smil
