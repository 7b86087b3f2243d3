// tingdu-cli's catalog commands from the outside, against the catalog test server: JSON on
// stdout, exit codes, credentials from TINGDU_CARD / TINGDU_PIN, --ca-file.
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>

#include "CatalogTestServer.h"

using tingdu::testing::CatalogTestServer;
using Poco::JSON::Object;

namespace {

struct Run {
    int code = -1;
    std::string out;
};

Run cli(const std::string& args, bool withCard = true)
{
    std::string env = withCard ? std::string("TINGDU_CARD=") + CatalogTestServer::kCard + " TINGDU_PIN=" + CatalogTestServer::kPin + " "
                               : std::string("TINGDU_CARD= ");
    std::string cmd = env + TINGDU_CLI + std::string(" ") + args + " </dev/null 2>/dev/null";
    Run r;
    FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    const int status = ::pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

Object::Ptr json(const std::string& s) { return Poco::JSON::Parser().parse(s).extract<Object::Ptr>(); }

std::string ca() { return " --ca-file " + CatalogTestServer::caFile(); }

}  // namespace

TEST(CliCatalog, PrintsAFeedAsJson)
{
    CatalogTestServer server;
    auto r = cli("catalog " + server.url("/opds1/all.xml") + " --json" + ca());
    ASSERT_EQ(r.code, 0) << r.out;
    auto o = json(r.out);
    EXPECT_EQ(o->getValue<std::string>("title"), "All books");
    EXPECT_EQ(o->getValue<std::string>("kind"), "acquisition");
    auto entries = o->getArray("entries");
    ASSERT_EQ(entries->size(), 3u);
    auto first = entries->getObject(0);
    EXPECT_EQ(first->getValue<std::string>("title"), "Braille Nights");
    EXPECT_EQ(first->getArray("authors")->getElement<std::string>(0), "Zhou Li");
    EXPECT_EQ(first->getObject("availability")->getValue<std::string>("state"), "available");
    EXPECT_GT(first->getArray("links")->size(), 3u);
    EXPECT_FALSE(o->getValue<std::string>("next").empty());
    EXPECT_FALSE(o->getValue<std::string>("search").empty());
    EXPECT_EQ(o->getArray("facets")->size(), 2u);
}

TEST(CliCatalog, PagesAndSearches)
{
    CatalogTestServer server;
    auto page3 = cli("catalog " + server.url("/opds1/all.xml") + " --page 3 --json" + ca());
    ASSERT_EQ(page3.code, 0);
    EXPECT_EQ(json(page3.out)->getArray("entries")->size(), 1u);  // 7 books, 3 a page
    auto search = cli("catalog " + server.url("/opds2/root.json") + " --search Lanterns --json" + ca());
    ASSERT_EQ(search.code, 0) << search.out;
    auto entries = json(search.out)->getArray("entries");
    ASSERT_EQ(entries->size(), 1u);
    EXPECT_EQ(entries->getObject(0)->getValue<std::string>("title"), "Lanterns");
    EXPECT_EQ(cli("catalog " + server.url("/opds1/all.xml") + " --page 9" + ca()).code, 1);
}

TEST(CliCatalog, WithoutTheCaFileTheServerIsRefused)
{
    CatalogTestServer server;
    EXPECT_EQ(cli("catalog " + server.url("/opds1/root.xml")).code, 1);
    EXPECT_EQ(cli("catalog").code, 2);
    EXPECT_EQ(cli("catalog --bogus x").code, 2);
}

TEST(CliCatalog, BorrowsListsLoansAndReturns)
{
    CatalogTestServer server;
    const std::string book = server.url("/opds1/book/book-7");
    auto borrowed = cli("borrow " + book + " --json" + ca());
    ASSERT_EQ(borrowed.code, 0) << borrowed.out;
    auto b = json(borrowed.out);
    EXPECT_TRUE(b->getValue<bool>("created"));
    EXPECT_EQ(b->getValue<std::string>("fulfil"), server.url("/fulfil/book-7"));
    auto loans = cli("loans " + server.url("/loans") + " --json" + ca());
    ASSERT_EQ(loans.code, 0);
    EXPECT_EQ(json(loans.out)->getArray("entries")->size(), 1u);
    EXPECT_EQ(cli("renew " + book + ca()).code, 0);
    EXPECT_EQ(cli("renew " + book + ca()).code, 1);  // cannot-renew-loan
    EXPECT_EQ(cli("return " + book + ca()).code, 0);
    EXPECT_EQ(cli("hold " + server.url("/opds1/book/book-5") + ca()).code, 0);
    EXPECT_EQ(cli("cancel-hold " + server.url("/opds1/book/book-5") + ca()).code, 0);
    EXPECT_EQ(cli("loans " + server.url("/loans") + ca(), false).code, 1);  // no card, no terminal
}

TEST(CliCatalog, LibrariesNearAndDelivery)
{
    CatalogTestServer server;
    auto libs = cli("libraries " + server.url("/libraries") + " --near 30.2460,120.1480 --json" + ca());
    ASSERT_EQ(libs.code, 0) << libs.out;
    auto list = json(libs.out)->getArray("libraries");
    ASSERT_EQ(list->size(), 4u);
    EXPECT_EQ(list->getObject(0)->getValue<std::string>("id"), "zhejiang");
    EXPECT_EQ(cli("libraries " + server.url("/libraries") + " --near nowhere" + ca()).code, 2);
    auto home = cli("deliver " + server.url("/opds1/book/book-1") + " --home \"Lane 5, Hangzhou\" --json" + ca());
    ASSERT_EQ(home.code, 0) << home.out;
    auto status = json(home.out);
    EXPECT_EQ(status->getValue<std::string>("state"), "requested");
    auto follow = cli("deliver --status " + status->getValue<std::string>("statusUrl") + " --json" + ca());
    ASSERT_EQ(follow.code, 0);
    EXPECT_EQ(json(follow.out)->getValue<std::string>("state"), "preparing");
    EXPECT_EQ(cli("deliver " + server.url("/opds1/book/book-1") + ca()).code, 2);
}
