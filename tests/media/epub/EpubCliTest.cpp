// tingdu-cli info --json and text on a book made here: what scripts and library staff see.
#include "EpubFixture.h"

#include <cstdio>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace tingdu::test;

namespace {

struct Output {
    int status = -1;
    std::string out;
};

Output runCli(const std::string& args)
{
    Output result;
    const std::string command = std::string("'") + TINGDU_CLI + "' " + args + " 2>/dev/null";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe)
        return result;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;)
        result.out.append(buffer, n);
    const int status = pclose(pipe);
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string makeBook(const TempDir& dir)
{
    EpubFixture book = baseEpub();
    book.add("OEBPS/content.opf",
             opf("3.0",
                 R"(<dc:title>命令行</dc:title><dc:creator>Li Si</dc:creator><dc:language>zh-CN</dc:language>
<meta property="schema:accessibilityFeature">printPageNumbers</meta>
<meta property="schema:accessibilityFeature">alternativeText</meta>
<meta property="schema:accessibilityHazard">none</meta>)",
                 {{"nav", "nav.xhtml", "application/xhtml+xml", "nav", ""},
                  {"a", "a.xhtml", "application/xhtml+xml", "", ""},
                  {"b", "b.xhtml", "application/xhtml+xml", "", ""}},
                 {"a", "b"}));
    book.add(
        "OEBPS/nav.xhtml",
        xhtml(
            R"(<nav epub:type="toc"><ol><li><a href="a.xhtml">第一章</a><ol><li><a href="a.xhtml#s">小节</a></li></ol></li>
<li><a href="b.xhtml">第二章</a></li></ol></nav><nav epub:type="page-list"><ol><li><a href="b.xhtml#p12">12</a></li></ol></nav>)",
            "zh-CN"));
    book.add(
        "OEBPS/a.xhtml",
        xhtml("<h1>第一章</h1><p>你好，\n世界。</p><h2 id=\"s\">小节</h2><ul><li>一</li></ul>", "zh-CN"));
    book.add(
        "OEBPS/b.xhtml",
        xhtml(
            R"(<h1>第二章</h1><span epub:type="pagebreak" id="p12" title="12"/><p>再见。</p><img src="x.png" alt="一只猫"/>)",
            "zh-CN"));
    const std::string path = dir.file("cli.epub");
    book.writeZip(path);
    return path;
}

} // namespace

TEST(EpubCli, InfoJson)
{
    TempDir dir;
    const std::string book = makeBook(dir);
    const Output info = runCli("info '" + book + "' --json");
    ASSERT_EQ(info.status, 0);
    const auto json = nlohmann::json::parse(info.out);
    EXPECT_EQ(json["format"], "epub");
    EXPECT_EQ(json["title"], "命令行");
    EXPECT_EQ(json["authors"], nlohmann::json::array({"Li Si"}));
    EXPECT_EQ(json["language"], "zh-CN");
    ASSERT_EQ(json["toc"].size(), 3u);
    EXPECT_EQ(json["toc"][1]["title"], "小节");
    EXPECT_EQ(json["toc"][1]["level"], 2);
    EXPECT_EQ(json["toc"][1]["href"], "OEBPS/a.xhtml#s");
    ASSERT_EQ(json["pageList"].size(), 1u);
    EXPECT_EQ(json["pageList"][0]["label"], "12");
    EXPECT_EQ(json["pageList"][0]["href"], "OEBPS/b.xhtml#p12");
    ASSERT_EQ(json["readingOrder"].size(), 2u);
    EXPECT_EQ(json["readingOrder"][1]["href"], "OEBPS/b.xhtml");
    EXPECT_EQ(json["accessibility"]["description"],
              "Has a page list; has alternative text for images; no flashing, motion or sound hazards.");
    EXPECT_EQ(json["accessibility"]["statements"][0]["code"], "page-list");
}

TEST(EpubCli, TextInReadingOrderWithHeadingsAndPages)
{
    TempDir dir;
    const std::string book = makeBook(dir);
    const Output all = runCli("text '" + book + "'");
    ASSERT_EQ(all.status, 0);
    EXPECT_EQ(all.out,
              "# 第一章\n你好，世界。\n## 小节\n- 一\n\n# 第二章\n[page 12]\n再见。\n[image: 一只猫]\n\n");
    const Output second = runCli("text '" + book + "' --chapter 2");
    ASSERT_EQ(second.status, 0);
    EXPECT_EQ(second.out, "# 第二章\n[page 12]\n再见。\n[image: 一只猫]\n\n");
    EXPECT_EQ(runCli("text '" + book + "' --chapter 3").status, 1);
    EXPECT_EQ(runCli("text '" + book + "' --chapter x").status, 2);
    EXPECT_EQ(runCli("text '" + dir.file("missing.epub") + "'").status, 1);
}
