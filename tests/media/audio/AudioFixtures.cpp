#include "AudioFixtures.h"

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

namespace fs = std::filesystem;

namespace tingdu::testing {

TempDir::TempDir()
{
    std::string templ = (fs::temp_directory_path() / "tingdu-audio-test-XXXXXX").string();
    if (!mkdtemp(templ.data()))
        throw std::runtime_error("mkdtemp failed");
    m_path = templ;
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

bool run(const std::string& command)
{
    return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}

std::string capture(const std::string& command)
{
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    std::string out;
    if (!pipe)
        return out;
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe.get()))
        out.append(buffer.data(), n);
    return out;
}

bool ffmpeg(const std::string& args)
{
    const bool ok = run("ffmpeg -y -hide_banner -loglevel error " + args);
    if (!ok)
        ADD_FAILURE() << "ffmpeg failed: ffmpeg " << args;
    return ok;
}

bool makeTone(const std::string& path, double hz, double seconds, const std::string& codecArgs)
{
    return ffmpeg("-f lavfi -i \"sine=frequency=" + std::to_string(hz) + ":sample_rate=44100:duration=" +
                  std::to_string(seconds) + "\" -ac 2 " + codecArgs + " \"" + path + "\"");
}

bool makeChaptered(const std::string& path, const std::vector<double>& starts, double total,
                   const std::string& codecArgs)
{
    const std::string meta = path + ".ffmeta";
    {
        std::ofstream m(meta);
        m << ";FFMETADATA1\ntitle=Chaptered Book\nartist=Test Author\n";
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const double end = i + 1 < starts.size() ? starts[i + 1] : total;
            m << "[CHAPTER]\nTIMEBASE=1/1000\nSTART=" << std::llround(starts[i] * 1000) << "\nEND="
              << std::llround(end * 1000) << "\ntitle=Chapter " << (i + 1) << "\n";
        }
    }
    const bool ok = ffmpeg("-f lavfi -i \"sine=frequency=330:sample_rate=44100:duration=" + std::to_string(total) +
                           "\" -i \"" + meta + "\" -map 0 -map_metadata 1 -map_chapters 1 -ac 2 " + codecArgs +
                           " \"" + path + "\"");
    std::remove(meta.c_str());
    return ok;
}

bool makeClickTrack(const std::string& path, double total, const std::string& codecArgs)
{
    const std::string t = std::to_string(total);
    return ffmpeg("-f lavfi -i \"aevalsrc=exprs='if(lt(mod(t\\,1)\\,0.002)\\,0.9\\,0)|0.9*t/" + t +
                  "*sin(2*PI*440*t)':sample_rate=44100:duration=" + t + "\" " + codecArgs + " \"" + path + "\"");
}

Pcm readWav(const std::string& path)
{
    Pcm pcm;
    std::ifstream in(path, std::ios::binary);
    std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (bytes.size() < 44 || std::memcmp(bytes.data(), "RIFF", 4) != 0)
        return pcm;
    const auto u16 = [&](std::size_t o) {
        return static_cast<int>(static_cast<unsigned char>(bytes[o]) | static_cast<unsigned char>(bytes[o + 1]) << 8);
    };
    pcm.channels = u16(22);
    pcm.sampleRate = u16(24) | u16(26) << 16;
    const std::size_t count = (bytes.size() - 44) / 2;
    pcm.samples.resize(count);
    std::memcpy(pcm.samples.data(), bytes.data() + 44, count * 2);
    return pcm;
}

double zeroCrossingHz(const Pcm& pcm, std::size_t from, std::size_t to, int channel)
{
    to = std::min(to, pcm.frames());
    std::size_t first = 0;
    std::size_t last = 0;
    int crossings = 0;
    const auto at = [&](std::size_t f) { return pcm.samples[f * static_cast<std::size_t>(pcm.channels) + static_cast<std::size_t>(channel)]; };
    for (std::size_t f = from + 1; f < to; ++f) {
        if (at(f - 1) < 0 && at(f) >= 0) {  // rising crossings only: one per period
            if (crossings == 0)
                first = f;
            last = f;
            ++crossings;
        }
    }
    if (crossings < 2)
        return 0;
    return (crossings - 1) * static_cast<double>(pcm.sampleRate) / static_cast<double>(last - first);
}

std::size_t firstAbove(const Pcm& pcm, std::size_t from, int channel, int threshold)
{
    for (std::size_t f = from; f < pcm.frames(); ++f)
        if (std::abs(pcm.samples[f * static_cast<std::size_t>(pcm.channels) + static_cast<std::size_t>(channel)]) > threshold)
            return f;
    return std::string::npos;
}

double rms(const Pcm& pcm, std::size_t from, std::size_t to, int channel)
{
    to = std::min(to, pcm.frames());
    double sum = 0;
    for (std::size_t f = from; f < to; ++f) {
        const double s = pcm.samples[f * static_cast<std::size_t>(pcm.channels) + static_cast<std::size_t>(channel)] / 32768.0;
        sum += s * s;
    }
    return to > from ? std::sqrt(sum / static_cast<double>(to - from)) : 0;
}

std::string corpusDir()
{
    const char* dir = std::getenv("TINGDU_CORPUS_DIR");
    if (!dir || !fs::is_directory(dir))
        return {};
    return dir;
}

}  // namespace tingdu::testing
