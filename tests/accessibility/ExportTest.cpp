// Audiobook export on real eSpeak NG and real FFmpeg, checked with ffprobe. Its own executable:
// synthesizeChapter() creates the process's one speech engine, as an export worker does.
#include <gtest/gtest.h>

#include <sys/wait.h>

#include <cmath>
#include <fstream>
#include <numeric>

#include "AudioEncoder.h"
#include "BlockPublication.h"
#include "ExportTestSupport.h"
#include "tingdu/accessibility/AudiobookExport.h"

using namespace tingdu;
using namespace tingdu::accessibility;
using namespace tingdu::testing;
using Kind = media::BlockKind;

namespace {

std::unique_ptr<BlockPublication> threeChapterBook()
{
    auto pub = std::make_unique<BlockPublication>();
    pub->meta.title = "Export Test Book";
    pub->meta.authors = {{"Ada Writer", "aut"}};
    pub->meta.languages = {"en"};
    auto& front = pub->book.addDocument("OEBPS/title.xhtml", "Title page");
    front.blocks = {BlockBook::block(Kind::Paragraph, "t", "Export Test Book, by Ada Writer.")};
    auto& one = pub->book.addDocument("OEBPS/one.xhtml", "One");
    one.blocks = {BlockBook::block(Kind::Heading, "h1", "Chapter one", 1),
                  BlockBook::block(Kind::Paragraph, "a", "The first chapter has a sentence or two. Here is another."),
                  BlockBook::block(Kind::Heading, "h1b", "A section inside chapter one", 2),
                  BlockBook::block(Kind::Paragraph, "b", "Section text that belongs to the second TOC entry.")};
    auto& two = pub->book.addDocument("OEBPS/two.xhtml", "Two", "zh-CN");
    two.blocks = {BlockBook::block(Kind::Heading, "h2", "第二章", 1),
                  BlockBook::block(Kind::Paragraph, "c", "这是第二章的内容。我们去图书馆借书。")};
    pub->nav = {{"Chapter one", 1, "one.xhtml#h1", "", -1},
                {"A section", 2, "one.xhtml#h1b", "", -1},
                {"第二章", 1, "two.xhtml", "", -1}};
    return pub;
}

std::vector<std::string> synthesiseAll(const media::Publication& pub, const std::vector<ChapterPlan>& plan,
                                       AudioContainer container, const TempDir& dir)
{
    std::vector<std::string> pieces;
    for (std::size_t i = 0; i < plan.size(); ++i) {
        pieces.push_back(dir / ("piece-" + std::to_string(i) + (container == AudioContainer::M4b ? ".m4a" : ".mp3")));
        auto r = synthesizeChapter(pub, plan[i], {}, container, pieces.back());
        EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    }
    return pieces;
}

}  // namespace

TEST(Export, ChaptersFollowTheToc)
{
    auto pub = threeChapterBook();
    auto plan = planChapters(*pub);
    ASSERT_TRUE(plan.ok());
    ASSERT_EQ(plan->size(), 3u);
    // The first chapter takes the title page too, and ends where the section starts.
    EXPECT_EQ((*plan)[0].startDocument, 0u);
    EXPECT_EQ((*plan)[0].endDocument, 1u);
    EXPECT_EQ((*plan)[0].endBlock, 2u);
    EXPECT_EQ((*plan)[1].startBlock, 2u);
    EXPECT_EQ((*plan)[2].startDocument, 2u);
    EXPECT_EQ((*plan)[2].endDocument, 3u);
    EXPECT_EQ((*plan)[2].title, "第二章");

    pub->nav.clear();  // without a TOC: one chapter per document, named by its title
    auto perDocument = planChapters(*pub);
    ASSERT_TRUE(perDocument.ok());
    ASSERT_EQ(perDocument->size(), 3u);
    EXPECT_EQ((*perDocument)[1].title, "One");
}

TEST(Export, M4bHasOneChapterPerTocEntryAndDurationsAddUp)
{
    auto pub = threeChapterBook();
    TempDir dir;
    ASSERT_EQ(runCommand("ffmpeg -v error -f lavfi -i color=c=blue:s=64x64 -frames:v 1 " + quoted(dir / "cover.jpg")).exitCode, 0);
    std::ifstream coverFile(dir / "cover.jpg", std::ios::binary);
    pub->cover.assign(std::istreambuf_iterator<char>(coverFile), {});
    pub->meta.coverHref = "cover.jpg";
    auto plan = planChapters(*pub);
    ASSERT_TRUE(plan.ok());
    const auto pieces = synthesiseAll(*pub, *plan, AudioContainer::M4b, dir);
    double pieceSeconds = 0;
    for (const auto& p : pieces)
        pieceSeconds += std::stod(probe(p, "format=duration"));

    BookTags tags{pub->meta.title, "Ada Writer", "en", pub->cover};
    const std::string out = dir / "book.m4b";
    auto durations = assembleAudiobook(pieces, {"Chapter one", "A section", "第二章"}, tags, AudioContainer::M4b, out);
    ASSERT_TRUE(durations.ok()) << durations.error().describe();

    const auto chapters = probeChapters(out);
    ASSERT_EQ(chapters.size(), pub->nav.size());
    EXPECT_EQ(chapters[0].title, "Chapter one");
    EXPECT_EQ(chapters[2].title, "第二章");
    double chapterSeconds = 0;
    for (std::size_t i = 0; i < chapters.size(); ++i) {
        EXPECT_GT(chapters[i].end - chapters[i].start, 1.0) << i;
        EXPECT_NEAR(chapters[i].end - chapters[i].start, (*durations)[i], 0.05) << i;
        if (i > 0) {
            EXPECT_NEAR(chapters[i].start, chapters[i - 1].end, 0.01);
        }
        chapterSeconds += chapters[i].end - chapters[i].start;
    }
    const double total = std::stod(probe(out, "format=duration"));
    EXPECT_NEAR(chapterSeconds, total, 0.3);
    EXPECT_NEAR(total, pieceSeconds, 0.5);
    EXPECT_EQ(probe(out, "format_tags=title"), "Export Test Book");
    EXPECT_EQ(probe(out, "format_tags=artist"), "Ada Writer");
    // Audio, the attached cover, and the chapter text track the MP4 muxer adds.
    const std::string streams = probe(out, "stream=codec_name");
    EXPECT_EQ(streams.rfind("aac\n", 0), 0u) << streams;
    EXPECT_NE(streams.find("mjpeg"), std::string::npos) << streams;
}

TEST(Export, Mp3HasId3Chapters)
{
    auto pub = threeChapterBook();
    TempDir dir;
    auto plan = planChapters(*pub);
    ASSERT_TRUE(plan.ok());
    const auto pieces = synthesiseAll(*pub, *plan, AudioContainer::Mp3, dir);
    const std::string out = dir / "book.mp3";
    auto durations = assembleAudiobook(pieces, {"One", "Two", "Three"}, {"T", "A", "en", {}}, AudioContainer::Mp3, out);
    ASSERT_TRUE(durations.ok()) << durations.error().describe();
    const auto chapters = probeChapters(out);
    ASSERT_EQ(chapters.size(), 3u);
    EXPECT_EQ(chapters[1].title, "Two");
    const double sum = std::accumulate(durations->begin(), durations->end(), 0.0);
    EXPECT_NEAR(std::stod(probe(out, "format=duration")), sum, 0.5);
}

TEST(Export, UnwritableOutputFailsClearlyAndLeavesNothing)
{
    auto pub = threeChapterBook();
    TempDir dir;
    auto plan = planChapters(*pub);
    ASSERT_TRUE(plan.ok());
    plan->resize(1);
    const auto pieces = synthesiseAll(*pub, *plan, AudioContainer::M4b, dir);

    // A read-only file system (sysfs) and a folder that does not exist.
    for (const std::string& out : {std::string("/sys/tingdu-export-test.m4b"), dir / "missing/book.m4b"}) {
        auto r = assembleAudiobook(pieces, {"One"}, {}, AudioContainer::M4b, out);
        ASSERT_FALSE(r.ok()) << out;
        EXPECT_TRUE(r.error().code == media::ErrorCode::PermissionDenied || r.error().code == media::ErrorCode::NotFound)
            << r.error().describe();
        EXPECT_EQ(r.error().subject, out);
        EXPECT_FALSE(std::filesystem::exists(out));
    }
    for (const auto& entry : std::filesystem::directory_iterator(dir.path))
        EXPECT_EQ(entry.path().filename().string().find(".part-"), std::string::npos) << entry.path();

    // The whole export checks the output before speaking a word.
    ExportRequest request;
    request.bookPath = dir / "book.epub";
    request.outputPath = dir / "missing/book.m4b";
    request.workerCommand = {"/bin/false"};
    auto whole = exportAudiobook(request);
    ASSERT_FALSE(whole.ok());
    EXPECT_EQ(whole.error().code, media::ErrorCode::NotFound);
    EXPECT_NE(whole.error().message.find("folder"), std::string::npos);
}

TEST(Export, ContainerFromExtension)
{
    EXPECT_EQ(*containerForPath("a/b.M4B"), AudioContainer::M4b);
    EXPECT_EQ(*containerForPath("x.mp3"), AudioContainer::Mp3);
    auto bad = containerForPath("x.ogg");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, media::ErrorCode::Unsupported);
}
