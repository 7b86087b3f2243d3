// tingdu-cli from the outside: exit codes, JSON on stdout, one human line on stderr.
#include <gtest/gtest.h>

#include <unistd.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

struct Run {
    int exitCode = -1;
    std::string out;
    std::string err;
};

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// This process's own scratch folder: ctest runs test cases as parallel processes (and other
// builds may run theirs on the same machine), so fixed names under /tmp would be shared.
fs::path processDir()
{
    static const fs::path dir = [] {
        auto d = fs::path(::testing::TempDir()) / ("tingdu-cli-test-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

Run cli(const std::string& args)
{
    const fs::path dir = processDir();
    const fs::path out = dir / "cli.out";
    const fs::path err = dir / "cli.err";
    const std::string cmd = std::string("LANG=C.UTF-8 ") + TINGDU_CLI + " " + args + " >" + out.string() + " 2>" +
                            err.string() + " </dev/null";
    const int status = std::system(cmd.c_str());
    Run r;
    r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

std::string quote(const fs::path& p)
{
    return "'" + p.string() + "'";
}

int lines(const std::string& s)
{
    int n = 0;
    for (char c : s)
        n += c == '\n';
    return n;
}

fs::path scratch(const std::string& name)
{
    auto dir = processDir() / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST(Cli, VersionAndHelp)
{
    auto v = cli("--version");
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_EQ(v.out, std::string("tingdu-cli ") + TINGDU_VERSION_STRING + "\n");
    auto h = cli("--help");
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_NE(h.out.find("info PATH"), std::string::npos);
    EXPECT_NE(h.out.find("export-audio"), std::string::npos);
}

TEST(Cli, UsageErrorsExitTwo)
{
    EXPECT_EQ(cli("").exitCode, 2);
    auto unknown = cli("frobnicate");
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_NE(unknown.err.find("frobnicate"), std::string::npos);
    EXPECT_EQ(cli("info").exitCode, 2);
    EXPECT_EQ(cli("info a b").exitCode, 2);
}

TEST(Cli, ChineseMessagesWhenAsked)
{
    auto r = cli("--lang zh_CN info /nonexistent");
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_NE(r.err.find("/nonexistent"), std::string::npos);
    EXPECT_NE(r.err.find("找不到"), std::string::npos) << r.err;
    // Every command's own messages too (their strings live in another translation context).
    auto play = cli("--lang zh_CN play");
    EXPECT_NE(play.err.find("需要"), std::string::npos) << play.err;
}

// Bad input: non-zero exit, exactly one line naming the file and the reason, nothing on stdout.
TEST(Cli, BadInputIsOneHumanLine)
{
    const auto dir = scratch("bad");
    std::ofstream(dir / "zero.epub").close();
    fs::create_directories(dir / "junk");
    std::ofstream(dir / "junk" / "a.bin") << "\x01\x02\x03 not a book";
    std::ofstream(dir / "junk" / "notes.txt") << "hello";
    std::ofstream(dir / "fake.mp3") << "text pretending to be audio";

    struct Case {
        fs::path path;
        const char* reason;
    } cases[] = {
        {"/nonexistent", "not found"},
        {dir / "junk", "not a book or audio format"},
        {dir / "zero.epub", "empty"},
        {dir / "fake.mp3", "damaged"},
    };
    for (const auto& c : cases) {
        auto r = cli("info " + quote(c.path) + " --json");
        EXPECT_EQ(r.exitCode, 1) << c.path;
        EXPECT_TRUE(r.out.empty()) << c.path << ": " << r.out;
        EXPECT_EQ(lines(r.err), 1) << c.path << ": " << r.err;
        EXPECT_NE(r.err.find(c.path.string()), std::string::npos) << r.err;
        EXPECT_NE(r.err.find(c.reason), std::string::npos) << r.err;
    }
}

// The formats are recognised and reported (each format's own suite checks the details).
TEST(Cli, InfoPrintsTheFormat)
{
    const auto dir = scratch("formats");
    const std::string mp3 = (dir / "tone.mp3").string();
    ASSERT_EQ(std::system(("ffmpeg -nostdin -loglevel error -y -f lavfi -i sine=frequency=440:duration=2 "
                           "-c:a libmp3lame " + mp3).c_str()), 0);
    struct Case {
        std::string path;
        const char* format;
    } cases[] = {
        {std::string(TINGDU_GUIDE_DIR) + "/tingdu-guide-en.epub", "\"format\": \"epub\""},
        {mp3, "\"format\": \"audio\""},
    };
    for (const auto& c : cases) {
        auto r = cli("info '" + c.path + "' --json");
        EXPECT_EQ(r.exitCode, 0) << c.path << ": " << r.err;
        EXPECT_NE(r.out.find(c.format), std::string::npos) << c.path << ": " << r.out;
    }
}

TEST(Cli, InfoPrintsTheFormatOfACorpusDaisyBook)
{
    const fs::path book = fs::path(TINGDU_CORPUS_DIR) / "daisy/pipeline1/d202";
    if (!fs::exists(book))
        GTEST_SKIP() << "the sample corpus is not here (" << book << "); DAISY interop skipped";
    int checked = 0;
    for (const auto& entry : fs::directory_iterator(book)) {
        if (!entry.is_directory() || !fs::exists(entry.path() / "ncc.html"))
            continue;
        auto r = cli("info " + quote(entry.path()) + " --json");
        if (r.exitCode == 0) {
            EXPECT_NE(r.out.find("\"format\": \"daisy2\""), std::string::npos) << entry.path();
            ++checked;
        }
    }
    EXPECT_GT(checked, 0) << "no DAISY 2.02 book in the corpus opened";
}

namespace {
int count(const std::string& hay, const std::string& needle)
{
    int n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1))
        ++n;
    return n;
}
}  // namespace

// The built-in library: each guide book also as an audiobook read by eSpeak NG, one chapter per
// TOC entry, and an offline catalog listing all four.
TEST(Cli, GuideAudiobooksAndOfflineCatalog)
{
    for (const char* lang : {"en", "zh_CN"}) {
        const std::string base = std::string(TINGDU_GUIDE_DIR) + "/tingdu-guide-" + lang;
        auto book = cli("info '" + base + ".epub' --json");
        auto audio = cli("info '" + base + ".m4b' --json");
        ASSERT_EQ(audio.exitCode, 0) << audio.err;
        const auto tocStart = book.out.find("\"toc\": [");
        ASSERT_NE(tocStart, std::string::npos);
        const int tocEntries = count(book.out.substr(tocStart, book.out.find(']', tocStart) - tocStart), "\"title\"");
        const auto chaptersStart = audio.out.find("\"chapters\": [");
        ASSERT_NE(chaptersStart, std::string::npos) << audio.out;
        const int chapters =
            count(audio.out.substr(chaptersStart, audio.out.find(']', chaptersStart) - chaptersStart), "\"start\"");
        EXPECT_EQ(chapters, tocEntries) << lang;
        EXPECT_GT(tocEntries, 5) << lang;
    }
    auto catalog = cli(std::string("catalog '") + TINGDU_GUIDE_DIR + "/catalog.json' --json");
    ASSERT_EQ(catalog.exitCode, 0) << catalog.err;
    EXPECT_EQ(count(catalog.out, "application/epub+zip"), 2);
    EXPECT_EQ(count(catalog.out, "audio/mp4"), 2);
}
