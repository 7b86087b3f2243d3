// EPUB 3 media overlays with narration made by espeak-ng and ffmpeg at test time.
#include "EpubFixture.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sstream>

using namespace tingdu;
using namespace tingdu::test;

namespace {

std::string readFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

class EpubOverlay : public ::testing::Test {
protected:
    void SetUp() override
    {
        // Extracted narration goes to the cache: keep this test's cache to itself.
        setenv("XDG_CACHE_HOME", m_dir.file("cache").c_str(), 1);
        const std::string wav = m_dir.file("n.wav");
        const std::string mp3 = m_dir.file("n.mp3");
        const std::string cmd = "espeak-ng -w '" + wav +
                                "' 'One. Page two. Cell. A note.' && ffmpeg -loglevel error -y -i '" + wav +
                                "' -codec:a libmp3lame -b:a 64k '" + mp3 + "'";
        ASSERT_EQ(std::system(cmd.c_str()), 0) << "espeak-ng and ffmpeg make the narration";
        m_audio = readFile(mp3);
        ASSERT_GT(m_audio.size(), 1000u);

        m_book = baseEpub();
        m_book.add("OEBPS/content.opf",
                   opf("3.0", R"(<dc:title>Narrated</dc:title><dc:language>en</dc:language>
<meta property="media:duration">0:00:04.000</meta><meta property="media:narrator">eSpeak</meta>
<meta property="media:duration" refines="#ov1">0:00:04.000</meta>)",
                       {{"c1", "ch1.xhtml", "application/xhtml+xml", "", "media-overlay=\"ov1\""},
                        {"ov1", "smil/ch1.smil", "application/smil+xml", "", ""},
                        {"a1", "audio/n.mp3", "audio/mpeg", "", ""}},
                       {"c1"}));
        m_book.add("OEBPS/ch1.xhtml",
                   xhtml(R"(<p id="p1">One.</p><span epub:type="pagebreak" id="pg2" title="2"/>
<p id="p2">Page two.</p><table><tr><td id="t1">Cell.</td></tr></table>
<aside epub:type="footnote" id="n1"><p>A note.</p></aside>)"));
        m_book.add("OEBPS/smil/ch1.smil", R"(<?xml version="1.0"?>
<smil xmlns="http://www.w3.org/ns/SMIL" xmlns:epub="http://www.idpf.org/2007/ops" version="3.0"><body>
<seq id="s1" epub:textref="../ch1.xhtml" epub:type="bodymatter chapter">
 <par id="par1"><text src="../ch1.xhtml#p1"/><audio src="../audio/n.mp3" clipBegin="0s" clipEnd="0.8s"/></par>
 <par id="par2" epub:type="pagebreak"><text src="../ch1.xhtml#pg2"/><audio src="../audio/n.mp3" clipBegin="0.8s" clipEnd="1.2s"/></par>
 <par id="par3"><text src="../ch1.xhtml#p2"/><audio src="../audio/n.mp3" clipBegin="00:00:01.200" clipEnd="00:00:02.000"/></par>
 <seq id="tbl" epub:type="table" epub:textref="../ch1.xhtml#t1">
  <par id="par4"><text src="../ch1.xhtml#t1"/><audio src="../audio/n.mp3" clipBegin="2000ms" clipEnd="2.9s"/></par>
 </seq>
 <par id="par5" epub:type="footnote"><text src="../ch1.xhtml#n1"/><audio src="../audio/n.mp3" clipBegin="2.9s" clipEnd="4s"/></par>
</seq></body></smil>)");
        m_book.add("OEBPS/audio/n.mp3", m_audio);
    }

    void expectOverlay(const media::Publication& p, bool zipped)
    {
        EXPECT_DOUBLE_EQ(p.metadata().durationSeconds, 4.0);
        ASSERT_EQ(p.metadata().narrators.size(), 1u);
        EXPECT_EQ(p.metadata().narrators[0].name, "eSpeak");
        ASSERT_NE(p.audio(), nullptr);
        const auto& clips = p.audio()->clips();
        ASSERT_EQ(clips.size(), 5u);
        const double times[5][2] = {{0, 0.8}, {0.8, 1.2}, {1.2, 2.0}, {2.0, 2.9}, {2.9, 4.0}};
        const char* refs[5] = {"p1", "pg2", "p2", "t1", "n1"};
        for (std::size_t i = 0; i < 5; ++i) {
            EXPECT_DOUBLE_EQ(clips[i].begin, times[i][0]) << i;
            EXPECT_DOUBLE_EQ(clips[i].end, times[i][1]) << i;
            EXPECT_EQ(clips[i].textRef, std::string("OEBPS/ch1.xhtml#") + refs[i]);
            EXPECT_EQ(clips[i].source, clips[0].source);
        }
        ASSERT_TRUE(std::filesystem::path(clips[0].source).is_absolute()) << clips[0].source;
        EXPECT_EQ(readFile(clips[0].source), m_audio);
        EXPECT_EQ(clips[0].source.rfind(m_dir.file("cache"), 0) == 0, zipped) << clips[0].source;

        const media::PhraseContent* phrases = media::phraseContent(p);
        ASSERT_NE(phrases, nullptr);
        ASSERT_EQ(phrases->phrases().size(), 5u);
        const auto& ph = phrases->phrases();
        EXPECT_EQ(ph[1].skippable, media::Skippable::PageNumber);
        EXPECT_EQ(ph[4].skippable, media::Skippable::Note);
        EXPECT_EQ(ph[0].skippable, media::Skippable::None);
        EXPECT_FALSE(ph[3].escapableId.empty());
        EXPECT_TRUE(ph[2].escapableId.empty());
        EXPECT_DOUBLE_EQ(ph[4].end, 4.0);
        const auto range = phrases->resolveText("OEBPS/ch1.xhtml#n1");
        ASSERT_TRUE(range);
        EXPECT_EQ(range->blockId, "n1");
        EXPECT_EQ(range->end, std::string("A note.").size());
        EXPECT_TRUE(p.warnings().empty()) << p.warnings().front();
    }

    TempDir m_dir;
    EpubFixture m_book;
    std::string m_audio;
};

} // namespace

TEST_F(EpubOverlay, ZippedBookExtractsNarrationOnce)
{
    m_book.writeZip(m_dir.file("narrated.epub"));
    auto p = media::openPublication(m_dir.file("narrated.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    expectOverlay(**p, true);
    const std::string source = (*p)->audio()->clips()[0].source;
    const auto stamp = std::filesystem::last_write_time(source);
    // Reopening reuses the extracted file instead of writing it again.
    auto again = media::openPublication(m_dir.file("narrated.epub"));
    ASSERT_TRUE(again);
    ASSERT_EQ((*again)->audio()->clips()[0].source, source);
    EXPECT_EQ(std::filesystem::last_write_time(source), stamp);
}

TEST_F(EpubOverlay, UnpackedBookPlaysItsOwnFiles)
{
    m_book.writeFolder(m_dir.file("narrated"));
    auto p = media::openPublication(m_dir.file("narrated"));
    ASSERT_TRUE(p) << p.error().describe();
    expectOverlay(**p, false);
}

TEST_F(EpubOverlay, DaisyStyleNavigationSkipsPageNumbersAndNotes)
{
    m_book.writeZip(m_dir.file("narrated.epub"));
    auto p = media::openPublication(m_dir.file("narrated.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    media::TimelineNavigator navigator(**p);
    EXPECT_DOUBLE_EQ(navigator.duration(), 4.0);
    ASSERT_EQ(navigator.clips().size(), 5u);
    // The page number (0.4 s) and the note (1.1 s) left out: 2.5 s of narration remain.
    navigator.setSkipped(media::Skippable::PageNumber | media::Skippable::Note, 0);
    ASSERT_EQ(navigator.clips().size(), 3u);
    EXPECT_NEAR(navigator.duration(), 2.5, 1e-9);
    EXPECT_EQ(navigator.clips()[1].textRef, "OEBPS/ch1.xhtml#p2");
}

TEST_F(EpubOverlay, ClipWithoutEndRunsToTheEndOfItsFile)
{
    m_book.add("OEBPS/smil/ch1.smil", R"(<smil xmlns="http://www.w3.org/ns/SMIL" version="3.0"><body><seq>
<par id="par1"><text src="../ch1.xhtml#p1"/><audio src="../audio/n.mp3" clipBegin="0.5s"/></par></seq></body></smil>)");
    m_book.writeZip(m_dir.file("open-ended.epub"));
    auto p = media::openPublication(m_dir.file("open-ended.epub"));
    ASSERT_TRUE(p);
    const auto& clips = (*p)->audio()->clips();
    ASSERT_EQ(clips.size(), 1u);
    // ffprobe measures the same file independently.
    const std::string cmd =
        "ffprobe -v error -show_entries format=duration -of csv=p=0 '" + clips[0].source + "'";
    FILE* probe = popen(cmd.c_str(), "r");
    ASSERT_NE(probe, nullptr);
    double expected = 0;
    ASSERT_EQ(std::fscanf(probe, "%lf", &expected), 1);
    pclose(probe);
    EXPECT_NEAR(clips[0].end, expected, 0.05);
    EXPECT_GT(clips[0].end, 0.5);
}

TEST_F(EpubOverlay, BookWithoutOverlaysHasNoAudio)
{
    m_book.add("OEBPS/content.opf", opf("3.0", "<dc:title>Plain</dc:title>",
                                        {{"c1", "ch1.xhtml", "application/xhtml+xml", "", ""}}, {"c1"}));
    m_book.writeZip(m_dir.file("plain.epub"));
    auto p = media::openPublication(m_dir.file("plain.epub"));
    ASSERT_TRUE(p);
    EXPECT_EQ((*p)->audio(), nullptr);
}
