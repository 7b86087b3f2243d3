// bench_audio: the audiobook engine against ffmpeg, in one run.
//   decode + tempo 2.0× of one hour of 64 kb/s MP3: CPU vs `ffmpeg -i f -af atempo=2 -f null -`
//   playing in real time: CPU share vs `ffmpeg -re -i f -f null -`
//   seek in a 20-hour M4B: local and HTTPS latency (peer: ffmpeg -ss, open + seek + decode)
//   peak RSS while playing the 20-hour M4B (at 1.0× and 2.0×) vs ffmpeg playing it
#include <cstdio>
#include <string>
#include <thread>

#include "BenchFixtures.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu;
using namespace tingdu::bench;

namespace {

media::AudioTimeline timelineOf(const std::string& file)
{
    auto t = media::makeAudioTimeline(file);
    if (!t) {
        std::fprintf(stderr, "cannot open %s: %s\n", file.c_str(), t.error().describe().c_str());
        std::exit(1);
    }
    return *t;
}

void tempoCpu(const std::string& mp3)
{
    // Same work as ffmpeg's: the MP3's own format (mono 44.1 kHz) through atempo=2.
    const auto timeline = timelineOf(mp3);
    auto sink = media::makeNullSink({44100, 1});
    media::RenderOptions options;
    options.speed = 2.0;
    const double c0 = cpuSeconds();
    auto r = media::renderAudio(timeline, *sink, options);
    const double ours = cpuSeconds() - c0;
    if (!r) {
        std::fprintf(stderr, "render failed: %s\n", r.error().describe().c_str());
        std::exit(1);
    }
    const double p0 = childCpuSeconds();
    runTimed("ffmpeg -nostdin -hide_banner -loglevel error -i \"" + mp3 + "\" -af atempo=2 -f null -");
    const double peer = childCpuSeconds() - p0;
    report("decode_tempo2x_1h_mp3_cpu", ours, "s", "ffmpeg atempo=2", peer);
}

void realTimeShare(const std::string& mp3, double seconds)
{
    auto sink = std::make_unique<PacedSink>(true);
    media::AudioPlayer player(std::move(sink));
    player.load(timelineOf(mp3), 600);
    const double c0 = cpuSeconds();
    const double w0 = wallSeconds();
    player.play();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    player.pause();
    const double ours = (cpuSeconds() - c0) / (wallSeconds() - w0) * 100;
    const double p0 = childCpuSeconds();
    const double wall = runTimed("ffmpeg -nostdin -hide_banner -loglevel error -re -ss 600 -t " +
                                 std::to_string(seconds) + " -i \"" + mp3 + "\" -f null -");
    const double peer = (childCpuSeconds() - p0) / wall * 100;
    report("realtime_play_cpu_share", ours, "% of a core", "ffmpeg -re", peer);
}

// The engine's peak RSS, measured in audio_rss_child (a process linking only tingdu_media).
double enginePeakRssMb(const std::string& m4b, const char* speed)
{
    const std::string command = std::string("\"") + TINGDU_BENCH_RSS_EXE + "\" \"" + m4b + "\" " + speed;
    FILE* child = popen(command.c_str(), "r");
    long kb = -1;
    if (child) {
        if (std::fscanf(child, "%ld", &kb) != 1)
            kb = -1;
        pclose(child);
    }
    return static_cast<double>(kb) / 1024;
}

void twentyHours(const std::string& m4b)
{
    const auto timeline = timelineOf(m4b);
    auto sink = std::make_unique<PacedSink>(true);
    auto* rawSink = sink.get();
    media::AudioPlayer player(std::move(sink));
    player.load(timeline, 36000);
    player.play();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    const double local = medianSeekLatency(player, *rawSink, timeline.duration(), 21);

    const double peerSeek = runTimed("ffmpeg -nostdin -hide_banner -loglevel error -ss 43210 -i \"" + m4b +
                                     "\" -t 0.02 -f null -");
    report("seek_20h_m4b_local", local * 1000, "ms", "ffmpeg -ss open+seek", peerSeek * 1000);
#ifdef TINGDU_BENCH_HTTPS
    const double https = httpsSeekLatency(m4b, timeline.duration());
    report("seek_20h_m4b_https_loopback", https * 1000, "ms", "goal", 150);
#endif
    const double ffmpegMb = static_cast<double>(runPeakRssKb("ffmpeg -nostdin -hide_banner -loglevel error -re "
                                                             "-ss 36000 -t 5 -i \"" + m4b + "\" -f null -")) / 1024;
    report("peak_rss_playing_20h_m4b", enginePeakRssMb(m4b, "1.0"), "MB", "ffmpeg playing it", ffmpegMb);
    const double ffmpegTempoMb =
        static_cast<double>(runPeakRssKb("ffmpeg -nostdin -hide_banner -loglevel error -re -ss 36000 -t 5 -i \"" +
                                         m4b + "\" -af atempo=2 -f null -")) / 1024;
    report("peak_rss_playing_20h_m4b_2x", enginePeakRssMb(m4b, "2.0"), "MB", "ffmpeg atempo=2", ffmpegTempoMb);
}

}  // namespace

int main(int argc, char** argv)
{
    const std::string only = argc > 1 ? argv[1] : "";
    const auto wanted = [&](const char* name) { return only.empty() || only == name; };
    const std::string mp3 = oneHourMp3();
    if (wanted("tempo"))
        tempoCpu(mp3);
    if (wanted("realtime"))
        realTimeShare(mp3, 10);
    if (wanted("seek"))
        twentyHours(twentyHourM4b());
    return 0;
}
