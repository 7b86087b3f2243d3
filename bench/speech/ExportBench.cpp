// Export throughput (synthesis + encode, all cores) on a long generated book, against one
// `espeak-ng -w` over the same text in the same run (the one-core, no-encode limit).
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <thread>

#include "EpubFixture.h"

using namespace tingdu::testing;
using Clock = std::chrono::steady_clock;

namespace {

// CPU seconds used by finished child processes: a figure that other load on the machine
// does not distort, unlike wall time.
double childCpuSeconds()
{
    rusage u{};
    ::getrusage(RUSAGE_CHILDREN, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

}  // namespace

int main()
{
    TempDir dir;
    std::vector<FixtureChapter> chapters;
    std::string allText;
    for (std::size_t c = 0; c < 12; ++c) {
        FixtureChapter ch{"Chapter " + std::to_string(c + 1), {}};
        allText += ch.title + ".\n";
        for (std::size_t p = 0; p < 20; ++p) {
            ch.paragraphs.push_back(proseParagraph(c * 7 + p, 4));
            allText += ch.paragraphs.back() + "\n";
        }
        chapters.push_back(std::move(ch));
    }
    const std::string epub = writeEpub(dir.path, "long", "Long", "en", chapters);
    std::ofstream(dir / "long.txt") << allText;

    double cpu0 = childCpuSeconds();
    auto t0 = Clock::now();
    const auto peer = runCommand("espeak-ng -v en-us -w " + quoted(dir / "peer.wav") + " -f " + quoted(dir / "long.txt"));
    const double peerSeconds = std::chrono::duration<double>(Clock::now() - t0).count();
    const double peerCpu = childCpuSeconds() - cpu0;
    const std::string peerDuration = probe(dir / "peer.wav", "format=duration");
    if (peer.exitCode != 0 || peerDuration.empty()) {
        std::fprintf(stderr, "bench_speech_export: espeak-ng failed: %s\n", peer.output.c_str());
        return 1;
    }
    const double peerRealtime = std::stod(peerDuration) / peerSeconds;

    // The same book spoken to WAV by the same engine, no encoder: what synthesis alone costs, so
    // the export's encoder cost per audio second can be told apart from it.
    cpu0 = childCpuSeconds();
    const auto spoken = runCommand(quoted(TINGDU_CLI) + " speak " + quoted(epub) + " --out " + quoted(dir / "spoken.wav"));
    const double speakCpu = childCpuSeconds() - cpu0;
    const std::string spokenDuration = probe(dir / "spoken.wav", "format=duration");
    if (spoken.exitCode != 0 || spokenDuration.empty()) {
        std::fprintf(stderr, "bench_speech_export: speak failed: %s\n", spoken.output.c_str());
        return 1;
    }
    const double synthMsPerAudioSecond = 1000.0 * speakCpu / std::stod(spokenDuration);
    const double peerMsPerAudioSecond = 1000.0 * peerCpu / std::stod(peerDuration);
    std::printf("speech_synthesis_cpu: %.3f ms per audio second (espeak-ng -w: %.3f ms, %.2fx)\n",
                synthMsPerAudioSecond, peerMsPerAudioSecond, synthMsPerAudioSecond / peerMsPerAudioSecond);
    const double cores = std::max(1u, std::thread::hardware_concurrency());

    for (const char* ext : {"m4b", "mp3"}) {
        const std::string out = dir / (std::string("long.") + ext);
        cpu0 = childCpuSeconds();
        t0 = Clock::now();
        const auto r = runCommand(quoted(TINGDU_CLI) + " export-audio " + quoted(epub) + " " + quoted(out) +
                                  " --work-dir " + quoted(dir / "work"));
        const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
        const double cpu = childCpuSeconds() - cpu0;
        const std::string duration = probe(out, "format=duration");
        if (r.exitCode != 0 || duration.empty()) {
            std::fprintf(stderr, "bench_speech_export: export failed: %s\n", r.output.c_str());
            return 1;
        }
        const double realtime = std::stod(duration) / wall;
        std::printf("speech_export_%s_throughput: %.0f x realtime (espeak-ng -w, 1 core, no encode: %.0f x realtime, "
                    "%.2fx; %u cores, %.0f s audio in %.1f s)\n",
                    ext, realtime, peerRealtime, realtime / peerRealtime, std::thread::hardware_concurrency(),
                    std::stod(duration), wall);
        const double audioPerCpu = std::stod(duration) / cpu;
        const double peerPerCpu = std::stod(peerDuration) / peerCpu;
        std::printf("speech_export_%s_audio_per_cpu_second: %.0f s (espeak-ng -w: %.0f s, %.2fx)\n", ext, audioPerCpu,
                    peerPerCpu, audioPerCpu / peerPerCpu);
        // Encoding (and muxing, process start-up) is what the export costs beyond synthesis; with
        // every core busy the throughput cannot exceed cores / (synthesis + encode) per audio second.
        const double exportMs = 1000.0 * cpu / std::stod(duration);
        std::printf("speech_export_%s_encode_cpu: %.3f ms per audio second (synthesis: %.3f ms, %.2fx of it); "
                    "ceiling on %.0f idle cores: %.2fx espeak-ng -w\n",
                    ext, exportMs - synthMsPerAudioSecond, synthMsPerAudioSecond,
                    (exportMs - synthMsPerAudioSecond) / synthMsPerAudioSecond, cores,
                    cores * peerMsPerAudioSecond / exportMs);
    }
    return 0;
}
