// tingdu-cli voices / speak / export-audio as a user runs them, on EPUBs written at test time
// and read by the real EPUB reader; audio checked with ffprobe.
#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
#include <thread>

#include "EpubFixture.h"

using namespace tingdu::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCli = TINGDU_CLI;

std::string cli(const std::string& args)
{
    return quoted(kCli) + " " + args;
}

double seconds(const std::string& media)
{
    const std::string d = probe(media, "format=duration");
    return d.empty() ? -1.0 : std::stod(d);
}

std::vector<FixtureChapter> chapters(std::size_t count, std::size_t paragraphs)
{
    std::vector<FixtureChapter> out;
    for (std::size_t i = 0; i < count; ++i) {
        FixtureChapter c{"Chapter " + std::to_string(i + 1), {}};
        for (std::size_t p = 0; p < paragraphs; ++p)
            c.paragraphs.push_back(proseParagraph(i + p, 4));
        out.push_back(std::move(c));
    }
    return out;
}

// Skips when this build's EPUB reader cannot open the fixture yet.
bool readable(const std::string& epub)
{
    return runCommand(cli("info " + quoted(epub))).exitCode == 0;
}

}  // namespace

TEST(Cli, VoicesJsonListsMandarinAndCantonese)
{
    const auto r = runCommand(cli("voices --json"));
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("\"identifier\": \"cmn-latn-pinyin\""), std::string::npos);
    EXPECT_NE(r.output.find("\"identifier\": \"yue\""), std::string::npos);
    EXPECT_NE(r.output.find("\"zh-cmn\""), std::string::npos);
}

TEST(Cli, PhonemesForChineseHaveNoEnglishSwitch)
{
    const auto zh = runCommand(cli("speak --text '今天天气很好，一二三。' --lang zh-CN --phonemes"));
    ASSERT_EQ(zh.exitCode, 0) << zh.output;
    EXPECT_EQ(zh.output.find("(en)"), std::string::npos) << zh.output;
    EXPECT_NE(zh.output.find("51"), std::string::npos) << zh.output;
    const auto plain = runCommand(cli("speak --text '今天天气很好' --voice cmn --phonemes"));
    EXPECT_NE(plain.output.find("(en)"), std::string::npos) << plain.output;
}

TEST(Cli, VoiceForALanguageIsTheVoiceThatSpeaksIt)
{
    // cmn (not cmn-latn-pinyin) reads hanzi with English digits: its "(en)" shows it spoke.
    const auto chosen = runCommand(cli("speak --text '今天天气很好' --lang zh-CN --voice-for zh=cmn --phonemes"));
    ASSERT_EQ(chosen.exitCode, 0) << chosen.output;
    EXPECT_NE(chosen.output.find("(en)"), std::string::npos) << chosen.output;
    // English's choice leaves Mandarin to Tingdu's voice; a voice that is not installed falls back.
    for (const char* choice : {"en=en-gb", "cmn=no-such-voice"}) {
        const auto other = runCommand(cli(std::string("speak --text '今天天气很好' --lang zh-CN --voice-for ") + choice +
                                          " --phonemes"));
        ASSERT_EQ(other.exitCode, 0) << other.output;
        EXPECT_EQ(other.output.find("(en)"), std::string::npos) << choice << ": " << other.output;
    }
    EXPECT_EQ(runCommand(cli("speak --text x --voice-for en --phonemes")).exitCode, 2);
}

TEST(Cli, SpeakTextRateHalvesDuration)
{
    TempDir dir;
    const std::string text = quoted(proseParagraph(0, 6));
    ASSERT_EQ(runCommand(cli("speak --text " + text + " --rate 160 --out " + quoted(dir / "slow.wav"))).exitCode, 0);
    ASSERT_EQ(runCommand(cli("speak --text " + text + " --rate 320 --out " + quoted(dir / "fast.wav"))).exitCode, 0);
    const double ratio = seconds(dir / "fast.wav") / seconds(dir / "slow.wav");
    EXPECT_GT(ratio, 0.4);
    EXPECT_LT(ratio, 0.62);
    const auto bad = runCommand(cli("speak --text x --rate 900 --out " + quoted(dir / "x.wav")));
    EXPECT_EQ(bad.exitCode, 2);
}

TEST(Cli, SpeakBookFromLocatorForSeconds)
{
    TempDir dir;
    const std::string epub = writeEpub(dir.path, "short", "Short Book", "en", chapters(3, 3));
    ASSERT_FALSE(epub.empty());
    if (!readable(epub))
        GTEST_SKIP() << "the EPUB reader in this build cannot open the fixture yet";
    const auto r = runCommand(cli("speak " + quoted(epub) + " --from 2 --seconds 3 --out " + quoted(dir / "s.wav")));
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NEAR(seconds(dir / "s.wav"), 3.0, 0.05);
}

TEST(Cli, ExportM4bChapterPerTocEntry)
{
    TempDir dir;
    const std::string epub = writeEpub(dir.path, "book", "Exported Book", "en", chapters(4, 2));
    ASSERT_FALSE(epub.empty());
    if (!readable(epub))
        GTEST_SKIP() << "the EPUB reader in this build cannot open the fixture yet";
    const std::string out = dir / "book.m4b";
    const auto r = runCommand(cli("export-audio " + quoted(epub) + " " + quoted(out) + " --rate 250 --work-dir " +
                                  quoted(dir / "work")));
    ASSERT_EQ(r.exitCode, 0) << r.output;
    EXPECT_NE(r.output.find("chapter 4 of 4"), std::string::npos) << r.output;  // progress on stderr
    const auto probed = probeChapters(out);
    ASSERT_EQ(probed.size(), 4u);
    double sum = 0;
    for (std::size_t i = 0; i < probed.size(); ++i) {
        EXPECT_EQ(probed[i].title, "Chapter " + std::to_string(i + 1));
        sum += probed[i].end - probed[i].start;
    }
    EXPECT_NEAR(sum, seconds(out), 0.3);
    EXPECT_EQ(probe(out, "format_tags=title"), "Exported Book");
    EXPECT_EQ(probe(out, "format_tags=artist"), "Test Author");
    EXPECT_FALSE(fs::exists(dir / "work") && !fs::is_empty(dir / "work")) << "the work folder is cleaned up";
}

TEST(Cli, ExportSpeaksWithTheVoiceChosenForTheLanguage)
{
    TempDir dir;
    const std::string epub = writeEpub(dir.path, "book", "Voiced Book", "en", chapters(2, 2));
    ASSERT_FALSE(epub.empty());
    if (!readable(epub))
        GTEST_SKIP() << "the EPUB reader in this build cannot open the fixture yet";
    // The workers get the choice (they would refuse an option they do not know) and speak with it:
    // eSpeak's British voice says the same text in another time than Tingdu's American one.
    double length[2] = {};
    const char* choices[2] = {"", " --voice-for en-US=en-gb"};
    for (int i = 0; i < 2; ++i) {
        const std::string out = dir / ("book" + std::to_string(i) + ".m4b");
        const auto r = runCommand(cli("export-audio " + quoted(epub) + " " + quoted(out) + choices[i] + " --work-dir " +
                                      quoted(dir / "work")));
        ASSERT_EQ(r.exitCode, 0) << r.output;
        length[i] = seconds(out);
    }
    EXPECT_GT(length[0], 1.0);
    EXPECT_NE(length[0], length[1]);
    EXPECT_EQ(runCommand(cli("export-audio " + quoted(epub) + " " + quoted(dir / "x.m4b") + " --voice-for en-gb"))
                  .exitCode,
              2);
}

TEST(Cli, InterruptedExportResumes)
{
    TempDir dir;
    const std::string epub = writeEpub(dir.path, "long", "Long Book", "en", chapters(8, 12));
    ASSERT_FALSE(epub.empty());
    if (!readable(epub))
        GTEST_SKIP() << "the EPUB reader in this build cannot open the fixture yet";
    const std::string out = dir / "long.mp3";
    const std::string work = dir / "work";
    const std::string args = "export-audio " + quoted(epub) + " " + quoted(out) + " --jobs 1 --work-dir " + quoted(work);

    // Start in its own process group, kill it (workers too) once a chapter is finished.
    const auto started = runCommand("setsid " + cli(args) + " >/dev/null 2>&1 & echo $!");
    const pid_t pid = std::stoi(started.output);
    bool sawPiece = false;
    for (int i = 0; i < 600 && !sawPiece; ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        std::error_code ec;
        for (auto it = fs::recursive_directory_iterator(work, ec); !ec && it != fs::recursive_directory_iterator(); ++it)
            if (it->path().extension() == ".mp3" && it->path().filename().string().rfind("chapter-", 0) == 0)
                sawPiece = true;
    }
    ::kill(-pid, SIGKILL);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    ASSERT_TRUE(sawPiece) << "no chapter was finished in 12 s";
    ASSERT_FALSE(fs::exists(out)) << "a killed export must not leave an audiobook";

    const auto resumed = runCommand(cli(args));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
    EXPECT_NE(resumed.output.find("Resuming:"), std::string::npos) << resumed.output;
    EXPECT_EQ(probeChapters(out).size(), 8u);
    for (const auto& entry : fs::directory_iterator(dir.path))
        EXPECT_EQ(entry.path().filename().string().find(".part-"), std::string::npos) << entry.path();
}

TEST(Cli, ExportToUnwritablePlaceFailsClearly)
{
    TempDir dir;
    const std::string epub = writeEpub(dir.path, "tiny", "Tiny", "en", chapters(1, 1));
    for (const std::string& out : {std::string("/sys/tingdu-test.m4b"), dir / "no/such/folder/x.m4b"}) {
        const auto r = runCommand(cli("export-audio " + quoted(epub) + " " + quoted(out) + " --work-dir " + quoted(dir / "w")));
        EXPECT_EQ(r.exitCode, 1) << r.output;
        EXPECT_NE(r.output.find("tingdu-cli:"), std::string::npos) << r.output;
        EXPECT_FALSE(fs::exists(out));
    }
    const auto badExt = runCommand(cli("export-audio " + quoted(epub) + " " + quoted(dir / "x.ogg")));
    EXPECT_EQ(badExt.exitCode, 1) << badExt.output;
}
