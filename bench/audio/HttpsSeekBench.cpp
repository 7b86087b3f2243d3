// Seek latency over HTTPS on loopback: the tests' Poco server and CA (tests/support).
#include <memory>
#include <thread>

#include "BenchFixtures.h"
#include "HttpsTestServer.h"

namespace tingdu::bench {

double httpsSeekLatency(const std::string& file, double duration)
{
    testing::HttpsTestServer server(
        [&](Poco::Net::HTTPServerRequest& rq, Poco::Net::HTTPServerResponse& rs) { testing::serveFile(rq, rs, file); });
    media::AudioSourceOptions options;
    options.caFile = testing::HttpsTestServer::caFile();
    auto timeline = media::makeAudioTimeline(server.url("/book.m4b"), options);
    if (!timeline) {
        std::fprintf(stderr, "HTTPS open failed: %s\n", timeline.error().describe().c_str());
        return -1;
    }
    auto sink = std::make_unique<PacedSink>(true);
    auto* raw = sink.get();
    media::AudioPlayer player(std::move(sink));
    player.load(*timeline, 1000);
    player.play();
    std::this_thread::sleep_for(std::chrono::seconds(2));
    return medianSeekLatency(player, *raw, duration, 11);
}

}  // namespace tingdu::bench
