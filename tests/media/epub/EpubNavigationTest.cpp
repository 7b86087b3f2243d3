// Locators: from and to page labels, TOC entries and links; progression; surviving a reopen.
#include "EpubFixture.h"
#include "tingdu/media/Navigation.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>

using namespace tingdu;
using namespace tingdu::test;

namespace {

class EpubNavigation : public ::testing::Test {
protected:
    void SetUp() override
    {
        EpubFixture book = baseEpub();
        book.add("OEBPS/content.opf", opf("3.0", "<dc:title>Nav</dc:title>",
                                          {{"nav", "nav.xhtml", "application/xhtml+xml", "nav", ""},
                                           {"a", "a.xhtml", "application/xhtml+xml", "", ""},
                                           {"b", "b.xhtml", "application/xhtml+xml", "", ""}},
                                          {"a", "b"}));
        book.add("OEBPS/nav.xhtml", xhtml(R"(<nav epub:type="toc"><ol><li><a href="a.xhtml">A</a><ol>
<li><a href="a.xhtml#a2">A two</a></li></ol></li><li><a href="b.xhtml#top">B</a></li></ol></nav>
<nav epub:type="page-list"><ol><li><a href="a.xhtml#pg1">1</a></li><li><a href="a.xhtml#pg2">2</a></li>
<li><a href="b.xhtml#pg3">3</a></li></ol></nav>)"));
        // Equal amounts of text in both documents, so progression is easy to predict.
        book.add("OEBPS/a.xhtml",
                 xhtml(R"(<span epub:type="pagebreak" id="pg1" title="1"/><h1>AAAA</h1><p>aaaaaaaaaaaaaaa</p>
<h2 id="a2">AAAA</h2><span epub:type="pagebreak" id="pg2" title="2"/><p id="pa">aaaa <span id="inline">aaaaaaaaaa</span></p>)"));
        book.add("OEBPS/b.xhtml", xhtml(R"(<section id="top"><h1>BBBB</h1><p>bbbbbbbbbbbbbbb</p>
<span epub:type="pagebreak" id="pg3" title="3"/><p>bbbb</p><p>bbbbbbbbbbbbbbb</p></section>)"));
        book.writeZip(m_dir.file("nav.epub"));
        auto p = media::openPublication(m_dir.file("nav.epub"));
        ASSERT_TRUE(p) << p.error().describe();
        m_pub = std::move(*p);
    }

    TempDir m_dir;
    std::unique_ptr<media::Publication> m_pub;
};

} // namespace

TEST_F(EpubNavigation, LinksPagesAndTocEntriesBecomeLocators)
{
    media::PositionMap map(*m_pub);
    auto inlineAnchor = map.locate("OEBPS/a.xhtml#inline");
    ASSERT_TRUE(inlineAnchor) << inlineAnchor.error().describe();
    EXPECT_EQ(inlineAnchor->readingOrderIndex, 0u);
    EXPECT_EQ(inlineAnchor->blockId, "pa");
    EXPECT_EQ(map.pageLabelAt(*inlineAnchor), "2");
    EXPECT_EQ(map.tocEntryAt(*inlineAnchor), 1u);

    auto page3 = map.locatePage("3");
    ASSERT_TRUE(page3);
    EXPECT_EQ(page3->href, "OEBPS/b.xhtml");
    EXPECT_EQ(page3->blockId, "pg3");
    EXPECT_EQ(map.pageLabelAt(*page3), "3");
    EXPECT_EQ(map.tocEntryAt(*page3), 2u);
    EXPECT_EQ(map.locatePage("99").error().code, media::ErrorCode::NotFound);

    auto b = map.locateTocEntry(2);
    ASSERT_TRUE(b);
    EXPECT_EQ(b->blockId, "top"); // the section's id is carried by its heading
    EXPECT_DOUBLE_EQ(b->progression, 0.5);
    EXPECT_EQ(map.locateTocEntry(7).error().code, media::ErrorCode::InvalidArgument);
    EXPECT_EQ(map.locate("OEBPS/missing.xhtml").error().code, media::ErrorCode::NotFound);

    auto start = map.locateTocEntry(0);
    ASSERT_TRUE(start);
    EXPECT_DOUBLE_EQ(start->progression, 0.0);
    EXPECT_EQ(map.pageLabelAt(*start), "1");
    // 4 + 15 + 4 bytes of 38 in the first half of the book come before the paragraph "pa".
    EXPECT_NEAR(inlineAnchor->progression, 0.5 * 23.0 / 38.0, 1e-9);
    media::Locator inside = *inlineAnchor;
    inside.charOffset = 5;
    EXPECT_NEAR(map.progression(inside), 0.5 * 28.0 / 38.0, 1e-9);
}

TEST_F(EpubNavigation, SavedLocatorSurvivesReopening)
{
    media::Locator saved;
    {
        media::PositionMap map(*m_pub);
        auto l = map.locate("OEBPS/b.xhtml#pg3");
        ASSERT_TRUE(l);
        saved = *l;
        saved.charOffset = 0;
    }
    m_pub.reset();
    auto reopened = media::openPublication(m_dir.file("nav.epub"));
    ASSERT_TRUE(reopened);
    media::PositionMap map(**reopened);
    media::Locator stale = saved;
    stale.readingOrderIndex = 0; // as if the book had been updated: href and block id win
    auto restored = map.restore(stale);
    ASSERT_TRUE(restored) << restored.error().describe();
    EXPECT_EQ(restored->readingOrderIndex, 1u);
    EXPECT_EQ(restored->blockId, "pg3");
    EXPECT_DOUBLE_EQ(restored->progression, saved.progression);
    EXPECT_EQ(map.pageLabelAt(*restored), "3");
}
