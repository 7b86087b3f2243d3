// DAISY 3 books written at test time: OPF metadata, NCX navigation, SMIL 2.0 custom tests,
// DTBook text, and the text-only (textNCX) variant.
#include "DaisyFixtures.h"
#include "core/Readers.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace tingdu::media {
namespace {

std::string allWarnings(const Publication& pub)
{
    std::string out;
    for (const auto& w : pub.warnings())
        out += w + "\n";
    return out;
}

const Block* blockById(const Document& doc, const std::string& id)
{
    const auto it =
        std::find_if(doc.blocks.begin(), doc.blocks.end(), [&](const Block& b) { return b.id == id; });
    return it == doc.blocks.end() ? nullptr : &*it;
}

TEST(Daisy3, PackageNavigationAndTimeline)
{
    auto opened = openPublication(test::writeDaisy3("basic").string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const Publication& pub = **opened;
    EXPECT_EQ(pub.format(), Format::Daisy3);
    EXPECT_TRUE(pub.warnings().empty()) << allWarnings(pub);
    EXPECT_EQ(pub.metadata().title, "Tiny DAISY 3");
    ASSERT_EQ(pub.metadata().narrators.size(), 1u);
    EXPECT_EQ(pub.metadata().narrators[0].name, "Sine Wave");
    EXPECT_EQ(pub.metadata().multimediaType, "audioFullText");
    EXPECT_NEAR(pub.metadata().durationSeconds, 13.0, 1e-9);

    ASSERT_EQ(pub.toc().size(), 3u);
    EXPECT_EQ(pub.toc()[0].title, "Chapter 1");
    EXPECT_EQ(pub.toc()[0].level, 1);
    EXPECT_EQ(pub.toc()[1].title, "Section 1.1");
    EXPECT_EQ(pub.toc()[1].level, 2);
    EXPECT_NEAR(pub.toc()[1].timeSeconds, 8.0, 1e-9);
    EXPECT_EQ(pub.toc()[1].href, "book.xml#sec11");
    EXPECT_NEAR(pub.toc()[2].timeSeconds, 10.0, 1e-9);

    ASSERT_EQ(pub.pageList().size(), 2u);
    EXPECT_EQ(pub.pageList()[0].type, "normal");
    EXPECT_NEAR(pub.pageList()[0].timeSeconds, 1.5, 1e-9);
    EXPECT_NEAR(pub.pageList()[1].timeSeconds, 11.0, 1e-9);

    const PhraseContent* phrases = phraseContent(pub);
    ASSERT_NE(phrases, nullptr);
    ASSERT_EQ(phrases->navLists().size(), 2u);
    EXPECT_EQ(phrases->navLists()[0].name, "note");
    EXPECT_NEAR(phrases->navLists()[0].items.at(0).timeSeconds, 4.5, 1e-9); // a seq id: its first par
    EXPECT_EQ(phrases->navLists()[1].name, "figure");
    // The NCX leaves sidebars on (defaultState="true") and the rest off.
    EXPECT_EQ(phrases->defaultSkipped(),
              Skippable::PageNumber | Skippable::NoteReference | Skippable::Note | Skippable::ProducerNote);

    const auto& ph = phrases->phrases();
    ASSERT_EQ(ph.size(), 12u);
    EXPECT_EQ(ph[1].skippable, Skippable::PageNumber);
    EXPECT_EQ(ph[3].skippable, Skippable::NoteReference);
    EXPECT_EQ(ph[4].skippable, Skippable::Note);
    EXPECT_EQ(ph[4].escapableId, "smil1.smil#noteseq");
    EXPECT_EQ(ph[5].skippable, Skippable::Sidebar);
    EXPECT_EQ(ph[6].skippable, Skippable::ProducerNote);
    EXPECT_EQ(ph[7].skippable, Skippable::None);
    ASSERT_TRUE(pub.audio());
    ASSERT_EQ(pub.audio()->clips().size(), 12u);
    EXPECT_NEAR(pub.audio()->clips()[2].begin, 2.0, 1e-9);
    EXPECT_NEAR(pub.audio()->clips()[2].end, 4.0, 1e-9); // "4000ms"
}

TEST(Daisy3, DtbookBlocks)
{
    auto opened = openPublication(test::writeDaisy3("dtbook").string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const TextContent* text = (*opened)->text();
    ASSERT_NE(text, nullptr);
    ASSERT_EQ(text->documentCount(), 1u);
    auto doc = text->document(0);
    ASSERT_TRUE(doc.ok()) << doc.error().describe();
    EXPECT_EQ(doc->language, "en");
    const Block* h2 = blockById(*doc, "sec11");
    ASSERT_TRUE(h2);
    EXPECT_EQ(h2->kind, BlockKind::Heading);
    EXPECT_EQ(h2->level, 2);
    const Block* page = blockById(*doc, "page2");
    ASSERT_TRUE(page);
    EXPECT_EQ(page->kind, BlockKind::PageBreak);
    EXPECT_EQ(page->label, "2");
    const Block* img = blockById(*doc, "img1");
    ASSERT_TRUE(img);
    EXPECT_EQ(img->kind, BlockKind::Image);
    EXPECT_EQ(img->text, "A red square");
    const Block* caption = blockById(*doc, "cap1");
    ASSERT_TRUE(caption);
    EXPECT_EQ(caption->kind, BlockKind::Caption);
    const Block* nested = blockById(*doc, "li3");
    ASSERT_TRUE(nested);
    EXPECT_EQ(nested->kind, BlockKind::ListItem);
    EXPECT_EQ(nested->level, 2);
    const Block* cell = blockById(*doc, "td1");
    ASSERT_TRUE(cell);
    EXPECT_EQ(cell->kind, BlockKind::TableCell);
    EXPECT_EQ(cell->label, "2,1");
    EXPECT_TRUE(blockById(*doc, "th1")->header);
    const Block* ref = blockById(*doc, "ref1");
    ASSERT_TRUE(ref);
    ASSERT_EQ(ref->spans.size(), 1u);
    EXPECT_EQ(ref->spans[0].kind, Span::Kind::NoteReference);
    EXPECT_EQ(ref->text.substr(ref->spans[0].begin, ref->spans[0].end - ref->spans[0].begin), "1");
    bool noteFound = false, sidebarFound = false, prodnoteFound = false;
    for (const auto& b : doc->blocks) {
        noteFound |= b.kind == BlockKind::Note && b.text == "The note itself.";
        sidebarFound |= b.kind == BlockKind::Sidebar && b.text == "Sidebar text.";
        prodnoteFound |= b.role == "prodnote" && b.text == "Producer text.";
    }
    EXPECT_TRUE(noteFound);
    EXPECT_TRUE(sidebarFound);
    EXPECT_TRUE(prodnoteFound);
    const Block* french = blockById(*doc, "para3");
    ASSERT_TRUE(french);
    EXPECT_EQ(french->language, "fr");
    ASSERT_EQ(french->spans.size(), 1u);
    EXPECT_EQ(french->spans[0].kind, Span::Kind::Language);
    EXPECT_EQ(french->spans[0].value, "de");
    const auto range = phraseContent(**opened)->resolveText("book.xml#s2");
    ASSERT_TRUE(range.has_value());
    EXPECT_EQ(range->blockId, "para1");
    EXPECT_EQ(blockById(*doc, "para1")->text.substr(range->begin, range->end - range->begin), "Second one.");
}

TEST(Daisy3, TextOnlyBookOpensAsText)
{
    auto opened = openPublication(test::writeDaisy3("textonly", false).string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const Publication& pub = **opened;
    EXPECT_EQ(pub.metadata().multimediaType, "textNCX");
    EXPECT_EQ(pub.audio(), nullptr);
    ASSERT_NE(pub.text(), nullptr);
    EXPECT_EQ(pub.metadata().durationSeconds, 0);
    ASSERT_EQ(pub.toc().size(), 3u);
    EXPECT_LT(pub.toc()[0].timeSeconds, 0);
    EXPECT_EQ(pub.toc()[2].href, "book.xml#ch2");
    EXPECT_EQ(pub.pageList().size(), 2u);
    EXPECT_TRUE(pub.warnings().empty()) << allWarnings(pub);
}

TEST(Daisy3, MissingNcxAndDtbookAreReported)
{
    const auto dir = test::writeDaisy3("missing-parts");
    test::fs::remove(dir / "tiny.ncx");
    test::fs::remove(dir / "book.xml");
    auto opened = openDaisy3(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const std::string warnings = allWarnings(**opened);
    EXPECT_NE(warnings.find("tiny.ncx: the NCX is missing"), std::string::npos) << warnings;
    EXPECT_NE(warnings.find("book.xml: the DTBook file is missing"), std::string::npos) << warnings;
    EXPECT_TRUE((*opened)->toc().empty());
    EXPECT_EQ((*opened)->text(), nullptr);
    EXPECT_NEAR((*opened)->metadata().durationSeconds, 13.0, 1e-9); // the audio still plays
}

TEST(Daisy3, NoPackageIsCorrupt)
{
    const auto dir = test::writeDaisy3("no-opf");
    test::fs::remove(dir / "tiny.opf");
    auto opened = openDaisy3(dir.string());
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::Corrupt);
}

} // namespace
} // namespace tingdu::media
