// ICU segmentation on UTF-8 with byte offsets: Chinese dictionary words, English sentences.
#include <gtest/gtest.h>

#include "tingdu/accessibility/Segmenter.h"

using namespace tingdu::accessibility;

namespace {

std::vector<std::string> pieces(const std::string& text, const std::vector<TextRange>& ranges)
{
    std::vector<std::string> out;
    for (const auto& r : ranges)
        out.push_back(text.substr(r.begin, r.end - r.begin));
    return out;
}

}  // namespace

TEST(Segmenter, EnglishSentences)
{
    auto s = Segmenter::create(SegmentUnit::Sentence, "en");
    ASSERT_TRUE(s.ok());
    const std::string text = "Mr. Smith arrived. Was he late? No! He was early.";
    s->setText(text);
    const auto got = pieces(text, s->ranges());
    ASSERT_EQ(got.size(), 4u) << testing::PrintToString(got);
    EXPECT_EQ(got[0], "Mr. Smith arrived. ");
    EXPECT_EQ(got[3], "He was early.");
}

TEST(Segmenter, ChineseSentencesByteOffsets)
{
    auto s = Segmenter::create(SegmentUnit::Sentence, "zh");
    ASSERT_TRUE(s.ok());
    const std::string text = "今天天气很好。我们去公园吧！你来吗？";
    s->setText(text);
    const auto r = s->ranges();
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0], (TextRange{0, 21}));  // 7 characters × 3 bytes
    EXPECT_EQ(text.substr(r[1].begin, r[1].end - r[1].begin), "我们去公园吧！");
    EXPECT_EQ(r[2].end, text.size());
}

TEST(Segmenter, ChineseDictionaryWords)
{
    auto s = Segmenter::create(SegmentUnit::Word, "zh");
    ASSERT_TRUE(s.ok());
    const std::string text = "我们去图书馆借书。";
    s->setText(text);
    const auto words = pieces(text, s->ranges());
    // Dictionary segmentation keeps 我们 and 借书 whole instead of one word per character.
    EXPECT_NE(std::find(words.begin(), words.end(), "我们"), words.end()) << testing::PrintToString(words);
    EXPECT_NE(std::find(words.begin(), words.end(), "借书"), words.end()) << testing::PrintToString(words);
    EXPECT_LT(words.size(), 8u);
    EXPECT_EQ(std::find(words.begin(), words.end(), "。"), words.end());  // punctuation is no word
}

TEST(Segmenter, NextAndPreviousWordEnglishAndChinese)
{
    auto s = Segmenter::create(SegmentUnit::Word, "en");
    ASSERT_TRUE(s.ok());
    const std::string text = "Borrow the 我们 book, then return it.";
    s->setText(text);
    auto next = s->next(0);
    ASSERT_TRUE(next);
    EXPECT_EQ(text.substr(next->begin, next->end - next->begin), "the");
    auto afterThe = s->next(next->begin);
    ASSERT_TRUE(afterThe);
    EXPECT_EQ(text.substr(afterThe->begin, afterThe->end - afterThe->begin), "我们");
    auto prev = s->previous(text.find("book"));
    ASSERT_TRUE(prev);
    EXPECT_EQ(text.substr(prev->begin, prev->end - prev->begin), "我们");
    EXPECT_FALSE(s->previous(0));
    EXPECT_FALSE(s->next(text.find("it")));
    auto in = s->containing(text.find("eturn") + 1);
    ASSERT_TRUE(in);
    EXPECT_EQ(text.substr(in->begin, in->end - in->begin), "return");
}

TEST(Segmenter, NextAndPreviousSentence)
{
    auto s = Segmenter::create(SegmentUnit::Sentence, "zh");
    ASSERT_TRUE(s.ok());
    const std::string text = "第一句。第二句！第三句？";
    s->setText(text);
    auto n = s->next(0);
    ASSERT_TRUE(n);
    EXPECT_EQ(n->begin, 12u);
    auto p = s->previous(n->begin);
    ASSERT_TRUE(p);
    EXPECT_EQ(p->begin, 0u);
    EXPECT_FALSE(s->next(24));
}

TEST(Segmenter, EmptyAndInvalidUtf8)
{
    auto s = Segmenter::create(SegmentUnit::Sentence, "en");
    ASSERT_TRUE(s.ok());
    s->setText("");
    EXPECT_TRUE(s->ranges().empty());
    const std::string bad = "ok \xff\xfe broken. Next.";
    s->setText(bad);
    const auto r = s->ranges();
    ASSERT_FALSE(r.empty());
    EXPECT_EQ(r.back().end, bad.size());
    EXPECT_EQ(splitSentences("", "en").size(), 0u);
}
