// Real-world DAISY 2.02 habits: tag-soup NCCs, legacy encodings, file names in another case.
#include "DaisyFixtures.h"
#include "tingdu/media/DaisyNavigation.h"
#include "tingdu/media/PublicationReader.h"

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

// An NCC as old Windows production tools wrote it: HTML 4, upper-case tags, unquoted
// attributes, unclosed elements, links in upper case.
std::string tagSoupNcc(const std::string& charsetMeta, const std::string& title)
{
    return "<HTML><HEAD>" + charsetMeta + "<TITLE>" + title + "</TITLE>\n<META NAME=dc:title CONTENT=\"" +
           title +
           "\">\n<META NAME=ncc:totalTime CONTENT=\"00:00:16\">\n<META name=\"ncc:narrator\" "
           "content=\"Sine\">\n"
           "</HEAD><BODY>\n<H1 CLASS=title ID=n1><A HREF=\"S1.SMIL#t1\">" +
           title +
           "</A></H1>\n"
           "<SPAN CLASS=\"page-front\"><A HREF=\"S1.SMIL#pg1\">i</A></SPAN>\n"
           "<DIV><H2><A HREF=S2.SMIL#h2>Section 1.1</A></DIV>\n"
           "<SPAN CLASS=page-normal><A HREF=\"s2.smil#pg\">1</A>\n"
           "<H1><A HREF=\"s3.smil#c2\">Chapter 2</A>\n<SPAN CLASS=page-special><A "
           "HREF=\"s3.smil#pgA\">A</A></SPAN>\n"
           "</BODY></HTML>\n";
}

TEST(Daisy202Robustness, TagSoupNccInWindows1252)
{
    const auto dir = test::writeDaisy202("soup-1252");
    // "Café" in windows-1252: é is the single byte 0xE9.
    test::writeFile(
        dir / "ncc.html",
        tagSoupNcc("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\">",
                   "Caf\xE9"));
    auto opened = openPublication(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    const Publication& pub = **opened;
    EXPECT_EQ(pub.metadata().title, "Caf\xC3\xA9"); // UTF-8
    ASSERT_EQ(pub.toc().size(), 3u) << allWarnings(pub);
    EXPECT_EQ(pub.toc()[1].level, 2);
    EXPECT_NEAR(pub.toc()[1].timeSeconds, 5.0, 1e-9); // "S2.SMIL" is s2.smil
    EXPECT_NEAR(pub.toc()[2].timeSeconds, 13.0, 1e-9);
    ASSERT_EQ(pub.pageList().size(), 3u);
    EXPECT_EQ(pub.pageList()[1].type, "normal");
    EXPECT_NEAR(pub.pageList()[2].timeSeconds, 14.5, 1e-9);
    EXPECT_NEAR(pub.metadata().durationSeconds, 16.0, 1e-9);
    EXPECT_EQ(phraseContent(pub)->phrases().size(), 13u); // each SMIL once, whatever case links use
    EXPECT_TRUE(pub.warnings().empty()) << allWarnings(pub);
}

TEST(Daisy202Robustness, TagSoupNccInUtf8WithoutCharset)
{
    const auto dir = test::writeDaisy202("soup-utf8");
    test::writeFile(dir / "ncc.html", tagSoupNcc("", "\xE5\x90\xAC\xE8\xAF\xBB Caf\xC3\xA9"));
    auto opened = openPublication(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    EXPECT_EQ((*opened)->metadata().title, "\xE5\x90\xAC\xE8\xAF\xBB Caf\xC3\xA9");
    EXPECT_EQ((*opened)->metadata().narrators.at(0).name, "Sine");
}

TEST(Daisy202Robustness, UnsafeLinksStayInsideTheBook)
{
    const auto dir = test::writeDaisy202("unsafe");
    std::string ncc = tagSoupNcc("", "Unsafe");
    ncc.replace(ncc.find("s3.smil#c2"), 10, "../../etc/passwd.smil#x");
    test::writeFile(dir / "ncc.html", ncc);
    auto opened = openPublication(dir.string());
    ASSERT_TRUE(opened.ok()) << opened.error().describe();
    EXPECT_LT((*opened)->toc()[2].timeSeconds, 0); // leads nowhere, read nothing outside
    EXPECT_FALSE((*opened)->readResource("../ncc.html").ok());
    EXPECT_TRUE((*opened)->readResource("content.html").ok());
}

} // namespace
} // namespace tingdu::media
