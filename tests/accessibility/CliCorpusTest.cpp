// Read-aloud and export on real books: the built-in guides (English and Chinese) and the
// shared corpus of third-party EPUBs. Skips what is absent.
#include <gtest/gtest.h>

#include <regex>

#include "ExportTestSupport.h"

using namespace tingdu::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCli = TINGDU_CLI;

std::string cli(const std::string& args)
{
    return quoted(kCli) + " " + args;
}

std::size_t count(const std::string& haystack, const std::string& needle)
{
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

// TOC entries as `tingdu-cli info --json` reports them: objects inside the "toc" array.
std::size_t tocEntries(const std::string& book)
{
    const auto info = runCommand(cli("info --json " + quoted(book)));
    auto at = info.output.find("\"toc\": [");  // the key, not a landmark of type "toc"
    if (info.exitCode != 0 || at == std::string::npos)
        return 0;
    at = info.output.find('[', at);
    std::size_t entries = 0;
    int depth = 0;
    bool inString = false;
    for (std::size_t i = at; i < info.output.size(); ++i) {
        const char c = info.output[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            entries += (c == '{' && depth == 1) ? 1 : 0, ++depth;
        else if ((c == ']' || c == '}') && --depth == 0)
            break;
    }
    return entries;
}

std::string guide(const std::string& name)
{
    const fs::path p = fs::path(TINGDU_GUIDE_DIR) / name;
    return fs::exists(p) ? p.string() : std::string();
}

}  // namespace

TEST(Guide, ChineseGuideIsReadInMandarinNotPinyinEnglish)
{
    const std::string book = guide("tingdu-guide-zh_CN.epub");
    if (book.empty())
        GTEST_SKIP() << "the Chinese guide book is not built";
    const auto chosen = runCommand(cli("speak " + quoted(book) + " --phonemes"));
    ASSERT_EQ(chosen.exitCode, 0) << chosen.output;
    const auto plain = runCommand(cli("speak " + quoted(book) + " --voice cmn --phonemes"));
    ASSERT_EQ(plain.exitCode, 0) << plain.output;
    // The plain voice switches to English for nearly every hanzi; the chosen one only for
    // Latin words such as "DAISY".
    EXPECT_GT(count(plain.output, "(en)"), 20u);
    EXPECT_LE(count(chosen.output, "(en)"), 3u) << chosen.output.substr(0, 2000);
    EXPECT_GT(count(chosen.output, "51_"), 10u);  // Mandarin tone marks
}

TEST(Guide, ExportHasOneChapterPerTocEntry)
{
    for (const char* name : {"tingdu-guide-en.epub", "tingdu-guide-zh_CN.epub"}) {
        const std::string book = guide(name);
        if (book.empty())
            GTEST_SKIP() << "the guide books are not built";
        TempDir dir;
        const std::string out = dir / "guide.m4b";
        const auto r = runCommand(cli("export-audio " + quoted(book) + " " + quoted(out) + " --work-dir " + quoted(dir / "w")));
        ASSERT_EQ(r.exitCode, 0) << r.output;
        const auto chapters = probeChapters(out);
        EXPECT_EQ(chapters.size(), tocEntries(book)) << name;
        double sum = 0;
        for (const auto& c : chapters)
            sum += c.end - c.start;
        EXPECT_NEAR(sum, std::stod(probe(out, "format=duration")), 0.3) << name;
    }
}

TEST(Corpus, EveryEpubSpeaksOrFailsClearly)
{
    const fs::path corpus = fs::path(TINGDU_CORPUS_DIR) / "epub";
    if (!fs::exists(corpus))
        GTEST_SKIP() << "no corpus at " << corpus;
    TempDir dir;
    std::size_t spoken = 0;
    for (const auto& entry : fs::recursive_directory_iterator(corpus)) {
        if (entry.path().extension() != ".epub")
            continue;
        const std::string wav = dir / "out.wav";
        fs::remove(wav);
        const auto r = runCommand(cli("speak " + quoted(entry.path().string()) + " --seconds 1 --out " + quoted(wav)));
        if (r.exitCode == 0) {
            ++spoken;
            EXPECT_NEAR(std::stod(probe(wav, "format=duration")), 1.0, 0.01) << entry.path();
        } else {
            EXPECT_EQ(r.exitCode, 1) << entry.path() << r.output;
            EXPECT_NE(r.output.find("tingdu-cli: "), std::string::npos) << entry.path() << r.output;
        }
    }
    EXPECT_GT(spoken, 30u);
}
