// XHTML -> blocks: what a listener hears, with structure, ids, spans and languages.
#include "EpubFixture.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>

using namespace tingdu;
using namespace tingdu::test;
using media::BlockKind;

namespace {

// Opens a one-chapter book whose chapter body is BODY and returns that document.
media::Document chapter(const std::string& body, const std::string& lang = "en")
{
    EpubFixture book = baseEpub();
    book.add("OEBPS/content.opf", opf("3.0", "<dc:title>T</dc:title><dc:language>en</dc:language>",
                                      {{"c", "c.xhtml", "application/xhtml+xml", "", ""}}, {"c"}));
    book.add("OEBPS/c.xhtml", xhtml(body, lang));
    TempDir dir;
    book.writeZip(dir.file("b.epub"));
    auto p = media::openPublication(dir.file("b.epub"));
    EXPECT_TRUE(p) << p.error().describe();
    if (!p)
        return {};
    auto doc = (*p)->text()->document(0);
    EXPECT_TRUE(doc) << doc.error().describe();
    return doc ? *doc : media::Document{};
}

std::vector<std::string> texts(const media::Document& doc)
{
    std::vector<std::string> out;
    for (const auto& b : doc.blocks)
        out.push_back(b.text);
    return out;
}

} // namespace

TEST(EpubContent, HeadingsParagraphsAndStableIds)
{
    const auto doc = chapter(R"(<section><h1 id="top">  Title
  here </h1><p>One <em>two</em> <strong>three</strong>.</p>
<h6>Small</h6><div>Loose text <p>inner</p> tail</div></section>)");
    ASSERT_EQ(doc.blocks.size(), 6u);
    EXPECT_EQ(doc.title, "Title here");
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
    EXPECT_EQ(doc.blocks[0].level, 1);
    EXPECT_EQ(doc.blocks[0].id, "top");
    EXPECT_EQ(doc.blocks[1].text, "One two three.");
    ASSERT_EQ(doc.blocks[1].spans.size(), 2u);
    EXPECT_EQ(doc.blocks[1].spans[0].kind, media::Span::Kind::Emphasis);
    EXPECT_EQ(doc.blocks[1].text.substr(doc.blocks[1].spans[0].begin,
                                        doc.blocks[1].spans[0].end - doc.blocks[1].spans[0].begin),
              "two");
    EXPECT_EQ(doc.blocks[1].spans[1].kind, media::Span::Kind::Strong);
    EXPECT_EQ(doc.blocks[1].text.substr(doc.blocks[1].spans[1].begin,
                                        doc.blocks[1].spans[1].end - doc.blocks[1].spans[1].begin),
              "three");
    EXPECT_EQ(doc.blocks[2].level, 6);
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Title here", "One two three.", "Small", "Loose text",
                                                    "inner", "tail"}));
    // Generated ids are deterministic: the same document gives the same ids.
    const auto again = chapter(R"(<section><h1 id="top">  Title
  here </h1><p>One <em>two</em> <strong>three</strong>.</p>
<h6>Small</h6><div>Loose text <p>inner</p> tail</div></section>)");
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        EXPECT_EQ(doc.blocks[i].id, again.blocks[i].id);
    EXPECT_EQ(doc.blocks[1].id, "_b1");
}

TEST(EpubContent, AriaHeadingsAndPreformattedText)
{
    const auto doc = chapter("<div role=\"heading\" aria-level=\"3\">Three</div><p role=\"heading\">Two</p>"
                             "<pre>line 1\n  line 2</pre>");
    ASSERT_EQ(doc.blocks.size(), 3u);
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
    EXPECT_EQ(doc.blocks[0].level, 3);
    EXPECT_EQ(doc.blocks[1].level, 2);
    EXPECT_EQ(doc.blocks[2].kind, BlockKind::Preformatted);
    EXPECT_EQ(doc.blocks[2].text, "line 1\n  line 2");
}

TEST(EpubContent, ChineseWithoutSpuriousSpaces)
{
    const auto doc =
        chapter("<h1>第一章</h1><p>我们\n   读书，\n听书。 English\nwords 和中文。</p>", "zh-CN");
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.language, "zh-CN");
    EXPECT_EQ(doc.blocks[1].language, "zh-CN");
    EXPECT_EQ(doc.blocks[1].text, "我们读书，听书。 English words 和中文。");
}

TEST(EpubContent, LanguageSpansInherited)
{
    const auto doc = chapter(R"(<p>He said <span xml:lang="fr">bonjour <em>mon ami</em></span> twice.</p>
<blockquote lang="de"><p>Guten Tag</p></blockquote>)");
    ASSERT_EQ(doc.blocks.size(), 2u);
    const auto& p = doc.blocks[0];
    EXPECT_EQ(p.text, "He said bonjour mon ami twice.");
    const media::Span* lang = nullptr;
    for (const auto& s : p.spans)
        if (s.kind == media::Span::Kind::Language)
            lang = &s;
    ASSERT_NE(lang, nullptr);
    EXPECT_EQ(lang->value, "fr");
    EXPECT_EQ(p.text.substr(lang->begin, lang->end - lang->begin), "bonjour mon ami");
    EXPECT_EQ(doc.blocks[1].kind, BlockKind::Blockquote);
    EXPECT_EQ(doc.blocks[1].language, "de");
}

TEST(EpubContent, NotesAndNoteReferences)
{
    const auto doc =
        chapter(R"(<p>Claim<a epub:type="noteref" href="#fn1">1</a> and <a href="#target">a link</a>.</p>
<p>Here <span id="target">is</span> the target.</p>
<aside epub:type="footnote" id="fn1"><p>The note text.</p></aside>
<aside><p>A sidebar.</p></aside>
<section epub:type="endnotes"><ol><li epub:type="endnote" id="en1"><p>End note.</p></li></ol></section>)");
    ASSERT_EQ(doc.blocks.size(), 5u);
    const auto& p = doc.blocks[0];
    EXPECT_EQ(p.text, "Claim1 and a link.");
    ASSERT_EQ(p.spans.size(), 2u);
    EXPECT_EQ(p.spans[0].kind, media::Span::Kind::NoteReference);
    EXPECT_EQ(p.spans[0].value, "OEBPS/c.xhtml#fn1");
    EXPECT_EQ(p.spans[1].kind, media::Span::Kind::Link);
    // The inline anchor resolves to the paragraph that holds it.
    EXPECT_EQ(p.spans[1].value, "OEBPS/c.xhtml#" + doc.blocks[1].id);
    EXPECT_EQ(doc.anchors.at("target"), doc.blocks[1].id);
    EXPECT_EQ(doc.blocks[2].kind, BlockKind::Note);
    EXPECT_EQ(doc.blocks[2].role, "footnote");
    EXPECT_EQ(doc.blocks[2].id, "fn1");
    EXPECT_EQ(doc.blocks[2].text, "The note text.");
    EXPECT_EQ(doc.blocks[3].kind, BlockKind::Sidebar);
    EXPECT_EQ(doc.blocks[4].kind, BlockKind::Note);
    EXPECT_EQ(doc.blocks[4].role, "endnote");
    EXPECT_EQ(doc.blocks[4].id, "en1");
}

TEST(EpubContent, TablesWithHeaderCells)
{
    const auto doc = chapter(R"(<table><caption>Prices</caption>
<thead><tr><td>Item</td><th>Cost</th></tr></thead>
<tbody><tr><th scope="row">Tea</th><td colspan="2">3</td><td>x</td></tr></tbody></table>)");
    ASSERT_EQ(doc.blocks.size(), 6u);
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::Caption);
    const std::vector<std::tuple<std::string, std::string, bool>> cells = {{"Item", "1,1", true},
                                                                           {"Cost", "1,2", true},
                                                                           {"Tea", "2,1", true},
                                                                           {"3", "2,2", false},
                                                                           {"x", "2,4", false}};
    for (std::size_t i = 0; i < cells.size(); ++i) {
        const auto& b = doc.blocks[i + 1];
        EXPECT_EQ(b.kind, BlockKind::TableCell);
        EXPECT_EQ(b.text, std::get<0>(cells[i]));
        EXPECT_EQ(b.label, std::get<1>(cells[i]));
        EXPECT_EQ(b.header, std::get<2>(cells[i])) << i;
    }
}

TEST(EpubContent, NestedLists)
{
    const auto doc = chapter(
        R"(<ul><li>One<ul><li>One.a</li><li><p>One.b</p><ol><li>deep</li></ol></li></ul></li><li>Two</li></ul>)");
    ASSERT_EQ(doc.blocks.size(), 5u);
    const std::vector<std::pair<std::string, int>> items = {
        {"One", 1}, {"One.a", 2}, {"One.b", 2}, {"deep", 3}, {"Two", 1}};
    for (std::size_t i = 0; i < items.size(); ++i) {
        EXPECT_EQ(doc.blocks[i].kind, BlockKind::ListItem);
        EXPECT_EQ(doc.blocks[i].text, items[i].first);
        EXPECT_EQ(doc.blocks[i].level, items[i].second);
    }
}

TEST(EpubContent, HiddenTextIsNotSpoken)
{
    const auto doc = chapter(
        R"(<p>Seen<span hidden="">HIDDEN1</span> <span style="color:red; display : none">HIDDEN2</span>text.</p>
<div aria-hidden="true"><p>HIDDEN3</p></div><script>HIDDEN4</script><p>Last<ruby>漢<rt>kan</rt></ruby></p>)");
    EXPECT_EQ(texts(doc), (std::vector<std::string>{"Seen text.", "Last漢"}));
}

TEST(EpubContent, ImagesFiguresAndCaptions)
{
    const auto doc = chapter(
        R"(<figure id="f1"><img src="a.png" alt="A red  barn"/><figcaption>Figure 1</figcaption></figure>
<p><img src="b.png"/></p><p><img src="deco.png" alt=""/></p>
<p>An <img src="i.png" alt="arrow"/> inline icon.</p><h2><img src="t.png" alt="Chapter Two"/></h2>)");
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::Image);
    EXPECT_EQ(doc.blocks[0].text, "A red barn");
    EXPECT_EQ(doc.blocks[1].kind, BlockKind::Caption);
    EXPECT_EQ(doc.blocks[1].text, "Figure 1");
    EXPECT_EQ(doc.blocks[2].kind, BlockKind::Image);
    EXPECT_EQ(doc.blocks[2].text, ""); // image without description; the decorative one is silent
    EXPECT_EQ(doc.blocks[3].text, "An arrow inline icon.");
    EXPECT_EQ(doc.blocks[4].kind, BlockKind::Heading);
    EXPECT_EQ(doc.blocks[4].text, "Chapter Two");
    EXPECT_EQ(doc.anchors.at("f1"), doc.blocks[0].id);
}

TEST(EpubContent, PageBreaksWithLabels)
{
    const auto doc = chapter(R"(<span epub:type="pagebreak" id="pg1" title="1"/><p>Start of a paragraph
<span role="doc-pagebreak" id="pg2" aria-label="2"></span>that crosses a page.</p>
<div epub:type="pagebreak" id="pg3">3</div><p>After.</p>)");
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(doc.blocks[0].kind, BlockKind::PageBreak);
    EXPECT_EQ(doc.blocks[0].label, "1");
    EXPECT_EQ(doc.blocks[0].id, "pg1");
    // A break inside a paragraph comes before it, so no sentence is cut in two.
    EXPECT_EQ(doc.blocks[1].kind, BlockKind::PageBreak);
    EXPECT_EQ(doc.blocks[1].label, "2");
    EXPECT_EQ(doc.blocks[2].text, "Start of a paragraph that crosses a page.");
    EXPECT_EQ(doc.blocks[3].label, "3");
    EXPECT_EQ(doc.blocks[3].text, "");
    EXPECT_EQ(doc.blocks[4].text, "After.");
}

TEST(EpubContent, MalformedXhtmlIsRecovered)
{
    EpubFixture book = baseEpub();
    book.add("OEBPS/content.opf", opf("3.0", "<dc:title>T</dc:title>",
                                      {{"c", "c.xhtml", "application/xhtml+xml", "", ""}}, {"c"}));
    book.add(
        "OEBPS/c.xhtml",
        "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>Kept <b>bold</p><p>Second & third</body>");
    TempDir dir;
    book.writeZip(dir.file("b.epub"));
    auto p = media::openPublication(dir.file("b.epub"));
    ASSERT_TRUE(p);
    auto doc = (*p)->text()->document(0);
    ASSERT_TRUE(doc) << doc.error().describe();
    ASSERT_FALSE(doc->blocks.empty());
    EXPECT_EQ(doc->blocks[0].text.substr(0, 9), "Kept bold");
}
