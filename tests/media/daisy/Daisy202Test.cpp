// DAISY 2.02 books written at test time: metadata, headings, pages, phrases, text, zips and
// broken variants.
#include "DaisyFixtures.h"
#include "core/Readers.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <cstdlib>
#include <gtest/gtest.h>

namespace tingdu::media {
namespace {

using test::fs::path;

std::unique_ptr<Publication> open(const path& p)
{
    auto pub = openPublication(p.string());
    EXPECT_TRUE(pub.ok()) << (pub.ok() ? "" : pub.error().describe());
    return pub.ok() ? std::move(*pub) : nullptr;
}

bool hasWarning(const Publication& pub, const std::string& needle)
{
    for (const auto& w : pub.warnings())
        if (w.find(needle) != std::string::npos)
            return true;
    return false;
}

std::string allWarnings(const Publication& pub)
{
    std::string out;
    for (const auto& w : pub.warnings())
        out += w + "\n";
    return out;
}

TEST(Daisy202, MetadataHeadingsAndPages)
{
    auto pub = open(test::writeDaisy202("basic"));
    ASSERT_TRUE(pub);
    EXPECT_EQ(pub->format(), Format::Daisy202);
    EXPECT_TRUE(pub->warnings().empty()) << allWarnings(*pub);
    const Metadata& md = pub->metadata();
    EXPECT_EQ(md.title, "Tiny Talking Book");
    ASSERT_EQ(md.authors.size(), 1u);
    EXPECT_EQ(md.authors[0].name, "Ada Tester");
    ASSERT_EQ(md.narrators.size(), 1u);
    EXPECT_EQ(md.narrators[0].name, "Sine Wave");
    EXPECT_EQ(md.multimediaType, "audioFullText");
    EXPECT_NEAR(md.durationSeconds, 16.0, 1e-9);

    ASSERT_EQ(pub->toc().size(), 3u);
    EXPECT_EQ(pub->toc()[0].title, "Tiny Talking Book");
    EXPECT_EQ(pub->toc()[0].level, 1);
    EXPECT_EQ(pub->toc()[1].title, "Section 1.1");
    EXPECT_EQ(pub->toc()[1].level, 2);
    EXPECT_NEAR(pub->toc()[1].timeSeconds, 5.0, 1e-9);
    EXPECT_EQ(pub->toc()[1].href, "content.html#h-sec"); // the text the heading's phrase shows
    EXPECT_EQ(pub->toc()[2].title, "Chapter 2");
    EXPECT_NEAR(pub->toc()[2].timeSeconds, 13.0, 1e-9); // linked by the text id, not the par id

    ASSERT_EQ(pub->pageList().size(), 3u);
    EXPECT_EQ(pub->pageList()[0].title, "i");
    EXPECT_EQ(pub->pageList()[0].type, "front");
    EXPECT_NEAR(pub->pageList()[0].timeSeconds, 2.0, 1e-9);
    EXPECT_EQ(pub->pageList()[1].type, "normal");
    EXPECT_NEAR(pub->pageList()[1].timeSeconds, 9.0, 1e-9);
    EXPECT_EQ(pub->pageList()[2].title, "A");
    EXPECT_EQ(pub->pageList()[2].type, "special");
    EXPECT_NEAR(pub->pageList()[2].timeSeconds, 14.5, 1e-9);

    const PhraseContent* phrases = phraseContent(*pub);
    ASSERT_NE(phrases, nullptr);
    ASSERT_EQ(phrases->navLists().size(), 3u);
    EXPECT_EQ(phrases->navLists()[0].name, "noteref");
    EXPECT_EQ(phrases->navLists()[1].name, "sidebar");
    EXPECT_NEAR(phrases->navLists()[1].items.at(0).timeSeconds, 11.0, 1e-9);
    EXPECT_EQ(phrases->navLists()[2].name, "prodnote");
}

TEST(Daisy202, ClipsPhrasesAndSkippableKinds)
{
    const path dir = test::writeDaisy202("clips");
    auto pub = open(dir);
    ASSERT_TRUE(pub && pub->audio());
    const auto& clips = pub->audio()->clips();
    ASSERT_EQ(clips.size(), 13u);
    EXPECT_EQ(clips[0].source, (dir / "a.wav").string());
    EXPECT_NEAR(clips[0].begin, 0, 1e-9);
    EXPECT_NEAR(clips[0].end, 2, 1e-9);
    EXPECT_EQ(clips[0].textRef, "content.html#h-title");
    EXPECT_EQ(clips[5].source, (dir / "a.wav").string()); // the note body, played from a.wav
    EXPECT_NEAR(clips[5].begin, 5, 1e-9);
    EXPECT_NEAR(clips[5].end, 7, 1e-9);
    const auto& phrases = phraseContent(*pub)->phrases();
    ASSERT_EQ(phrases.size(), 13u);
    EXPECT_EQ(phrases[1].smilRef, "s1.smil#pg1");
    EXPECT_EQ(phrases[1].skippable, Skippable::PageNumber);
    EXPECT_EQ(phrases[5].skippable, Skippable::Note);
    EXPECT_EQ(phrases[4].skippable, Skippable::None); // SMIL 1.0 marks no note references
    EXPECT_EQ(phrases[8].skippable, Skippable::Sidebar);
    EXPECT_EQ(phrases[9].skippable, Skippable::ProducerNote);
    EXPECT_EQ(phrases[6].skippable, Skippable::PageNumber);
    EXPECT_EQ(phrases[7].skippable, Skippable::None);
    EXPECT_NEAR(phrases[12].begin, 15, 1e-9);
    EXPECT_NEAR(phrases[12].end, 16, 1e-9);
    ASSERT_EQ(pub->readingOrder().size(), 3u);
    EXPECT_NEAR(pub->readingOrder()[1].durationSeconds, 8, 1e-9);
}

TEST(Daisy202, FullTextBlocksAndHighlightRanges)
{
    auto pub = open(test::writeDaisy202("text"));
    ASSERT_TRUE(pub && pub->text());
    ASSERT_EQ(pub->text()->documentCount(), 1u);
    auto doc = pub->text()->document(0);
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    EXPECT_EQ(doc->title, "Tiny Talking Book");
    for (const auto& b : doc->blocks) {
        if (b.id == "h-sec") {
            EXPECT_EQ(b.kind, BlockKind::Heading);
            EXPECT_EQ(b.level, 2);
        }
        if (b.id == "page-A") {
            EXPECT_EQ(b.kind, BlockKind::PageBreak);
            EXPECT_EQ(b.label, "A");
        }
        if (b.id == "para3") {
            EXPECT_EQ(b.language, "fr");
        }
    }
    // Loose text in sibling divs (DAISY 2.02 poem lines) makes one block per div; <br/> is a space.
    std::vector<std::string> texts;
    for (const auto& b : doc->blocks)
        texts.push_back(b.text);
    const auto line = std::find(texts.begin(), texts.end(), "Line one");
    ASSERT_NE(line, texts.end());
    ASSERT_NE(line + 1, texts.end());
    EXPECT_EQ(*(line + 1), "Line two wrapped");
    const auto poem = phraseContent(*pub)->resolveText("content.html#poem");
    ASSERT_TRUE(poem.has_value());
    EXPECT_EQ(doc->blocks.at(static_cast<std::size_t>(line - texts.begin())).id, poem->blockId);
    const auto range = phraseContent(*pub)->resolveText("content.html#s1b");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->blockId, "para1");
    const auto& para =
        *std::find_if(doc->blocks.begin(), doc->blocks.end(), [](const Block& b) { return b.id == "para1"; });
    EXPECT_EQ(para.text, "First sentence. Second sentence.");
    EXPECT_EQ(para.text.substr(range->begin, range->end - range->begin), "Second sentence.");
    EXPECT_FALSE(phraseContent(*pub)->resolveText("content.html#nowhere").has_value());
}

TEST(Daisy202, OpensFromAZipWithAudioExtractedOnce)
{
    const path dir = test::writeDaisy202("zipped-src");
    const path zip = test::freshDir("zipped") / "book.zip";
    std::string cmd = "cd '" + dir.string() + "' && zip -q -r '" + zip.string() + "' .";
    ASSERT_EQ(std::system(cmd.c_str()), 0) << cmd;
    const path cache = test::freshDir("zip-cache");
    ::setenv("XDG_CACHE_HOME", cache.c_str(), 1);
    auto pub = open(zip);
    ASSERT_TRUE(pub && pub->audio());
    EXPECT_EQ(pub->format(), Format::Daisy202);
    EXPECT_NEAR(pub->metadata().durationSeconds, 16.0, 1e-9);
    const std::string source = pub->audio()->clips().front().source;
    EXPECT_EQ(source.rfind(cache.string(), 0), 0u) << source;
    EXPECT_EQ(test::fs::file_size(source), test::fs::file_size(dir / "a.wav"));
    const auto written = test::fs::last_write_time(source);
    auto again = open(zip); // reopening reuses the extracted audio
    ASSERT_TRUE(again);
    EXPECT_EQ(test::fs::last_write_time(again->audio()->clips().front().source), written);
    ::unsetenv("XDG_CACHE_HOME");
}

TEST(Daisy202, MissingSmilOpensTheRestWithAWarning)
{
    const path dir = test::writeDaisy202("missing-smil");
    test::fs::remove(dir / "s2.smil");
    auto pub = open(dir);
    ASSERT_TRUE(pub);
    EXPECT_TRUE(hasWarning(*pub, "s2.smil: the SMIL file is missing")) << allWarnings(*pub);
    EXPECT_NEAR(pub->metadata().durationSeconds, 8.0, 1e-9);
    ASSERT_EQ(pub->toc().size(), 3u);
    EXPECT_LT(pub->toc()[1].timeSeconds, 0); // Section 1.1 has no audio left
    EXPECT_NEAR(pub->toc()[2].timeSeconds, 5.0, 1e-9);
}

TEST(Daisy202, BrokenClipTimesAreNamed)
{
    const path dir = test::writeDaisy202("broken-clip");
    std::string s3 =
        test::smil202({{"c2", "h-ch2", "a.wav", 7, 8.5, ""}, {"p3", "para3", "a.wav", 9, 10, ""}});
    s3.replace(s3.find("npt=9.000000s"), 13, "npt=nine");
    test::writeFile(dir / "s3.smil", s3);
    auto pub = open(dir);
    ASSERT_TRUE(pub);
    EXPECT_TRUE(hasWarning(*pub, "s3.smil: par p3: clip begin \"npt=nine\" is not a time"))
        << allWarnings(*pub);
    EXPECT_TRUE(hasWarning(*pub, "s3.smil#pgA, which is not in that SMIL file")) << allWarnings(*pub);
    EXPECT_NEAR(pub->metadata().durationSeconds, 14.5, 1e-9);
}

TEST(Daisy202, MissingAudioAndWrongDeclarationsAreReported)
{
    const path dir = test::writeDaisy202("missing-audio", "0:00:30");
    test::fs::remove(dir / "b.wav");
    auto pub = open(dir);
    ASSERT_TRUE(pub);
    EXPECT_TRUE(hasWarning(*pub, "b.wav: the audio file is missing, so 6 phrases (0:00:06) are silent"))
        << allWarnings(*pub);
    EXPECT_TRUE(hasWarning(*pub, "declares a total time of 0:00:30 but its SMIL files play 0:00:16"))
        << allWarnings(*pub);
    EXPECT_NEAR(pub->metadata().durationSeconds, 10.0, 1e-9);
    // The silent phrases keep their place: Section 1.1 starts where the s2 audio would have.
    EXPECT_NEAR(pub->toc()[1].timeSeconds, 5.0, 1e-9);
    EXPECT_NEAR(pub->toc()[2].timeSeconds, 7.0, 1e-9);
}

TEST(Daisy202, UnreadableSmilIsNamed)
{
    const path dir = test::writeDaisy202("corrupt-smil");
    test::writeFile(dir / "s3.smil", "<html><body>not SMIL</body></html>");
    auto pub = open(dir);
    ASSERT_TRUE(pub);
    EXPECT_TRUE(hasWarning(
        *pub, "s3.smil: not a SMIL document (no <smil> root element); its part of the book has no audio"))
        << allWarnings(*pub);
    EXPECT_NEAR(pub->metadata().durationSeconds, 13.0, 1e-9);
    EXPECT_LT(pub->toc()[2].timeSeconds, 0);
    EXPECT_LT(pub->pageList()[2].timeSeconds, 0);
}

TEST(Daisy202, NoNccIsCorrupt)
{
    const path dir = test::writeDaisy202("no-ncc");
    test::fs::rename(dir / "ncc.html", dir / "index.html");
    auto pub = openDaisy202(dir.string());
    ASSERT_FALSE(pub.ok());
    EXPECT_EQ(pub.error().code, ErrorCode::Corrupt);
    EXPECT_NE(pub.error().message.find("no ncc.html"), std::string::npos);
}

} // namespace
} // namespace tingdu::media
