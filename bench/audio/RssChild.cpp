// audio_rss_child FILE SPEED: plays FILE from 10 h in, seeks through it, and prints its own
// peak RSS in kB on stdout. A process of its own, linking only tingdu_media, so the figure is
// the engine's: bench_audio also carries the HTTPS test server (Poco, OpenSSL) and the other
// benchmarks' allocations, which a listener's engine never has.
// With TINGDU_BENCH_SMAPS=1 it also prints, on stderr, where the resident memory sits.
#include <malloc.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <thread>

#include "BenchFixtures.h"
#include "tingdu/media/AudioTimeline.h"

using namespace tingdu;

namespace {

long statusKb(const char* field)
{
    std::ifstream status("/proc/self/status");
    const std::string key = std::string(field) + ":";
    for (std::string line; std::getline(status, line);)
        if (line.rfind(key, 0) == 0)
            return std::stol(line.substr(key.size()));
    return -1;
}

// Rss and Private_Dirty per mapping name, summed: anonymous memory vs each shared library.
void printSmaps()
{
    struct Use {
        long rss = 0;
        long dirty = 0;
    };
    std::map<std::string, Use> uses;
    std::ifstream smaps("/proc/self/smaps");
    std::string name;
    for (std::string line; std::getline(smaps, line);) {
        std::istringstream in(line);
        std::string first;
        in >> first;
        if (first.find('-') != std::string::npos && first.back() != ':') {
            std::string perms, offset, dev, inode;
            in >> perms >> offset >> dev >> inode;
            name.clear();
            std::getline(in >> std::ws, name);
            if (name.empty())
                name = "[anonymous]";
            else if (const auto slash = name.rfind('/'); slash != std::string::npos)
                name = name.substr(slash + 1);
        } else if (first == "Rss:") {
            long kb = 0;
            in >> kb;
            uses[name].rss += kb;
        } else if (first == "Private_Dirty:") {
            long kb = 0;
            in >> kb;
            uses[name].dirty += kb;
        }
    }
    long libRss = 0;
    long libDirty = 0;
    int libs = 0;
    for (const auto& [n, u] : uses) {
        if (n.find(".so") != std::string::npos) {
            libRss += u.rss;
            libDirty += u.dirty;
            ++libs;
        }
        if (u.rss >= 1024)
            std::fprintf(stderr, "  %-40s rss %6ld kB  private dirty %6ld kB\n", n.c_str(), u.rss, u.dirty);
    }
    std::fprintf(stderr, "  %d shared libraries: rss %ld kB, private dirty %ld kB\n", libs, libRss, libDirty);
}

}  // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: audio_rss_child FILE SPEED\n");
        return 2;
    }
    const std::string file = argv[1];
    const long atStart = statusKb("VmRSS");
    auto timeline = media::makeAudioTimeline(file);
    if (!timeline) {
        std::fprintf(stderr, "cannot open %s: %s\n", file.c_str(), timeline.error().describe().c_str());
        return 1;
    }
    auto sink = std::make_unique<bench::PacedSink>(true);
    auto* rawSink = sink.get();
    std::atomic<bool> failed{false};
    media::PlayerCallbacks callbacks;
    callbacks.error = [&](const media::Error& e) {
        std::fprintf(stderr, "playback failed: %s\n", e.describe().c_str());
        failed = true;
    };
    media::AudioPlayer player(std::move(sink), callbacks);
    player.setSpeed(std::atof(argv[2]));
    player.load(*timeline, 36000);
    player.play();
    std::this_thread::sleep_for(std::chrono::seconds(3));
    // A figure is only worth printing for a player that really played and sought.
    const bool played = player.position() > 36001;
    const bool sought = bench::medianSeekLatency(player, *rawSink, timeline->duration(), 11) > 0;
    if (failed || !played || !sought) {
        std::fprintf(stderr, "the engine did not play %s\n", file.c_str());
        return 1;
    }
    if (std::getenv("TINGDU_BENCH_SMAPS")) {
        std::fprintf(stderr, "speed %s: rss at start %ld kB, now %ld kB, peak %ld kB\n", argv[2], atStart,
                     statusKb("VmRSS"), statusKb("VmHWM"));
        const struct mallinfo2 m = mallinfo2();
        std::fprintf(stderr, "  malloc: %zu kB in use, %zu kB free but held, %zu kB in mmapped blocks\n",
                     m.uordblks / 1024, m.fordblks / 1024, m.hblkhd / 1024);
        printSmaps();
    }
    std::printf("%ld\n", statusKb("VmHWM"));
    return 0;
}
