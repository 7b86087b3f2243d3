#include "BenchFixtures.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace tingdu::bench {

namespace {

fs::path cacheDir()
{
    const fs::path dir = fs::temp_directory_path() / "tingdu-bench-audio";
    fs::create_directories(dir);
    return dir;
}

void make(const fs::path& target, const std::string& command)
{
    if (fs::exists(target))
        return;
    std::fprintf(stderr, "making %s (once; cached) ...\n", target.c_str());
    const fs::path part = target.string() + ".part";
    std::string cmd = command;
    const auto at = cmd.find("OUT");
    cmd.replace(at, 3, "\"" + part.string() + "\"");
    if (std::system(("ffmpeg -nostdin -y -hide_banner -loglevel error " + cmd).c_str()) != 0) {
        std::fprintf(stderr, "ffmpeg failed: %s\n", cmd.c_str());
        std::exit(1);
    }
    fs::rename(part, target);
}

double seconds(const timeval& t)
{
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
}

}  // namespace

std::string oneHourMp3()
{
    const fs::path f = cacheDir() / "one-hour-64k.mp3";
    make(f, "-f lavfi -i \"anoisesrc=color=pink:amplitude=0.3:sample_rate=44100:duration=3600\" -ac 1 -c:a libmp3lame "
            "-b:a 64k -f mp3 OUT");
    return f.string();
}

std::string twentyHourM4b()
{
    const fs::path dir = cacheDir();
    const fs::path piece = dir / "ten-minutes.m4a";
    make(piece, "-f lavfi -i \"anoisesrc=color=pink:amplitude=0.3:sample_rate=22050:duration=600\" -ac 1 -c:a aac "
                "-b:a 16k -f mp4 OUT");
    const fs::path list = dir / "concat.txt";
    {
        std::ofstream l(list);
        for (int i = 0; i < 120; ++i)
            l << "file '" << piece.string() << "'\n";
    }
    const fs::path book = dir / "twenty-hours.m4b";
    make(book, "-f concat -safe 0 -i \"" + list.string() + "\" -c copy -movflags +faststart -f mp4 OUT");
    return book.string();
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return seconds(u.ru_utime) + seconds(u.ru_stime);
}

double childCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return seconds(u.ru_utime) + seconds(u.ru_stime);
}

long runPeakRssKb(const std::string& command)
{
    // wait4 gives this child's own figure; RUSAGE_CHILDREN would be the largest of all so far.
    const pid_t pid = fork();
    if (pid == 0) {
        execl("/bin/sh", "sh", "-c", ("exec " + command + " >/dev/null 2>&1").c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage u{};
    if (pid < 0 || wait4(pid, &status, 0, &u) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return u.ru_maxrss;
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

double runTimed(const std::string& command)
{
    const double t0 = wallSeconds();
    if (std::system((command + " >/dev/null 2>&1").c_str()) != 0)
        return -1;
    return wallSeconds() - t0;
}

media::Result<void> PacedSink::open(const media::AudioFormat& f)
{
    m_format = f;
    m_next = std::chrono::steady_clock::now();
    return {};
}

media::Result<void> PacedSink::write(const std::int16_t*, std::size_t frames)
{
    if (m_armed.exchange(false))
        m_firstWrite = wallSeconds();
    if (m_realTime) {
        // Like a sound card: block until there is room, keeping ~100 ms queued.
        m_next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(
            std::chrono::duration<double>(static_cast<double>(frames) / m_format.sampleRate));
        const auto now = std::chrono::steady_clock::now();
        if (m_next < now)
            m_next = now;
        std::this_thread::sleep_until(m_next - std::chrono::milliseconds(100));
    }
    return {};
}

double medianSeekLatency(media::AudioPlayer& player, PacedSink& sink, double duration, int count)
{
    std::vector<double> latencies;
    for (int i = 0; i < count; ++i) {
        const double target = duration * (0.05 + 0.9 * ((i * 7919) % count) / count);
        player.pause();
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        sink.arm();
        const double t0 = wallSeconds();
        player.seek(target);
        player.play();
        while (sink.firstWrite() == 0 && wallSeconds() - t0 < 5)
            std::this_thread::sleep_for(std::chrono::microseconds(200));
        if (sink.firstWrite() > 0)
            latencies.push_back(sink.firstWrite() - t0);
    }
    player.pause();
    if (latencies.empty())
        return -1;
    std::sort(latencies.begin(), latencies.end());
    return latencies[latencies.size() / 2];
}

void report(const std::string& name, double value, const std::string& unit, const std::string& peer, double peerValue)
{
    std::printf("%s: %.3f %s (%s: %.3f, %.2f)\n", name.c_str(), value, unit.c_str(), peer.c_str(), peerValue,
                peerValue > 0 ? value / peerValue : 0.0);
    std::fflush(stdout);
}

}  // namespace tingdu::bench
