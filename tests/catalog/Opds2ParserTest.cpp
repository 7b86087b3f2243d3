// OPDS 2.0 parser on feeds written here: navigation, groups, facets, templated search,
// availability properties, indirect acquisition, accessibility, streaming publications, and
// the splitting of a feed into publications (strings, chunk boundaries, broken structure, limits).
#include <gtest/gtest.h>

#include <sstream>

#include "opds/Opds2Splitter.h"
#include "ParserTestStream.h"
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

TEST(Opds2Parser, OnlyTheRootPublicationsAreStreamedWhateverTheStrings)
{
    // A BOM, escaped quotes and backslashes, a "publications" member that is not the root's, and
    // a non-object item (ignored) must not confuse the splitting.
    const std::string json = "\xEF\xBB\xBF" R"({"metadata":{"title":"Tricky \"publications\": [ \\","publications":[1]},)"
                             R"( "publications" : [ {"metadata":{"title":"A \\\"}], \"b"},"links":[]} , 7,)"
                             R"({"metadata":{"title":"B"},"links":[{"rel":"self","href":"/b"}]}],)"
                             R"("groups":[{"metadata":{"title":"G"},"publications":[{"metadata":{"title":"C"}}]}]})";
    std::vector<std::string> streamed;
    std::istringstream in(json);
    auto feed = makeOpds2Parser()->parse(in, "https://x/", [&](Entry&& e) {
        streamed.push_back(e.title);
        return true;
    });
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(streamed, (std::vector<std::string>{"A \\\"}], \"b", "B"}));
    EXPECT_EQ(feed->title, "Tricky \"publications\": [ \\");
    ASSERT_EQ(feed->groups.size(), 1u);
    EXPECT_EQ(feed->groups[0].entries.at(0).title, "C");
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);

    auto kept = parseFeed(json, "application/opds+json", "https://x/");  // the in-memory path
    ASSERT_TRUE(kept.ok()) << kept.error().describe();
    ASSERT_EQ(kept->entries.size(), 2u);
    EXPECT_EQ(kept->entries[1].id, "https://x/b");  // no identifier: the self link
    EXPECT_TRUE(kept->entries[1].links.at(0).rels.empty());  // one relation lives in rel alone
}

TEST(Opds2Parser, SplittingGivesTheSameResultInAnyChunking)
{
    const std::string json = R"({"metadata":{"title":"Q\"u\\o"},"publications":[)" + kPublication + "," + kPublication +
                             R"(],"links":[{"rel":"next","href":"/p2"}]})";
    auto split = [](const std::string& text, std::size_t chunk) {
        std::vector<std::string> items;
        opds2::Splitter s([&](std::string_view item) { return items.emplace_back(item), true; }, 1u << 20, 1u << 20);
        for (std::size_t i = 0; i < text.size(); i += chunk) s.feed(std::string_view(text).substr(i, chunk));
        EXPECT_TRUE(s.finish()) << s.why();
        items.push_back(s.skeleton());
        return items;
    };
    const auto whole = split(json, json.size());
    ASSERT_EQ(whole.size(), 3u);
    EXPECT_EQ(whole[0], kPublication);
    EXPECT_EQ(whole[2], R"({"metadata":{"title":"Q\"u\\o"},"publications":[],"links":[{"rel":"next","href":"/p2"}]})");
    for (std::size_t chunk : {1u, 2u, 3u, 7u, 64u}) EXPECT_EQ(split(json, chunk), whole) << "chunks of " << chunk;
}

TEST(Opds2Parser, BrokenStructureAndLimitsAreRefused)
{
    auto code = [](const std::string& json) { return parse(json).ok() ? ErrorCode::Internal : parse(json).error().code; };
    const std::string pub = R"({"metadata":{"title":"x"}})";
    EXPECT_EQ(code(R"({"metadata":{},"publications":[)" + pub + ",]}"), ErrorCode::MalformedBody);       // trailing comma
    EXPECT_EQ(code(R"({"metadata":{},"publications":[,)" + pub + "]}"), ErrorCode::MalformedBody);       // empty item
    EXPECT_EQ(code(R"({"metadata":{},"publications":[)" + pub + " " + pub + "]}"), ErrorCode::MalformedBody);  // no comma
    EXPECT_EQ(code(R"({"metadata":{},"publications":[{"metadata":{"title":"x"]]})"), ErrorCode::MalformedBody);
    EXPECT_EQ(code(R"({"metadata":{},"publications":[{"metadata":{"title":"x)"), ErrorCode::MalformedBody);  // ends early
    EXPECT_EQ(code(R"({"metadata":{},"publications":[{"metadata":{"title":"bad )" "\xFF" R"("}}]})"),
              ErrorCode::MalformedBody);  // not UTF-8
    EXPECT_EQ(code(R"({"metadata":{},"publications":[]} {})"), ErrorCode::MalformedBody);  // two documents
    EXPECT_EQ(code(std::string(300, '[') + std::string(300, ']')), ErrorCode::MalformedBody);
    EXPECT_EQ(code("  "), ErrorCode::MalformedBody);
    auto notArray = parse(R"({"metadata":{"title":"x"},"publications":{"a":1}})");  // read as an unknown shape
    ASSERT_TRUE(notArray.ok()) << notArray.error().describe();
    EXPECT_TRUE(notArray->entries.empty());

    ParseLimits tight;
    tight.maxObjectBytes = 100;
    std::istringstream big(R"({"metadata":{},"publications":[{"metadata":{"title":")" + std::string(200, 'x') + R"("}}]})");
    EXPECT_EQ(makeOpds2Parser()->parse(big, "", {}, tight).error().code, ErrorCode::TooLarge);
    tight = ParseLimits{};
    tight.maxEntries = 1;
    std::istringstream two(R"({"metadata":{},"publications":[)" + pub + "," + pub + "]}");
    EXPECT_EQ(makeOpds2Parser()->parse(two, "", {}, tight).error().code, ErrorCode::TooLarge);
}

TEST(Opds2Parser, AHugeFeedStreamsInBoundedMemory)
{
    // 40,000 publications (~25 MB) made while being read; the parser may hold one at a time.
    tingdu::testing::GeneratedFeed source(
        R"({"metadata":{"title":"Huge"},"publications":[)",
        [](int i) {
            return std::string(i ? "," : "") + R"({"metadata":{"identifier":"urn:x:)" + std::to_string(i) +
                   R"(","title":"T","description":")" + std::string(500, 'd') +
                   R"("},"links":[{"rel":"http://opds-spec.org/acquisition/open-access","href":"/b.epub"}]})";
        },
        40000, R"(],"links":[{"rel":"next","href":"/p2"}]})");
    std::istream in(&source);
    if (tingdu::testing::kAddressSanitized) GTEST_SKIP() << tingdu::testing::kNoRssBoundUnderAsan;
    if (!tingdu::testing::resetPeakRss()) GTEST_SKIP() << "cannot reset the peak RSS (/proc/self/clear_refs)";
    const long before = tingdu::testing::statusKb("VmRSS");
    std::size_t seen = 0;
    auto feed = makeOpds2Parser()->parse(in, "https://x/", [&](Entry&& e) { return ++seen, !e.id.empty(); });
    const long added = tingdu::testing::statusKb("VmHWM") - before;
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(seen, 40000u);
    EXPECT_EQ(feed->next(), "https://x/p2");
    EXPECT_GT(source.produced(), 20u << 20);
    EXPECT_LT(added, 8 * 1024) << "kB added while streaming " << source.produced() << " bytes";
}
