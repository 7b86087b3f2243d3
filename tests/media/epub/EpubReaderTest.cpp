// Opening EPUB 2 and 3 books: metadata, reading order, navigation, from a zip and a folder.
#include "EpubFixture.h"
#include "tingdu/media/AccessibilityDescription.h"
#include "tingdu/media/PublicationReader.h"

#include <gtest/gtest.h>

using namespace tingdu;
using namespace tingdu::test;

namespace {

EpubFixture epub3Book()
{
    EpubFixture book = baseEpub();
    book.add("OEBPS/content.opf",
             opf("3.0",
                 R"(<dc:identifier id="uid">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>
<dc:identifier>isbn:9780000000001</dc:identifier>
<dc:title id="t2">A Subtitle</dc:title>
<dc:title id="t1">The Main Title</dc:title>
<meta refines="#t1" property="title-type">main</meta>
<meta refines="#t2" property="title-type">subtitle</meta>
<dc:creator id="c1">Ada Writer</dc:creator>
<meta refines="#c1" property="role" scheme="marc:relators">aut</meta>
<dc:creator id="c2">Bo Drawer</dc:creator>
<meta refines="#c2" property="role" scheme="marc:relators">ill</meta>
<dc:contributor id="c3">Cy Voice</dc:contributor>
<meta refines="#c3" property="role" scheme="marc:relators">nrt</meta>
<dc:language>en</dc:language>
<dc:language>zh-CN</dc:language>
<dc:publisher>Tingdu Test Press</dc:publisher>
<dc:date>2024-05-01</dc:date>
<dc:description>  A book
   for tests. </dc:description>
<meta property="dcterms:modified">2024-05-02T00:00:00Z</meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessMode">visual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">printPageNumbers</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityHazard">noFlashingHazard</meta>
<meta property="schema:accessibilitySummary">Fully accessible.</meta>
<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>
<meta property="a11y:certifiedBy">Test Certifier</meta>)",
                 {{"nav", "nav.xhtml", "application/xhtml+xml", "nav", ""},
                  {"c1", "text/ch1.xhtml", "application/xhtml+xml", "", ""},
                  {"c2", "text/ch%202.xhtml", "application/xhtml+xml", "", ""},
                  {"notes", "text/notes.xhtml", "application/xhtml+xml", "", ""},
                  {"cover", "images/cover.png", "image/png", "cover-image", ""}},
                 {"c1", "c2", "notes:no"}));
    book.add("OEBPS/nav.xhtml", xhtml(R"(<nav epub:type="toc"><h1>Contents</h1><ol>
<li><a href="text/ch1.xhtml">Chapter <em>One</em></a><ol>
  <li><a href="text/ch1.xhtml#s1">Section 1.1</a></li>
  <li><span>Group</span><ol><li><a href="text/ch%202.xhtml#deep">Deep</a></li></ol></li>
</ol></li>
<li><a href="text/ch%202.xhtml">Chapter Two</a></li>
</ol></nav>
<nav epub:type="page-list" hidden=""><ol>
<li><a href="text/ch1.xhtml#p1">1</a></li><li><a href="text/ch1.xhtml#p2">2</a></li>
<li><a href="text/ch%202.xhtml#p3">iii</a></li></ol></nav>
<nav epub:type="landmarks"><ol><li><a epub:type="bodymatter" href="text/ch1.xhtml">Start</a></li></ol></nav>)"));
    book.add("OEBPS/text/ch1.xhtml",
             xhtml(R"(<span epub:type="pagebreak" id="p1" title="1"/><h1>Chapter One</h1>
<p>First.</p><h2 id="s1">Section 1.1</h2><span epub:type="pagebreak" id="p2" title="2"/><p>Second.</p>)"));
    book.add("OEBPS/text/ch 2.xhtml", xhtml(R"(<h1>Chapter Two</h1><p id="deep">Deep text.</p>
<div role="doc-pagebreak" id="p3" aria-label="iii"></div><p>Third page.</p>)"));
    book.add("OEBPS/text/notes.xhtml", xhtml("<p>Notes.</p>"));
    book.add("OEBPS/images/cover.png", "not really a png");
    return book;
}

void expectEpub3(const media::Publication& p)
{
    const auto& m = p.metadata();
    EXPECT_EQ(p.format(), media::Format::Epub);
    EXPECT_EQ(m.title, "The Main Title");
    ASSERT_EQ(m.authors.size(), 2u);
    EXPECT_EQ(m.authors[0].name, "Ada Writer");
    EXPECT_EQ(m.authors[0].role, "aut");
    EXPECT_EQ(m.authors[1].name, "Bo Drawer");
    EXPECT_EQ(m.authors[1].role, "ill");
    ASSERT_EQ(m.narrators.size(), 1u);
    EXPECT_EQ(m.narrators[0].name, "Cy Voice");
    EXPECT_EQ(m.languages, (std::vector<std::string>{"en", "zh-CN"}));
    EXPECT_EQ(m.identifiers, (std::vector<std::string>{"urn:uuid:12345678-1234-1234-1234-123456789abc",
                                                       "isbn:9780000000001"}));
    EXPECT_EQ(m.publisher, "Tingdu Test Press");
    EXPECT_EQ(m.date, "2024-05-01");
    EXPECT_EQ(m.description, "A book for tests.");
    EXPECT_EQ(m.coverHref, "OEBPS/images/cover.png");
    EXPECT_EQ(m.accessibility.accessModes, (std::vector<std::string>{"textual", "visual"}));
    EXPECT_EQ(m.accessibility.features, (std::vector<std::string>{"printPageNumbers", "alternativeText"}));
    EXPECT_EQ(m.accessibility.hazards, (std::vector<std::string>{"noFlashingHazard"}));
    EXPECT_EQ(m.accessibility.summary, "Fully accessible.");
    EXPECT_EQ(m.accessibility.conformsTo,
              (std::vector<std::string>{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"}));
    EXPECT_EQ(m.accessibility.certifiedBy, "Test Certifier");

    ASSERT_EQ(p.readingOrder().size(), 3u);
    EXPECT_EQ(p.readingOrder()[0].href, "OEBPS/text/ch1.xhtml");
    EXPECT_EQ(p.readingOrder()[0].title, "Chapter One");
    EXPECT_EQ(p.readingOrder()[1].href, "OEBPS/text/ch 2.xhtml");
    EXPECT_TRUE(p.readingOrder()[1].linear);
    EXPECT_FALSE(p.readingOrder()[2].linear);

    ASSERT_EQ(p.toc().size(), 5u);
    const std::vector<std::tuple<std::string, int, std::string>> toc = {
        {"Chapter One", 1, "OEBPS/text/ch1.xhtml"},
        {"Section 1.1", 2, "OEBPS/text/ch1.xhtml#s1"},
        {"Group", 2, ""},
        {"Deep", 3, "OEBPS/text/ch 2.xhtml#deep"},
        {"Chapter Two", 1, "OEBPS/text/ch 2.xhtml"}};
    for (std::size_t i = 0; i < toc.size(); ++i) {
        EXPECT_EQ(p.toc()[i].title, std::get<0>(toc[i])) << i;
        EXPECT_EQ(p.toc()[i].level, std::get<1>(toc[i])) << i;
        EXPECT_EQ(p.toc()[i].href, std::get<2>(toc[i])) << i;
    }
    ASSERT_EQ(p.pageList().size(), 3u);
    EXPECT_EQ(p.pageList()[2].title, "iii");
    EXPECT_EQ(p.pageList()[2].href, "OEBPS/text/ch 2.xhtml#p3");
    ASSERT_EQ(p.landmarks().size(), 1u);
    EXPECT_EQ(p.landmarks()[0].type, "bodymatter");
    EXPECT_TRUE(p.warnings().empty()) << p.warnings().front();
}

} // namespace

TEST(EpubReader, Epub3FromZip)
{
    TempDir dir;
    epub3Book().writeZip(dir.file("book.epub"));
    auto p = media::openPublication(dir.file("book.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    expectEpub3(**p);
    auto cover = (*p)->readResource("OEBPS/images/cover.png");
    ASSERT_TRUE(cover);
    EXPECT_EQ(*cover, "not really a png");
}

TEST(EpubReader, Epub3FromFolder)
{
    TempDir dir;
    epub3Book().writeFolder(dir.file("book"));
    auto p = media::openPublication(dir.file("book"));
    ASSERT_TRUE(p) << p.error().describe();
    expectEpub3(**p);
    auto doc = (*p)->text()->document(1);
    ASSERT_TRUE(doc) << doc.error().describe();
    EXPECT_EQ(doc->title, "Chapter Two");
}

TEST(EpubReader, AccessibilityInSentences)
{
    TempDir dir;
    epub3Book().writeZip(dir.file("book.epub"));
    auto p = media::openPublication(dir.file("book.epub"));
    ASSERT_TRUE(p);
    const auto statements = media::describeAccessibility((*p)->metadata().accessibility);
    EXPECT_EQ(
        media::accessibilityLine(statements),
        "Can be read entirely as text, with speech or braille; has a page list; has alternative text for "
        "images; "
        "no flashing hazards; meets the accessibility standard EPUB Accessibility 1.1 - WCAG 2.1 Level AA; "
        "certified by Test Certifier.");
    ASSERT_FALSE(statements.empty());
    EXPECT_EQ(statements.back().code, "summary");
    EXPECT_EQ(statements.back().text, "Fully accessible.");
    EXPECT_EQ(media::describeAccessibility({}).front().code, "no-metadata");
}

TEST(EpubReader, Epub2WithNcx)
{
    EpubFixture book = baseEpub();
    book.add("OEBPS/content.opf", opf("2.0",
                                      R"(<dc:title>Old Style</dc:title>
<dc:creator opf:role="aut" opf:file-as="Writer, Ann">Ann Writer</dc:creator>
<dc:creator opf:role="edt">Ed Itor</dc:creator>
<dc:language>fr</dc:language>
<dc:identifier id="uid" opf:scheme="ISBN">9780000000002</dc:identifier>
<dc:date opf:event="modification">2020-01-01</dc:date>
<dc:date opf:event="publication">1999</dc:date>
<meta name="cover" content="img"/>
<meta name="schema:accessibilityFeature" content="tableOfContents"/>)",
                                      {{"ncx", "toc.ncx", "application/x-dtbncx+xml", "", ""},
                                       {"a", "a.html", "application/xhtml+xml", "", ""},
                                       {"b", "b.html", "application/xhtml+xml", "", ""},
                                       {"img", "cover.jpg", "image/jpeg", "", ""}},
                                      {"a", "b"}, "ncx"));
    book.add("OEBPS/toc.ncx", R"(<?xml version="1.0"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head/><docTitle><text>Old Style</text></docTitle>
<navMap>
 <navPoint id="n1" playOrder="1"><navLabel><text>Part A</text></navLabel><content src="a.html"/>
   <navPoint id="n2" playOrder="2"><navLabel><text>A.1</text></navLabel><content src="a.html#x"/></navPoint>
 </navPoint>
 <navPoint id="n3" playOrder="3"><navLabel><text>Part B</text></navLabel><content src="b.html"/></navPoint>
</navMap>
<pageList><pageTarget id="pg1" type="normal" value="1" playOrder="4"><navLabel><text>1</text></navLabel><content src="a.html#pg1"/></pageTarget>
<pageTarget id="pg2" type="front" value="2" playOrder="5"><navLabel><text>ii</text></navLabel><content src="b.html#pg2"/></pageTarget></pageList>
</ncx>)");
    // EPUB 2 content with an HTML entity from the XHTML DTD, which is never loaded.
    book.add("OEBPS/a.html", R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>A</title></head>
<body><h1>Part&nbsp;A</h1><p id="x">Caf&eacute; &mdash; ok &amp; done.</p></body></html>)");
    book.add("OEBPS/b.html", xhtml("<h1>Part B</h1>"));
    book.add("OEBPS/cover.jpg", "jpeg");
    TempDir dir;
    book.writeZip(dir.file("old.epub"));
    auto p = media::openPublication(dir.file("old.epub"));
    ASSERT_TRUE(p) << p.error().describe();
    const auto& m = (*p)->metadata();
    EXPECT_EQ(m.title, "Old Style");
    ASSERT_EQ(m.authors.size(), 2u);
    EXPECT_EQ(m.authors[0].role, "aut");
    EXPECT_EQ(m.authors[1].name, "Ed Itor");
    EXPECT_EQ(m.authors[1].role, "edt");
    EXPECT_EQ(m.date, "1999");
    EXPECT_EQ(m.coverHref, "OEBPS/cover.jpg");
    EXPECT_EQ(m.accessibility.features, (std::vector<std::string>{"tableOfContents"}));
    ASSERT_EQ((*p)->toc().size(), 3u);
    EXPECT_EQ((*p)->toc()[1].title, "A.1");
    EXPECT_EQ((*p)->toc()[1].level, 2);
    EXPECT_EQ((*p)->toc()[1].href, "OEBPS/a.html#x");
    ASSERT_EQ((*p)->pageList().size(), 2u);
    EXPECT_EQ((*p)->pageList()[1].title, "ii");
    EXPECT_EQ((*p)->pageList()[1].type, "front");
    auto doc = (*p)->text()->document(0);
    ASSERT_TRUE(doc) << doc.error().describe();
    ASSERT_EQ(doc->blocks.size(), 2u);
    EXPECT_EQ(doc->blocks[0].text, "Part A");
    EXPECT_EQ(doc->blocks[1].text, "Café — ok & done.");
}
