// Inline elements with ids (media overlays' sentence spans) keep their own character range
// inside their paragraph, so narration highlights the sentence, not the whole paragraph.
#include "EpubFixture.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>
#include <memory>

using namespace tingdu;
using namespace tingdu::test;

namespace {

// A one-chapter book (OEBPS/c.xhtml) whose body is BODY.
std::unique_ptr<media::Publication> book(const std::string& body, const std::string& lang, TempDir& dir)
{
    EpubFixture epub = baseEpub();
    epub.add("OEBPS/content.opf", opf("3.0", "<dc:title>T</dc:title><dc:language>" + lang + "</dc:language>",
                                      {{"c", "c.xhtml", "application/xhtml+xml", "", ""}}, {"c"}));
    epub.add("OEBPS/c.xhtml", xhtml(body, lang));
    epub.writeZip(dir.file("b.epub"));
    auto p = media::openPublication(dir.file("b.epub"));
    EXPECT_TRUE(p) << p.error().describe();
    return p ? std::move(*p) : nullptr;
}

media::Block onlyBlock(const media::Publication& p)
{
    auto doc = p.text()->document(0);
    EXPECT_TRUE(doc && doc->blocks.size() == 1u);
    return doc && !doc->blocks.empty() ? doc->blocks[0] : media::Block{};
}

std::string textOf(const media::Block& block, const media::Fragment& f)
{
    return block.text.substr(f.begin, f.end - f.begin);
}

} // namespace

TEST(EpubFragments, AdjacentSentenceSpansGetTheirOwnRangesWithoutTheSpaceBetween)
{
    TempDir dir;
    const auto p = book(R"(<p id="p1">
  <span id="s1">First sentence.</span>
  <span id="s2"> Second <em>one</em>. </span><a id="empty"></a></p>)",
                        "en", dir);
    ASSERT_TRUE(p);
    const media::Block b = onlyBlock(*p);
    EXPECT_EQ(b.text, "First sentence. Second one.");
    ASSERT_EQ(b.fragments.size(), 2u); // the empty anchor has no range
    EXPECT_EQ(b.fragments[0].id, "s1");
    EXPECT_EQ(textOf(b, b.fragments[0]), "First sentence.");
    EXPECT_EQ(b.fragments[1].id, "s2");
    EXPECT_EQ(textOf(b, b.fragments[1]), "Second one.");
}

TEST(EpubFragments, NestedSpansOverlapAndComeInDocumentOrder)
{
    TempDir dir;
    const auto p =
        book(R"(<p>Before <span id="outer">alpha <span id="inner">beta</span> gamma</span> delta.</p>)", "en",
             dir);
    ASSERT_TRUE(p);
    const media::Block b = onlyBlock(*p);
    EXPECT_EQ(b.text, "Before alpha beta gamma delta.");
    ASSERT_EQ(b.fragments.size(), 2u);
    EXPECT_EQ(b.fragments[0].id, "outer");
    EXPECT_EQ(textOf(b, b.fragments[0]), "alpha beta gamma");
    EXPECT_EQ(b.fragments[1].id, "inner");
    EXPECT_EQ(textOf(b, b.fragments[1]), "beta");
}

TEST(EpubFragments, ChineseSentencesAreUtf8RangesAcrossAJoinedLineBreak)
{
    TempDir dir;
    const auto p = book("<p><span id=\"c1\">第一句。</span><span id=\"c2\">第二句，\n  有换行。</span>"
                        "<span id=\"c3\">第三句！</span></p>",
                        "zh-CN", dir);
    ASSERT_TRUE(p);
    const media::Block b = onlyBlock(*p);
    EXPECT_EQ(b.text, "第一句。第二句，有换行。第三句！");
    ASSERT_EQ(b.fragments.size(), 3u);
    EXPECT_EQ(b.fragments[0].begin, 0u);
    EXPECT_EQ(b.fragments[0].end, 12u); // four characters of three bytes
    EXPECT_EQ(textOf(b, b.fragments[1]), "第二句，有换行。");
    EXPECT_EQ(textOf(b, b.fragments[2]), "第三句！");
    EXPECT_EQ(b.fragments[2].end, b.text.size());
}

TEST(EpubFragments, OverlayTextReferencesResolveToTheSpanNotTheParagraph)
{
    TempDir dir;
    const auto p = book(R"(<p id="p1"><span id="s1">One.</span> <span id="s2">Two.</span><a id="mark"/></p>
<p id="p2">Whole.</p>)",
                        "en", dir);
    ASSERT_TRUE(p);
    const media::PhraseContent* phrases = media::phraseContent(*p);
    ASSERT_NE(phrases, nullptr);
    const auto s2 = phrases->resolveText("OEBPS/c.xhtml#s2");
    ASSERT_TRUE(s2);
    EXPECT_EQ(s2->blockId, "p1");
    EXPECT_EQ(s2->begin, 5u);
    EXPECT_EQ(s2->end, 9u);
    // A paragraph, and an anchor with no text of its own, still mean the whole paragraph.
    const auto whole = phrases->resolveText("OEBPS/c.xhtml#p2");
    ASSERT_TRUE(whole);
    EXPECT_EQ(whole->begin, 0u);
    EXPECT_EQ(whole->end, 6u);
    const auto mark = phrases->resolveText("OEBPS/c.xhtml#mark");
    ASSERT_TRUE(mark);
    EXPECT_EQ(mark->blockId, "p1");
    EXPECT_EQ(mark->end, 9u);
}
