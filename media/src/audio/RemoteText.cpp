#include "RemoteText.h"

#include <cstring>

#include "AudioInput.h"

extern "C" {
#include <libavutil/opt.h>
}

namespace tingdu::media::audio {

namespace {

struct AvioCloser {
    void operator()(AVIOContext* c) const { avio_closep(&c); }
};
using AvioPtr = std::unique_ptr<AVIOContext, AvioCloser>;

// What FFmpeg's http protocol exports after the response: "mime_type", "location".
std::string exported(AVIOContext* io, const char* name)
{
    std::uint8_t* value = nullptr;
    if (av_opt_get(io, name, AV_OPT_SEARCH_CHILDREN, &value) < 0 || !value)
        return {};
    std::string text(reinterpret_cast<const char*>(value));
    av_free(value);
    return text;
}

std::string mimeOf(AVIOContext* io)
{
    std::string mime = exported(io, "mime_type");
    mime = mime.substr(0, mime.find(';'));
    while (!mime.empty() && mime.back() == ' ')
        mime.pop_back();
    for (auto& c : mime)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return mime;
}

// A server may label a track application/octet-stream: the first bytes decide as for files.
bool startsLikeAudio(const std::string& b)
{
    const auto at = [&](std::size_t offset, const char* magic) {
        return b.size() >= offset + std::strlen(magic) && b.compare(offset, std::strlen(magic), magic) == 0;
    };
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(b[i]); };
    return at(0, "ID3") || at(4, "ftyp") || at(0, "OggS") || at(0, "fLaC") || (at(0, "RIFF") && at(8, "WAVE")) ||
           at(0, "\x1A\x45\xDF\xA3") || (b.size() >= 2 && byte(0) == 0xFF && (byte(1) & 0xE0) == 0xE0);
}

}  // namespace

Result<RemoteText> fetchRemoteText(const std::string& url, const AudioSourceOptions& options, std::size_t limit)
{
    LogCapture capture;
    Dictionary opts;
    setRemoteOptions(opts, options);
    const AVIOInterruptCB interrupt{interruptOnCancel, const_cast<std::atomic<bool>*>(options.cancel)};
    AVIOContext* raw = nullptr;
    int rc = avio_open2(&raw, url.c_str(), AVIO_FLAG_READ, &interrupt, opts.out());
    if (rc < 0 && options.cancel && options.cancel->load())
        return makeError(ErrorCode::Cancelled, "opening was cancelled", url);
    if (rc < 0)
        return avError(rc, "cannot fetch the audiobook", url);
    AvioPtr io(raw);
    RemoteText text;
    text.mimeType = mimeOf(raw);
    text.finalUrl = exported(raw, "location");
    if (text.finalUrl.empty())
        text.finalUrl = url;
    if (url.rfind("https://", 0) == 0 && text.finalUrl.rfind("https://", 0) != 0)
        return makeError(ErrorCode::Tls, "the server redirected to an address without encryption", url);
    const bool audioType = text.mimeType.rfind("audio/", 0) == 0 || text.mimeType == "video/mp4";
    char buffer[16384];
    for (;;) {
        rc = avio_read(raw, reinterpret_cast<unsigned char*>(buffer), sizeof buffer);
        if (rc == AVERROR_EOF || rc == 0)
            break;
        if (rc < 0) {
            if (options.cancel && options.cancel->load())
                return makeError(ErrorCode::Cancelled, "reading was cancelled", url);
            return avError(rc, "cannot fetch the audiobook", url);
        }
        text.body.append(buffer, static_cast<std::size_t>(rc));
        // Playlists are text; an audio stream is handed to the player, not read here.
        if ((audioType && text.mimeType.find("mpegurl") == std::string::npos) || startsLikeAudio(text.body)) {
            text.isAudio = true;
            return text;
        }
        if (text.body.size() > limit)
            return makeError(ErrorCode::TooLarge, "the server's answer is too large to be an audiobook manifest", url);
    }
    return text;
}

}  // namespace tingdu::media::audio
