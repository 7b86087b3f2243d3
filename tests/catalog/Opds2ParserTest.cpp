// OPDS 2.0 parser on feeds written here: navigation, groups, facets, templated search,
// availability properties, indirect acquisition, accessibility, and streaming publications.
#include <gtest/gtest.h>

#include <sstream>

#include "tingdu/catalog/FeedParser.h"

using namespace tingdu::catalog;

namespace {

Result<Feed> parse(const std::string& json)
{
    std::istringstream in(json);
    return makeOpds2Parser()->parse(in, "https://lib.example/opds2/home.json");
}

const std::string kPublication = R"({"metadata":{"title":{"en":"Moby-Dick","zh":"白鲸"},"identifier":"urn:isbn:1",
 "author":[{"name":"Herman Melville","links":[{"href":"/authors/melville"}]},"Anon"],"language":["en","zh"],
 "publisher":{"name":"Tingdu Press"},"description":"A whale.","subject":["Sea",{"name":"Whales"}],
 "accessibility":{"conformsTo":"http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa","accessMode":["textual"],
  "accessModeSufficient":[["textual"],"auditory"],"feature":["tableOfContents","readingOrder"],"hazard":["none"],"summary":"Accessible."}},
 "links":[{"rel":["http://opds-spec.org/acquisition/borrow","self"],"href":"/borrow/1","type":"application/opds-publication+json",
  "properties":{"availability":{"state":"reserved","since":"2026-01-01","until":"2026-02-01"},"holds":{"total":3,"position":2},
  "copies":{"total":1,"available":0},"price":{"value":0,"currency":"CNY"},
  "indirectAcquisition":[{"type":"application/vnd.readium.lcp.license.v1.0+json","child":[{"type":"application/epub+zip"}]}]}},
  {"rel":"http://opds-spec.org/acquisition/sample","href":"/sample/1","type":"application/epub+zip"}],
 "images":[{"href":"/cover/1.jpg","type":"image/jpeg","width":300}]})";

}  // namespace

TEST(Opds2Parser, PublicationWithEverything)
{
    auto feed = parse(R"({"metadata":{"title":"Home","numberOfItems":1},"publications":[)" + kPublication + "]}");
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);
    ASSERT_EQ(feed->entries.size(), 1u);
    const Entry& e = feed->entries[0];
    EXPECT_EQ(e.title, "Moby-Dick");
    EXPECT_EQ(e.id, "urn:isbn:1");
    ASSERT_EQ(e.authors.size(), 2u);
    EXPECT_EQ(e.authors[0].href, "https://lib.example/authors/melville");
    EXPECT_EQ(e.language, "en");
    EXPECT_EQ(e.publisher, "Tingdu Press");
    EXPECT_EQ(e.subjects, (std::vector<std::string>{"Sea", "Whales"}));
    EXPECT_EQ(e.accessibility.conformsTo.size(), 1u);
    EXPECT_EQ(e.accessibility.accessModesSufficient, (std::vector<std::string>{"textual", "auditory"}));
    EXPECT_EQ(e.accessibility.features.size(), 2u);
    EXPECT_EQ(e.accessibility.summary, "Accessible.");
    ASSERT_EQ(e.acquisitions().size(), 2u);
    const Link& borrow = *e.acquisitions()[0];
    EXPECT_EQ(borrow.acquisitionKind(), AcquisitionKind::Borrow);
    EXPECT_TRUE(borrow.hasRel("self"));
    EXPECT_EQ(borrow.href, "https://lib.example/borrow/1");
    EXPECT_EQ(borrow.availability.state, Availability::State::Reserved);
    EXPECT_EQ(borrow.availability.until, "2026-02-01");
    EXPECT_EQ(borrow.availability.holdPosition, 2);
    EXPECT_EQ(borrow.availability.copiesAvailable, 0);
    ASSERT_TRUE(borrow.price.has_value());
    EXPECT_EQ(borrow.price->currency, "CNY");
    ASSERT_EQ(borrow.indirect.size(), 1u);
    EXPECT_EQ(borrow.indirect[0].children.at(0).type, "application/epub+zip");
    EXPECT_EQ(e.acquisitions()[1]->acquisitionKind(), AcquisitionKind::Sample);
    ASSERT_EQ(e.images.size(), 1u);
    EXPECT_EQ(e.images[0].href, "https://lib.example/cover/1.jpg");
}

TEST(Opds2Parser, NavigationGroupsFacetsPaginationAndSearch)
{
    const std::string json =
        R"({"metadata":{"title":"Home"},"links":[{"rel":"self","href":"/opds2/home.json"},{"rel":"next","href":"?page=2"},)"
        R"({"rel":"previous","href":"?page=0"},{"rel":"first","href":"?page=0"},{"rel":"last","href":"?page=9"},)"
        R"({"rel":"search","href":"/search{?query}","templated":true,"type":"application/opds+json"}],)"
        R"("navigation":[{"href":"/new","title":"New","type":"application/opds+json","properties":{"numberOfItems":12}}],)"
        R"("facets":[{"metadata":{"title":"Language"},"links":[{"href":"?l=en","title":"English"},{"rel":"self","href":"?l=zh","title":"中文"}]}],)"
        R"("groups":[{"metadata":{"title":"Featured"},"links":[{"rel":"self","href":"/featured"}],"publications":[)" + kPublication +
        R"(]},{"metadata":{"title":"Browse"},"navigation":[{"href":"/a","title":"A"},{"href":"/b","title":"B"}]}]})";
    auto feed = parse(json);
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(feed->next(), "https://lib.example/opds2/home.json?page=2");
    EXPECT_FALSE(feed->previous().empty());
    EXPECT_FALSE(feed->first().empty());
    EXPECT_EQ(feed->last(), "https://lib.example/opds2/home.json?page=9");
    ASSERT_NE(feed->search(), nullptr);
    EXPECT_EQ(feed->search()->href, "https://lib.example/search{?query}");
    EXPECT_EQ(expandSearchTemplate(feed->search()->href, "whale"), "https://lib.example/search?query=whale");
    ASSERT_EQ(feed->navigation.size(), 1u);
    EXPECT_EQ(feed->navigation[0].count, 12);
    ASSERT_EQ(feed->facetGroups.size(), 1u);
    EXPECT_EQ(feed->facetGroups[0].active()->title, "中文");
    ASSERT_EQ(feed->groups.size(), 2u);
    EXPECT_EQ(feed->groups[0].href, "https://lib.example/featured");
    EXPECT_EQ(feed->groups[0].entries.size(), 1u);
    EXPECT_EQ(feed->groups[1].navigation.size(), 2u);
    EXPECT_EQ(feed->entryCount(), 1u);
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);
}

TEST(Opds2Parser, StreamsPublicationsToASink)
{
    std::string json = R"({"metadata":{"title":"Big"},"publications":[)";
    for (int i = 0; i < 1000; ++i)
        json += std::string(i ? "," : "") + R"({"metadata":{"title":"T)" + std::to_string(i) + R"("},"links":[]})";
    json += R"(],"links":[{"rel":"next","href":"/p2"}]})";
    std::istringstream in(json);
    int seen = 0;
    auto feed = makeOpds2Parser()->parse(in, "https://x/", [&](Entry&& e) {
        EXPECT_EQ(e.title, "T" + std::to_string(seen++));
        return true;
    });
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(seen, 1000);
    EXPECT_TRUE(feed->entries.empty());
    EXPECT_EQ(feed->next(), "https://x/p2");  // metadata after the publications is still read
}

TEST(Opds2Parser, RefusesBrokenJsonAndNonFeeds)
{
    EXPECT_EQ(parse("{").error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parse("[1,2]").error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parse(R"({"title":"no metadata"})").error().code, ErrorCode::MalformedBody);
    auto viaSniff = parseFeed(R"(  {"metadata":{"title":"x"}})", "", "");
    ASSERT_TRUE(viaSniff.ok());
    EXPECT_EQ(viaSniff->format, Feed::Format::Opds2);
    EXPECT_EQ(viaSniff->kind, Feed::Kind::Navigation);
    EXPECT_EQ(parseFeed("hello", "text/plain", "").error().code, ErrorCode::MalformedBody);
}
