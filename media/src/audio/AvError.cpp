#include <cerrno>
#include <cstdio>
#include <mutex>

#include "AvHandles.h"

extern "C" {
#include <libavutil/log.h>
}

namespace tingdu::media::audio {

namespace {

constexpr std::size_t kMaxCapture = 8192;
thread_local std::string* t_capture = nullptr;
thread_local int t_depth = 0;

// FFmpeg logs from whatever thread runs the call; only lines from a capturing thread are kept.
// Errors reach the caller as values, so nothing below FATAL goes to stderr.
void logCallback(void* avcl, int level, const char* fmt, va_list args)
{
    if (t_capture && level <= AV_LOG_WARNING && t_capture->size() < kMaxCapture) {
        char line[1024];
        int prefix = 1;
        va_list copy;
        va_copy(copy, args);
        av_log_format_line2(avcl, level, fmt, copy, line, sizeof line, &prefix);
        va_end(copy);
        t_capture->append(line);
    }
    if (level <= AV_LOG_FATAL)
        av_log_default_callback(avcl, level, fmt, args);
}

bool contains(const std::string& haystack, const char* needle)
{
    return haystack.find(needle) != std::string::npos;
}

}  // namespace

LogCapture::LogCapture()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(logCallback); });
    if (t_depth++ == 0)
        t_capture = new std::string;
}

LogCapture::~LogCapture()
{
    if (--t_depth == 0) {
        delete t_capture;
        t_capture = nullptr;
    }
}

const std::string& LogCapture::text()
{
    static const std::string none;
    return t_capture ? *t_capture : none;
}

std::string avErrorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return text;
}

Error avError(int code, const std::string& what, const std::string& subject)
{
    const std::string& log = LogCapture::text();
    const std::string detail = what + " (" + avErrorText(code) + ")";
    switch (code) {
    case AVERROR_HTTP_NOT_FOUND:
        return makeError(ErrorCode::NotFound, what + ": the server has no such file (HTTP 404)", subject);
    case AVERROR_HTTP_UNAUTHORIZED:
        return makeError(ErrorCode::Unauthorized, what + ": the server asks for a login (HTTP 401)", subject);
    case AVERROR_HTTP_FORBIDDEN:
        return makeError(ErrorCode::Unauthorized, what + ": the server refused access (HTTP 403)", subject);
    case AVERROR_HTTP_BAD_REQUEST:
    case AVERROR_HTTP_OTHER_4XX:
    case AVERROR_HTTP_SERVER_ERROR:
        return makeError(ErrorCode::Network, what + ": the server answered with an error", subject);
    case AVERROR_EXIT:
        return makeError(ErrorCode::Cancelled, what + ": cancelled", subject);
    case AVERROR_DECODER_NOT_FOUND:
    case AVERROR_DEMUXER_NOT_FOUND:
    case AVERROR_PATCHWELCOME:
        return makeError(ErrorCode::Unsupported, what + ": the audio codec or container is not supported", subject);
    case AVERROR_INVALIDDATA:
    case AVERROR_EOF:
        return makeError(ErrorCode::Corrupt, what + ": the audio data is broken or truncated", subject);
    case AVERROR(ENOENT):
        return makeError(ErrorCode::NotFound, what + ": no such file", subject);
    case AVERROR(EACCES):
    case AVERROR(EPERM):
        return makeError(ErrorCode::PermissionDenied, what + ": permission denied", subject);
    case AVERROR(ETIMEDOUT):
        return makeError(ErrorCode::Network, what + ": the server did not answer in time", subject);
    case AVERROR(ECONNREFUSED):
    case AVERROR(ECONNRESET):
    case AVERROR(ENETUNREACH):
    case AVERROR(EHOSTUNREACH):
        return makeError(ErrorCode::Network, detail, subject);
    default:
        break;
    }
    // GnuTLS and getaddrinfo failures all surface as EIO; FFmpeg's log says which.
    if (contains(log, "certificate") || contains(log, "[tls") || contains(log, "TLS") || contains(log, "handshake"))
        return makeError(ErrorCode::Tls, what + ": the server's certificate was not accepted", subject);
    if (contains(log, "Failed to resolve hostname"))
        return makeError(ErrorCode::Network, what + ": the server name could not be resolved (DNS)", subject);
    if (contains(log, "Connection to") || contains(log, "[tcp"))
        return makeError(ErrorCode::Network, detail, subject);
    if (code == AVERROR(EIO) && subject.find("://") == std::string::npos)
        return makeError(ErrorCode::Io, what + ": the file could not be read (disk gone?)", subject);
    if (code == AVERROR(EIO))
        return makeError(ErrorCode::Network, detail, subject);
    return makeError(ErrorCode::Internal, detail, subject);
}

}  // namespace tingdu::media::audio
