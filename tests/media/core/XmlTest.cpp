// XML from publications never reaches the network, never expands entities, stays bounded.
#include "core/Xml.h"

#include <gtest/gtest.h>

using namespace tingdu::media;

TEST(Xml, ParsesAndReadsText)
{
    auto doc = xml::parseXml(R"(<a xmlns="urn:x" xml:lang="zh"><b id="1">你好 <i>世界</i></b><b/></a>)", "t.xml");
    ASSERT_TRUE(doc.ok());
    auto* root = xml::root(*doc);
    EXPECT_TRUE(xml::isElement(root, "a"));
    auto bs = xml::children(root, "b");
    ASSERT_EQ(bs.size(), 2u);
    EXPECT_EQ(xml::attribute(bs[0], "id"), "1");
    EXPECT_EQ(xml::text(bs[0]), "你好 世界");
    EXPECT_EQ(xml::attribute(root, "lang"), "zh");
    EXPECT_EQ(xml::collapseWhitespace("  a \n\t b  "), "a b");
    EXPECT_EQ(xml::descendants(root, "i").size(), 1u);
}

TEST(Xml, RefusesExternalEntities)
{
    const char* xxe = R"(<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>)";
    auto doc = xml::parseXml(xxe, "xxe.xml");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::UnsafeContent);
}

TEST(Xml, RefusesEntityExpansionBombs)
{
    std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">";
    for (int i = 1; i < 10; ++i)
        bomb += "<!ENTITY lol" + std::to_string(i) + " \"" + std::string(10, '&') + "\">";
    bomb += "]><lolz>&lol9;</lolz>";
    auto doc = xml::parseXml(bomb, "bomb.xml");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.error().code, ErrorCode::UnsafeContent);
}

TEST(Xml, ExternalDtdIsNotFetched)
{
    // XHTML 1.1 books name a remote DTD; it must be neither loaded nor needed.
    auto doc = xml::parseXml(R"(<?xml version="1.0"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text&nbsp;here</p></body></html>)", "x.xhtml");
    ASSERT_TRUE(doc.ok());
    EXPECT_FALSE(xml::text(xml::root(*doc)).empty());
}

TEST(Xml, MalformedIsRecoveredOrRefused)
{
    auto recovered = xml::parseXml("<a><b>one</b><b>two</a>", "broken.xml");
    ASSERT_TRUE(recovered.ok());
    EXPECT_NE(xml::text(xml::root(*recovered)).find("one"), std::string::npos);
    auto refused = xml::parseXml("no xml here at all", "text.xml");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Corrupt);
    xml::Options small;
    small.maxBytes = 10;
    EXPECT_EQ(xml::parseXml("<a>0123456789</a>", "big.xml", small).error().code, ErrorCode::TooLarge);
}

TEST(Xml, HtmlTagSoup)
{
    auto doc = xml::parseHtml("<html><body><h1 class=title>Title<p>para<br>next</body>", "ncc.html");
    ASSERT_TRUE(doc.ok());
    EXPECT_EQ(xml::descendants(xml::root(*doc), "h1").size(), 1u);
}
