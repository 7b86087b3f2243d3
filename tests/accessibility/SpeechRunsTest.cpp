// Mid-paragraph language switches and translated announcements, down to eSpeak's phonemes.
#include <gtest/gtest.h>

#include "SpeechRuns.h"
#include "TestEngine.h"

using namespace tingdu;
using namespace tingdu::accessibility;

namespace {

media::Block englishWithChinese()
{
    media::Block b;
    b.kind = media::BlockKind::Paragraph;
    b.text = "She said 你好世界 and left.";
    b.language = "en";
    const std::size_t begin = b.text.find("你");
    const std::size_t end = b.text.find(" and");
    b.spans.push_back({media::Span::Kind::Language, begin, end, "zh-CN"});
    b.spans.push_back({media::Span::Kind::Emphasis, 0, 3, ""});
    return b;
}

}  // namespace

TEST(SpeechRuns, LanguageSpanSplitsTheSentence)
{
    const media::Block b = englishWithChinese();
    const auto runs = buildRuns(b, {0, b.text.size()}, "en", {}, true);
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].text, "She said ");
    EXPECT_EQ(runs[0].language, "en");
    EXPECT_EQ(runs[1].text, "你好世界");
    EXPECT_EQ(runs[1].language, "zh-CN");
    EXPECT_EQ(runs[1].sourceBegin, b.text.find("你"));
    EXPECT_EQ(runs[2].text, " and left.");
}

TEST(SpeechRuns, PhonemesShowTheVoiceSwitch)
{
    auto& engine = tingdu::testing::testEngine();
    const media::Block b = englishWithChinese();
    const auto runs = buildRuns(b, {0, b.text.size()}, "en", {}, true);
    ASSERT_EQ(runs.size(), 3u);
    std::vector<std::string> phonemes;
    for (const auto& run : runs) {
        ASSERT_TRUE(engine.setVoiceForLanguage(run.language).ok());
        auto p = engine.phonemes(run.text);
        ASSERT_TRUE(p.ok());
        phonemes.push_back(engine.currentVoice() + ": " + *p);
    }
    EXPECT_EQ(phonemes[0].rfind("en-us: ", 0), 0u) << phonemes[0];
    EXPECT_EQ(phonemes[1].rfind("cmn-latn-pinyin: ", 0), 0u) << phonemes[1];
    EXPECT_EQ(phonemes[1].find("(en)"), std::string::npos) << phonemes[1];
    EXPECT_NE(phonemes[1].find("51"), std::string::npos) << "Mandarin tone 4 for 世界: " << phonemes[1];
    EXPECT_EQ(phonemes[2].rfind("en-us: ", 0), 0u) << phonemes[2];

    // Spoken end to end, word marks come back in the block's own offsets.
    auto sink = media::makeNullSink({22050, 1});
    std::vector<std::string> words;
    ASSERT_TRUE(speakRuns(engine, *sink, runs, {}, [&](TextRange r) { words.push_back(b.text.substr(r.begin, r.end - r.begin)); },
                          nullptr)
                    .ok());
    ASSERT_GE(words.size(), 4u);
    EXPECT_EQ(words.front(), "She");
    EXPECT_EQ(words.back(), "left");
    EXPECT_NE(std::find_if(words.begin(), words.end(), [](const auto& w) { return w.rfind("你", 0) == 0; }), words.end());
}

TEST(SpeechRuns, AnnouncementsUseTheCallersWords)
{
    media::Block h;
    h.kind = media::BlockKind::Heading;
    h.level = 2;
    h.text = "第一章";
    Announcements zh;
    zh.heading = "{level}级标题";
    zh.language = "zh-CN";
    const auto runs = buildRuns(h, {0, h.text.size()}, "zh", zh, true);
    ASSERT_EQ(runs.size(), 2u);
    EXPECT_TRUE(runs[0].announcement);
    EXPECT_EQ(runs[0].text, "2级标题");
    EXPECT_EQ(runs[0].language, "zh-CN");

    zh.headings = false;
    EXPECT_EQ(buildRuns(h, {0, h.text.size()}, "zh", zh, true).size(), 1u);
    EXPECT_EQ(buildRuns(h, {0, h.text.size()}, "zh", Announcements{}, false).size(), 1u);  // mid-block: no prefix
}

TEST(SpeechRuns, NoteReferencesTablesAndPages)
{
    media::Block p;
    p.text = "A claim.1 More.";
    p.spans.push_back({media::Span::Kind::NoteReference, 8, 9, "notes.xhtml#n1"});
    const auto runs = buildRuns(p, {0, p.text.size()}, "en", {}, true);
    ASSERT_EQ(runs.size(), 3u);
    EXPECT_EQ(runs[0].text, "A claim.1");
    EXPECT_EQ(runs[1].text, "Note reference");
    EXPECT_TRUE(runs[1].announcement);

    media::Block cell;
    cell.kind = media::BlockKind::TableCell;
    cell.label = "3,2";
    cell.text = "42";
    EXPECT_EQ(announcementFor(cell, {}), "Row 3, column 2");
    media::Block page;
    page.kind = media::BlockKind::PageBreak;
    page.label = "xiv";
    EXPECT_EQ(announcementFor(page, {}), "Page xiv");
    media::Block image;
    image.kind = media::BlockKind::Image;
    EXPECT_EQ(announcementFor(image, {}), "Image without description");
}
