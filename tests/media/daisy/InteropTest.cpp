// The DAISY Pipeline sample books (../shared/corpus/daisy/pipeline1): each opens with the page
// count, heading depth, item count and total time its own metadata declares; the broken ones
// say what is wrong. Skipped when the corpus is absent.
#include "smil/Smil.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>
#include <unistd.h>

namespace tingdu::media {
namespace {

namespace fs = std::filesystem;

fs::path corpus()
{
    return fs::path(TINGDU_CORPUS_DIR) / "daisy" / "pipeline1";
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// <meta name="NAME" content="..."> in either attribute order.
std::string meta(const std::string& text, const std::string& name)
{
    std::smatch m;
    if (std::regex_search(text, m, std::regex("name=\"" + name + "\"\\s+content=\"([^\"]*)\"")) ||
        std::regex_search(text, m, std::regex("content=\"([^\"]*)\"\\s+name=\"" + name + "\"")))
        return m[1];
    return {};
}

// What the SMIL files say the book plays, and the part whose audio file is absent.
struct SmilTotals {
    double all = 0;
    double missing = 0;
};

SmilTotals smilTotals(const fs::path& dir)
{
    SmilTotals t;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".smil")
            continue;
        auto doc = smil::parse(slurp(entry.path()), entry.path().filename().string());
        EXPECT_TRUE(doc.ok());
        if (!doc.ok())
            continue;
        for (const auto& par : doc->pars)
            for (const auto& clip : par.audio) {
                t.all += clip.end - clip.begin;
                if (!fs::exists(dir / clip.src))
                    t.missing += clip.end - clip.begin;
            }
    }
    return t;
}

int maxLevel(const std::vector<NavPoint>& toc)
{
    int level = 0;
    for (const auto& p : toc)
        level = std::max(level, p.level);
    return level;
}

std::string warningsOf(const Publication& pub)
{
    std::string out;
    for (const auto& w : pub.warnings())
        out += w + "\n";
    return out;
}

// Full-text books: nearly every phrase's text can be found for highlighting.
void expectTextResolves(const Publication& pub)
{
    const PhraseContent* phrases = phraseContent(pub);
    ASSERT_NE(phrases, nullptr);
    std::size_t withText = 0, resolved = 0;
    for (const auto& ph : phrases->phrases())
        if (!ph.textRef.empty()) {
            ++withText;
            resolved += phrases->resolveText(ph.textRef).has_value();
        }
    ASSERT_GT(withText, 0u);
    EXPECT_GE(resolved * 100, withText * 95) << resolved << " of " << withText;
}

class Daisy202Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Daisy202Corpus, MatchesItsNccMetadata)
{
    const fs::path dir = corpus() / "d202" / GetParam();
    if (!fs::exists(dir))
        GTEST_SKIP() << "corpus book absent: " << dir;
    const std::string ncc = slurp(dir / "ncc.html");
    auto opened = openPublication(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const Publication& pub = **opened;
    EXPECT_EQ(pub.format(), Format::Daisy202);
    EXPECT_EQ(pub.metadata().multimediaType, meta(ncc, "ncc:multimediaType"));
    EXPECT_EQ(pub.metadata().narrators.at(0).name, meta(ncc, "ncc:narrator"));
    int pages[3] = {};
    for (const auto& p : pub.pageList())
        ++pages[p.type == "front" ? 0 : p.type == "normal" ? 1 : 2];
    EXPECT_EQ(pages[0], std::stoi(meta(ncc, "ncc:pageFront")));
    EXPECT_EQ(pages[2], std::stoi(meta(ncc, "ncc:pageSpecial")));
    if (GetParam() == "dontworrybehappy-invalid") {
        // It declares three normal pages it does not have.
        EXPECT_EQ(pages[1], 0);
        EXPECT_NE(warningsOf(pub).find("declares 3 normal pages (ncc:pagenormal) but lists 0"),
                  std::string::npos)
            << warningsOf(pub);
    } else {
        EXPECT_EQ(pages[1], std::stoi(meta(ncc, "ncc:pageNormal")));
    }
    EXPECT_EQ(maxLevel(pub.toc()), std::stoi(meta(ncc, "ncc:depth")));
    std::size_t items = pub.toc().size() + pub.pageList().size();
    for (const auto& list : phraseContent(pub)->navLists())
        items += list.items.size();
    EXPECT_EQ(items, static_cast<std::size_t>(std::stoi(meta(ncc, "ncc:tocItems"))));
    for (const auto& p : pub.toc())
        EXPECT_GE(p.timeSeconds, 0) << p.title;

    // ncc:totalTime is rounded to whole seconds.
    const double declared = *smil::parseClockValue(meta(ncc, "ncc:totalTime"));
    const SmilTotals totals = smilTotals(dir);
    EXPECT_NEAR(totals.all, declared, 1.0);
    EXPECT_NEAR(pub.metadata().durationSeconds, totals.all - totals.missing, 1e-6);
    if (totals.missing > 0) {
        EXPECT_NE(warningsOf(pub).find("the audio file is missing"), std::string::npos) << warningsOf(pub);
    }
    if (pub.metadata().multimediaType == "audioFullText") {
        ASSERT_NE(pub.text(), nullptr);
        expectTextResolves(pub);
    }
}

INSTANTIATE_TEST_SUITE_P(Pipeline1, Daisy202Corpus,
                         ::testing::Values("dontworrybehappy", "dontworrybehappy-invalid",
                                           "dontworrybehappy-nccOnly", "great_painters", "mental_health"),
                         [](const auto& param) {
                             std::string name = param.param;
                             std::replace(name.begin(), name.end(), '-', '_');
                             return name;
                         });

class Daisy3Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Daisy3Corpus, MatchesItsPackageAndNcx)
{
    const fs::path dir = corpus() / "z3986-2005" / GetParam();
    if (!fs::exists(dir))
        GTEST_SKIP() << "corpus book absent: " << dir;
    fs::path opf, ncx;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() == ".opf")
            opf = e.path();
        if (e.path().extension() == ".ncx")
            ncx = e.path();
    }
    const std::string opfText = slurp(opf), ncxText = slurp(ncx);
    auto opened = openPublication(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const Publication& pub = **opened;
    EXPECT_EQ(pub.format(), Format::Daisy3);
    EXPECT_EQ(pub.metadata().multimediaType, meta(opfText, "dtb:multimediaType"));
    EXPECT_EQ(static_cast<int>(pub.pageList().size()), std::stoi(meta(ncxText, "dtb:totalPageCount")));
    EXPECT_EQ(maxLevel(pub.toc()), std::stoi(meta(ncxText, "dtb:depth")));
    const std::regex navPoint("<navPoint[ >]");
    const auto navPoints = static_cast<std::size_t>(std::distance(
        std::sregex_iterator(ncxText.begin(), ncxText.end(), navPoint), std::sregex_iterator()));
    EXPECT_EQ(pub.toc().size(), navPoints);
    const double declared = *smil::parseClockValue(meta(opfText, "dtb:totalTime"));
    const SmilTotals totals = smilTotals(dir);
    EXPECT_NEAR(totals.all, declared, 0.01);
    EXPECT_NEAR(pub.metadata().durationSeconds, totals.all - totals.missing, 1e-6);
    if (totals.missing > 0) {
        EXPECT_NE(warningsOf(pub).find("the audio file is missing"), std::string::npos) << warningsOf(pub);
    } else {
        EXPECT_TRUE(pub.warnings().empty()) << warningsOf(pub);
    }
    ASSERT_NE(pub.text(), nullptr);
    expectTextResolves(pub);
    // Page navigation lands on the page's own phrase.
    TimelineNavigator nav(pub);
    for (const auto& p : pub.pageList()) {
        const auto t = nav.page(p.title);
        ASSERT_TRUE(t.has_value()) << p.title;
        EXPECT_NEAR(*t, p.timeSeconds, 1e-9);
    }
}

INSTANTIATE_TEST_SUITE_P(Pipeline1, Daisy3Corpus, ::testing::Values("", "great_painters", "mental_health"),
                         [](const auto& param) {
                             return param.param.empty() ? std::string("dontworrybehappy") : param.param;
                         });

// A zipped book (wrapped in a folder, as people zip them) opens like the folder it came from.
TEST(DaisyCorpusZip, ZippedBooksMatchTheirFolders)
{
    const fs::path work =
        fs::path(::testing::TempDir()) / ("tingdu-daisy-corpus-zip-" + std::to_string(::getpid()));
    fs::remove_all(work);
    fs::create_directories(work);
    const fs::path cache = work / "cache";
    ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
    for (const char* book : {"d202/mental_health", "z3986-2005/mental_health"}) {
        const fs::path dir = corpus() / book;
        if (!fs::exists(dir))
            GTEST_SKIP() << "corpus book absent: " << dir;
        const fs::path zip = work / (std::string(book).substr(0, 4) + ".zip");
        const std::string cmd =
            "cd '" + dir.parent_path().string() + "' && zip -q -r '" + zip.string() + "' mental_health";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
        auto folder = openPublication(dir.string());
        auto zipped = openPublication(zip.string());
        ASSERT_TRUE(folder.ok() && zipped.ok()) << book;
        EXPECT_EQ((*zipped)->format(), (*folder)->format());
        EXPECT_EQ((*zipped)->toc().size(), (*folder)->toc().size());
        EXPECT_EQ((*zipped)->pageList().size(), (*folder)->pageList().size());
        EXPECT_NEAR((*zipped)->metadata().durationSeconds, (*folder)->metadata().durationSeconds, 1e-9);
        EXPECT_TRUE((*zipped)->warnings().empty()) << warningsOf(**zipped);
        ASSERT_TRUE((*zipped)->audio());
        for (const auto& clip : (*zipped)->audio()->clips())
            ASSERT_EQ(clip.source.rfind(cache.string(), 0), 0u) << clip.source;
        const auto& last = (*zipped)->audio()->clips().back();
        EXPECT_EQ(fs::file_size(last.source), fs::file_size(dir / fs::path(last.source).filename()));
        ASSERT_TRUE((*zipped)->text());
        auto doc = (*zipped)->text()->document(0);
        ASSERT_TRUE(doc.ok()) << doc.error().describe();
        EXPECT_FALSE(doc->blocks.empty());
    }
    ::unsetenv("XDG_CACHE_HOME");
    fs::remove_all(work);
}

} // namespace
} // namespace tingdu::media
