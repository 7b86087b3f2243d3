// The compact MP4 sample table against ffprobe's own packet list, and playback through it
// against ffmpeg's decode of the same file, sample for sample; then hostile tables written
// box by box (the fuzzer's findings and the bounds reviewed with it), each refused or bounded.
#include <gtest/gtest.h>

#include <chrono>
#include <climits>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "AudioFixtures.h"
#include "audio/CompactMp4.h"
#include "audio/Mp4Index.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

using namespace tingdu::media;
using namespace tingdu::testing;

namespace {

struct Packet {
    std::uint64_t pos;
    std::uint32_t size;
    std::int64_t dts;
};

std::vector<Packet> ffprobePackets(const std::string& file)
{
    const auto json = nlohmann::json::parse(
        capture("ffprobe -v error -select_streams a:0 -show_entries packet=pos,size,dts -of json \"" + file + "\""));
    std::vector<Packet> list;
    for (const auto& p : json["packets"])
        list.push_back({std::stoull(p["pos"].get<std::string>()), static_cast<std::uint32_t>(std::stoul(p["size"].get<std::string>())),
                        p["dts"].get<std::int64_t>()});
    return list;
}

class CompactMp4 : public ::testing::TestWithParam<const char*> {};

TEST_P(CompactMp4, TableMatchesFfprobePacketForPacket)
{
    TempDir dir;
    const std::string file = dir.file("book.m4b");
    // Chapters add a text track; the extra args choose where the index sits and chunking.
    ASSERT_TRUE(makeChaptered(file, {0, 3, 7.5}, 20, GetParam()));
    auto index = audio::Mp4Index::load(file);
    ASSERT_NE(index, nullptr) << "a plain M4B was not read";
    const auto expected = ffprobePackets(file);
    ASSERT_EQ(index->sampleCount(), expected.size());
    audio::Mp4Index::Sample s;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        ASSERT_TRUE(index->next(s));
        EXPECT_EQ(s.offset, expected[i].pos) << "packet " << i;
        EXPECT_EQ(s.size, expected[i].size) << "packet " << i;
        // ffprobe times packets from the first presented sample: ours minus the priming.
        EXPECT_EQ(s.dts - index->mediaStart(), expected[i].dts) << "packet " << i;
    }
    EXPECT_FALSE(index->next(s));
    // Seeking lands on the sample whose decode time it names.
    index->seek(expected[100].dts + index->mediaStart());
    ASSERT_TRUE(index->next(s));
    EXPECT_EQ(s.offset, expected[100].pos);
}

INSTANTIATE_TEST_SUITE_P(Layouts, CompactMp4,
                         ::testing::Values("-c:a aac -b:a 96k", "-c:a aac -b:a 64k -movflags +faststart",
                                           "-c:a aac -ar 22050 -ac 1 -b:a 24k -frag_duration 0"));

TEST(CompactMp4Playback, MatchesFfmpegSampleForSampleAfterSeeks)
{
    TempDir dir;
    const std::string file = dir.file("noise.mp4");
    // A video track first, so audio chunks are interleaved and the audio is FFmpeg's stream 1.
    // Noise substitution off: its decoder-side random state makes any decoder, FFmpeg's own
    // included, differ after a seek from a decode that ran from the start.
    ASSERT_TRUE(ffmpeg("-f lavfi -i \"anoisesrc=color=pink:seed=3:amplitude=0.5:sample_rate=44100:duration=30\" "
                       "-f lavfi -i testsrc=size=64x64:rate=5 -t 30 -map 1 -map 0 -ac 2 -c:v mpeg4 "
                       "-c:a aac -aac_pns 0 -b:a 128k \"" + file + "\""));
    const auto index = audio::Mp4Index::load(file);
    ASSERT_NE(index, nullptr);
    EXPECT_EQ(index->stream(), 1);
    // A canonical 44-byte WAV header, which readWav expects.
    ASSERT_TRUE(ffmpeg("-i \"" + file + "\" -map a:0 -map_metadata -1 -fflags +bitexact -flags:a +bitexact -c:a pcm_s16le \"" +
                       dir.file("reference.wav") + "\""));
    const Pcm reference = readWav(dir.file("reference.wav"));
    auto timeline = makeAudioTimeline(file);
    ASSERT_TRUE(timeline) << timeline.error().describe();
    EXPECT_NEAR(timeline->duration(), reference.seconds(), 0.03);
    for (double target : {0.0, 7.25, 21.5}) {
        RenderOptions options;
        options.startSeconds = target;
        options.durationSeconds = 1;
        auto sink = makeWavFileSink(dir.file("out.wav"));
        auto r = renderAudio(*timeline, *sink, options);
        ASSERT_TRUE(r) << r.error().describe();
        const Pcm out = readWav(dir.file("out.wav"));
        ASSERT_EQ(out.frames(), 44100u);
        const auto first = static_cast<std::size_t>(std::llround(target * 44100));
        double worst = 0;
        for (std::size_t i = 0; i < out.samples.size(); ++i)
            worst = std::max(worst, std::abs(double(out.samples[i]) - reference.samples[first * 2 + i]));
        EXPECT_LE(worst, 2) << "at " << target << " s the audio differs from ffmpeg's decode";
    }
}

// An MP4 written box by box: ftyp, an mdat of 4096 bytes, then a moov whose one audio track's
// sample table is the last thing in the file, so a table's box can end exactly at the moov's end.
std::string be32(std::uint64_t v)
{
    return {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
}

std::string be64(std::uint64_t v)
{
    return be32(v >> 32) + be32(v & 0xffffffffu);
}

std::string box(const char* type, const std::string& body)
{
    return be32(8 + body.size()) + type + body;
}

struct Track {
    std::uint32_t timescale = 1000;
    std::string elst;  // the elst body; no edts when empty
    // stbl's children in order, as (type, body); tests change them before writing.
    std::vector<std::pair<std::string, std::string>> stbl = {
        {"stsd", be32(0) + be32(1) + box("mp4a", std::string(28, '\0'))},
        {"stts", be32(0) + be32(1) + be32(8) + be32(1024)},            // 8 samples of 1024
        {"stsc", be32(0) + be32(1) + be32(1) + be32(4) + be32(1)},     // 4 samples per chunk
        {"stsz", be32(0) + be32(100) + be32(8)},                       // 8 samples of 100 bytes
        {"stco", be32(0) + be32(2) + be32(24) + be32(1024)},           // 2 chunks in the mdat
    };
    void set(const std::string& type, const std::string& body)
    {
        for (auto& child : stbl)
            if (child.first == type)
                child.second = body;
    }
};

std::string writeMp4(const std::string& path, const Track& t)
{
    std::string stbl;
    for (const auto& [type, body] : t.stbl)
        stbl += box(type.c_str(), body);
    const std::string mdhd = be32(0) + be32(0) + be32(0) + be32(t.timescale) + be32(8192) + be32(0);
    const std::string hdlr = be32(0) + be32(0) + "soun" + std::string(12, '\0') + '\0';
    const std::string mdia = box("mdhd", mdhd) + box("hdlr", hdlr) + box("minf", box("stbl", stbl));
    const std::string edts = t.elst.empty() ? std::string() : box("edts", box("elst", t.elst));
    const std::string file = box("ftyp", std::string("M4A ") + be32(0)) + box("mdat", std::string(4096, '\x5a')) +
                             box("moov", box("trak", edts + box("mdia", mdia)));
    std::ofstream(path, std::ios::binary) << file;
    return path;
}

TEST(Mp4IndexHostile, TheWriterMakesATableThatReads)
{
    TempDir dir;
    auto index = audio::Mp4Index::load(writeMp4(dir.file("ok.m4a"), Track{}));
    ASSERT_NE(index, nullptr);
    ASSERT_EQ(index->sampleCount(), 8u);
    audio::Mp4Index::Sample s;
    std::vector<std::uint64_t> offsets;
    while (index->next(s))
        offsets.push_back(s.offset);
    EXPECT_EQ(offsets, (std::vector<std::uint64_t>{24, 124, 224, 324, 1024, 1124, 1224, 1324}));
    index->seek(6 * 1024);
    ASSERT_TRUE(index->next(s));
    EXPECT_EQ(s.offset, 1224u);
    EXPECT_EQ(s.dts, 6 * 1024);
}

// A table box with no room for its header, last in the moov: refused before reading a byte past it.
TEST(Mp4IndexHostile, TableHeaderCutShortAtTheEndOfMoov)
{
    TempDir dir;
    for (const char* type : {"stsd", "stts", "stsc", "stsz", "stco"}) {
        Track t;
        std::pair<std::string, std::string> cut;
        for (auto it = t.stbl.begin(); it != t.stbl.end(); ++it)
            if (it->first == type) {
                cut = {it->first, it->second.substr(0, 4)};
                t.stbl.erase(it);
                break;
            }
        t.stbl.push_back(cut);
        EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("cut.m4a"), t)), nullptr) << type;
    }
    Track elst;
    elst.elst = be32(0);  // version and flags, then nothing
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("elst.m4a"), elst)), nullptr);
}

// One sample size and one chunk claiming four billion samples: load holds no per-sample memory
// and a seek deep into it is arithmetic, not a walk over billions of samples.
TEST(Mp4IndexHostile, BillionsOfFixedSizeSamplesStayCheap)
{
    TempDir dir;
    Track t;
    t.set("stts", be32(0) + be32(1) + be32(0xffffffffu) + be32(1));
    t.set("stsc", be32(0) + be32(1) + be32(1) + be32(0xffffffffu) + be32(1));
    t.set("stsz", be32(0) + be32(100) + be32(0xffffffffu));
    t.set("stco", be32(0) + be32(1) + be32(24));
    auto index = audio::Mp4Index::load(writeMp4(dir.file("many.m4a"), t));
    ASSERT_NE(index, nullptr);
    const auto start = std::chrono::steady_clock::now();
    index->seek(3'000'000'000);
    audio::Mp4Index::Sample s;
    ASSERT_TRUE(index->next(s));
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::milliseconds(200));
    EXPECT_EQ(s.offset, 24 + 3'000'000'000ull * 100);
    EXPECT_EQ(s.dts, 3'000'000'000);
}

// Durations whose sum overflows int64, a time scale FFmpeg's int cannot hold, an edit that
// starts after the last sample, and chunk runs out of order: each refused (FFmpeg's path then).
TEST(Mp4IndexHostile, ImpossibleTimesAndRunsAreRefused)
{
    TempDir dir;
    Track overflow;
    overflow.set("stts", be32(0) + be32(1) + be32(0xffffffffu) + be32(0xffffffffu));
    overflow.set("stsc", be32(0) + be32(1) + be32(1) + be32(0xffffffffu) + be32(1));
    overflow.set("stsz", be32(0) + be32(100) + be32(0xffffffffu));
    overflow.set("stco", be32(0) + be32(1) + be32(24));
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("overflow.m4a"), overflow)), nullptr);
    Track timescale;
    timescale.timescale = 0x80000000u;
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("timescale.m4a"), timescale)), nullptr);
    Track late;
    late.elst = be32(0) + be32(1) + be32(1000) + be32(9000) + be32(0x10000);  // media starts at 9000 of 8192
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("late.m4a"), late)), nullptr);
    Track priming = late;
    priming.elst = be32(0) + be32(1) + be32(1000) + be32(2112) + be32(0x10000);
    auto primed = audio::Mp4Index::load(writeMp4(dir.file("primed.m4a"), priming));
    ASSERT_NE(primed, nullptr) << "the writer's edit list is wrong, so the refusal above proves nothing";
    EXPECT_EQ(primed->mediaStart(), 2112);
    Track order;
    order.set("stsc", be32(0) + be32(2) + be32(2) + be32(4) + be32(1) + be32(1) + be32(4) + be32(1));
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("order.m4a"), order)), nullptr);
    Track twice;
    twice.stbl.push_back({"stts", be32(0) + be32(1) + be32(8) + be32(1)});
    EXPECT_EQ(audio::Mp4Index::load(writeMp4(dir.file("twice.m4a"), twice)), nullptr);
}

// Thousands of empty top-level boxes before the moov (walking millions would take minutes):
// past a generous bound the file is left to FFmpeg. A handful, as real files have, is fine.
TEST(Mp4IndexHostile, ThousandsOfTopLevelBoxesAreLeftToFfmpeg)
{
    TempDir dir;
    const std::string plain = writeMp4(dir.file("plain.m4a"), Track{});
    std::ifstream in(plain, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    // The chunk offsets still point into the mdat: the padding goes after it, before the moov.
    const std::size_t moov = bytes.find("moov") - 4;
    const auto padded = [&](int boxes, const std::string& name) {
        std::string padding;
        for (int i = 0; i < boxes; ++i)
            padding += box("free", "");
        std::ofstream(dir.file(name), std::ios::binary) << bytes.substr(0, moov) + padding + bytes.substr(moov);
        return dir.file(name);
    };
    EXPECT_NE(audio::Mp4Index::load(padded(10, "few.m4a")), nullptr);
    EXPECT_EQ(audio::Mp4Index::load(padded(5000, "many.m4a")), nullptr);
}

// A chunk offset near 2^64 wraps offset + size around to a small number; the packet reader must
// still see it as past the end of the file (a truncated file's end), not seek to a negative place.
TEST(Mp4IndexHostile, ChunkOffsetNearTwoToThe64IsTheEndOfTheFile)
{
    TempDir dir;
    Track t;
    t.stbl.back() = {"co64", be32(0) + be32(2) + be64(24) + be64(0xffffffffffffff00ull)};
    const std::string path = writeMp4(dir.file("wrap.m4a"), t);
    auto mp4 = audio::CompactMp4::open(path);
    ASSERT_NE(mp4, nullptr);
    AVPacket* packet = av_packet_alloc();
    int read = 0;
    int rc = 0;
    while ((rc = mp4->read(packet, 0, AVRational{1, 1000})) == 0) {
        av_packet_unref(packet);
        ++read;
    }
    av_packet_free(&packet);
    EXPECT_EQ(read, 4) << "the first chunk's samples are in the file";
    EXPECT_EQ(rc, AVERROR_EOF);
}

}  // namespace
