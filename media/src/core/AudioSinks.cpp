#include <cstdio>
#include <cstring>

#include "tingdu/media/AudioSink.h"

namespace tingdu::media {

namespace {

class NullSink final : public AudioSink {
public:
    explicit NullSink(AudioFormat f) : m_preferred(f) {}
    AudioFormat preferredFormat() const override { return m_preferred; }
    Result<void> open(const AudioFormat&) override { return {}; }
    Result<void> write(const std::int16_t*, std::size_t) override { return {}; }
    void close() override {}

private:
    AudioFormat m_preferred;
};

void putLe(unsigned char* p, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        p[i] = static_cast<unsigned char>(v >> (8 * i));
}

// Writes to "<path>.part" and renames on close, so a killed export leaves no half file behind.
class WavFileSink final : public AudioSink {
public:
    WavFileSink(std::string path, AudioFormat f) : m_path(std::move(path)), m_preferred(f) {}
    ~WavFileSink() override
    {
        if (m_file) {
            std::fclose(m_file);
            std::remove((m_path + ".part").c_str());
        }
    }
    AudioFormat preferredFormat() const override { return m_preferred; }

    Result<void> open(const AudioFormat& format) override
    {
        m_format = format;
        m_file = std::fopen((m_path + ".part").c_str(), "wb");
        if (!m_file)
            return makeError(ErrorCode::Io, std::string("cannot write: ") + std::strerror(errno), m_path);
        unsigned char header[44] = {};
        if (std::fwrite(header, 1, sizeof header, m_file) != sizeof header)
            return makeError(ErrorCode::Io, "cannot write the WAV header", m_path);
        return {};
    }

    Result<void> write(const std::int16_t* samples, std::size_t frames) override
    {
        if (!m_file)
            return makeError(ErrorCode::Io, "the WAV file is not open", m_path);
        const std::size_t count = frames * static_cast<std::size_t>(m_format.channels);
        // WAV is little-endian; so is every platform we ship for.
        if (std::fwrite(samples, sizeof(std::int16_t), count, m_file) != count)
            return makeError(ErrorCode::Io, std::string("write failed: ") + std::strerror(errno), m_path);
        m_dataBytes += count * sizeof(std::int16_t);
        return {};
    }

    void close() override
    {
        if (!m_file)
            return;
        unsigned char h[44];
        const std::uint32_t channels = static_cast<std::uint32_t>(m_format.channels);
        const std::uint32_t rate = static_cast<std::uint32_t>(m_format.sampleRate);
        std::memcpy(h, "RIFF", 4);
        putLe(h + 4, static_cast<std::uint32_t>(36 + m_dataBytes), 4);
        std::memcpy(h + 8, "WAVEfmt ", 8);
        putLe(h + 16, 16, 4);
        putLe(h + 20, 1, 2);  // PCM
        putLe(h + 22, channels, 2);
        putLe(h + 24, rate, 4);
        putLe(h + 28, rate * channels * 2, 4);
        putLe(h + 32, channels * 2, 2);
        putLe(h + 34, 16, 2);
        std::memcpy(h + 36, "data", 4);
        putLe(h + 40, static_cast<std::uint32_t>(m_dataBytes), 4);
        bool ok = std::fseek(m_file, 0, SEEK_SET) == 0 && std::fwrite(h, 1, 44, m_file) == 44;
        ok = (std::fclose(m_file) == 0) && ok;
        m_file = nullptr;
        if (ok)
            std::rename((m_path + ".part").c_str(), m_path.c_str());
        else
            std::remove((m_path + ".part").c_str());
    }

private:
    std::string m_path;
    AudioFormat m_preferred;
    AudioFormat m_format;
    std::FILE* m_file = nullptr;
    std::uint64_t m_dataBytes = 0;
};

}  // namespace

std::unique_ptr<AudioSink> makeNullSink(AudioFormat preferred)
{
    return std::make_unique<NullSink>(preferred);
}

std::unique_ptr<AudioSink> makeWavFileSink(const std::string& path, AudioFormat preferred)
{
    return std::make_unique<WavFileSink>(path, preferred);
}

}  // namespace tingdu::media
