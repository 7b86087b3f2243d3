// tingdu-cli export-audio onto a disk that fills up: a clear error, and nothing left behind
// (no audiobook, no partial pieces). The full disk is a real 256 KiB tmpfs mounted inside a
// user + mount namespace (no root needed); where those are not allowed, a file-size limit
// (RLIMIT_FSIZE) makes writes fail the same way.
#include <gtest/gtest.h>

#include <regex>

#include "EpubFixture.h"

using namespace tingdu::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCli = TINGDU_CLI;

// About six minutes of speech: well over 256 KiB however it is encoded.
std::string writeBook(const TempDir& dir)
{
    std::vector<FixtureChapter> chapters;
    for (std::size_t i = 0; i < 4; ++i) {
        FixtureChapter c{"Chapter " + std::to_string(i + 1), {}};
        for (std::size_t p = 0; p < 6; ++p)
            c.paragraphs.push_back(proseParagraph(i * 6 + p, 4));
        chapters.push_back(std::move(c));
    }
    return writeEpub(dir.path, "full", "Full Disk", "en", chapters);
}

bool userNamespacesWork()
{
    return runCommand("unshare --user --map-root-user --mount true").exitCode == 0;
}

struct TinyDiskRun {
    int exitCode = -1;
    std::string output;             // tingdu-cli's stdout and stderr
    std::vector<std::string> left;  // whatever is on the tiny disk afterwards
};

// Runs tingdu-cli with ARGS while MOUNT is a fresh 256 KiB tmpfs, and lists what it leaves
// there (the mount vanishes with the namespace, so the listing is made inside it).
TinyDiskRun runOnTinyDisk(const std::string& mount, const std::string& args)
{
    const std::string script = "mount -t tmpfs -o size=256k tmpfs " + quoted(mount) + " || exit 97; " + quoted(kCli) +
                               " " + args + "; echo \"tingdu-cli-exit=$?\"; find " + quoted(mount) +
                               " -mindepth 1 -printf 'left-behind:%P\\n'";
    const auto r = runCommand("unshare --user --map-root-user --mount sh -c " + quoted(script));
    TinyDiskRun run;
    run.output = r.output;
    if (r.exitCode == 97)
        return run;
    std::smatch m;
    if (std::regex_search(r.output, m, std::regex("tingdu-cli-exit=(\\d+)")))
        run.exitCode = std::stoi(m[1]);
    const std::regex leftBehind("left-behind:(.*)");
    for (std::sregex_iterator it(r.output.begin(), r.output.end(), leftBehind), end; it != end; ++it)
        run.left.push_back((*it)[1]);
    return run;
}

std::string joined(const std::vector<std::string>& lines)
{
    std::string s;
    for (const auto& l : lines)
        s += l + "\n";
    return s;
}

}  // namespace

// The audiobook's disk fills while the chapters were spoken onto another: the error says so,
// nothing is left on the full disk, and the finished chapters let a second run resume.
TEST(CliFullDisk, AudiobookOntoFullDiskFailsClearlyAndResumesElsewhere)
{
    if (!userNamespacesWork())
        GTEST_SKIP() << "user namespaces are not allowed here; RlimitStopsExportCleanly covers the failure path";
    TempDir dir;
    const std::string epub = writeBook(dir);
    ASSERT_FALSE(epub.empty());
    const std::string mount = dir / "tiny";
    fs::create_directory(mount);
    const std::string work = dir / "work";

    const auto run = runOnTinyDisk(mount, "export-audio " + quoted(epub) + " " + quoted(mount + "/book.m4b") +
                                              " --work-dir " + quoted(work));
    ASSERT_NE(run.exitCode, -1) << "could not mount a tmpfs: " << run.output;
    EXPECT_EQ(run.exitCode, 1) << run.output;
    EXPECT_NE(run.output.find("book.m4b"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("the disk is full"), std::string::npos) << run.output;
    EXPECT_TRUE(run.left.empty()) << joined(run.left);

    // With space again, the spoken chapters are reused: only the audiobook is written.
    const auto resumed = runCommand(quoted(kCli) + " export-audio " + quoted(epub) + " " + quoted(dir / "book.m4b") +
                                    " --work-dir " + quoted(work));
    ASSERT_EQ(resumed.exitCode, 0) << resumed.output;
    EXPECT_NE(resumed.output.find("Resuming: 4 of 4"), std::string::npos) << resumed.output;
    EXPECT_EQ(probeChapters(dir / "book.m4b").size(), 4u);
}

// Chapters and audiobook on the same disk, which fills while speaking: the error says so and
// the disk gets its space back (no audiobook, no pieces, no work folder).
TEST(CliFullDisk, ChaptersOntoFullDiskFailClearlyAndLeaveNothing)
{
    if (!userNamespacesWork())
        GTEST_SKIP() << "user namespaces are not allowed here; RlimitStopsExportCleanly covers the failure path";
    TempDir dir;
    const std::string epub = writeBook(dir);
    ASSERT_FALSE(epub.empty());
    const std::string mount = dir / "tiny";
    fs::create_directory(mount);

    const auto run = runOnTinyDisk(mount, "export-audio " + quoted(epub) + " " + quoted(mount + "/book.mp3") +
                                              " --work-dir " + quoted(mount + "/work"));
    ASSERT_NE(run.exitCode, -1) << "could not mount a tmpfs: " << run.output;
    EXPECT_EQ(run.exitCode, 1) << run.output;
    EXPECT_NE(run.output.find("the disk is full"), std::string::npos) << run.output;
    EXPECT_EQ(run.output.find("Wrote "), std::string::npos) << run.output;
    EXPECT_TRUE(run.left.empty()) << joined(run.left);
}

// Where namespaces are not allowed the disk cannot be filled for real, but a file-size limit
// fails the writes just as late: still a clear error and no file left.
TEST(CliFullDisk, RlimitStopsExportCleanly)
{
    TempDir dir;
    const std::string epub = writeBook(dir);
    ASSERT_FALSE(epub.empty());
    const std::string out = dir / "out";
    fs::create_directory(out);
    // SIGXFSZ ignored (and inherited by the workers), so the write fails with EFBIG instead.
    const auto r = runCommand("trap '' XFSZ; ulimit -f 128; " + quoted(kCli) + " export-audio " + quoted(epub) + " " +
                              quoted(out + "/book.mp3") + " --work-dir " + quoted(out + "/work"));
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_NE(r.output.find("larger than this system allows"), std::string::npos) << r.output;
    EXPECT_FALSE(fs::exists(out + "/book.mp3"));
    for (auto it = fs::recursive_directory_iterator(out); it != fs::recursive_directory_iterator(); ++it)
        EXPECT_FALSE(it->is_regular_file() && it->path().filename().string().find(".part-") != std::string::npos)
            << it->path();
}
