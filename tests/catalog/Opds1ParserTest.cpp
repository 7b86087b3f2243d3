// OPDS 1.2 parser on feeds written here: every acquisition relation, nested indirect acquisition,
// facets, groups, OpenSearch, the "state" attribute, XML attacks and bounded streaming.
#include <gtest/gtest.h>

#include <sstream>

#include "ParserTestStream.h"
#include "tingdu/catalog/FeedParser.h"

using namespace tingdu::catalog;

namespace {

const std::string kHead = R"(<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opds="http://opds-spec.org/2010/catalog" )"
                          R"(xmlns:thr="http://purl.org/syndication/thread/1.0" xmlns:schema="http://schema.org/">)"
                          "<id>t</id><title>Test</title><updated>2026-01-01T00:00:00Z</updated>";

std::string entry(const std::string& id, const std::string& links)
{
    return "<entry><id>" + id + "</id><title>" + id + "</title><updated>2026-01-01T00:00:00Z</updated>" + links + "</entry>";
}

Result<Feed> parse(const std::string& xml, const std::string& base = "https://lib.example/opds/feed.xml")
{
    std::istringstream in(xml);
    return makeOpds1Parser()->parse(in, base);
}

}  // namespace

TEST(Opds1Parser, EveryAcquisitionRelation)
{
    std::string links;
    for (const char* rel : {"", "/open-access", "/borrow", "/buy", "/sample", "/subscribe"})
        links += std::string("<link rel=\"http://opds-spec.org/acquisition") + rel + "\" href=\"a" + rel + "\" type=\"application/epub+zip\"/>";
    links += "<link rel=\"preview\" href=\"p\" type=\"application/epub+zip\"/>";
    auto feed = parse(kHead + entry("e1", links) + "</feed>");
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    ASSERT_EQ(feed->entries.size(), 1u);
    const auto acq = feed->entries[0].acquisitions();
    ASSERT_EQ(acq.size(), 7u);
    const AcquisitionKind expected[] = {AcquisitionKind::Generic, AcquisitionKind::OpenAccess, AcquisitionKind::Borrow,
                                        AcquisitionKind::Buy,     AcquisitionKind::Sample,     AcquisitionKind::Subscribe,
                                        AcquisitionKind::Sample};
    for (std::size_t i = 0; i < acq.size(); ++i) EXPECT_EQ(acq[i]->acquisitionKind(), expected[i]) << i;
    EXPECT_EQ(acq[1]->href, "https://lib.example/opds/a/open-access");  // resolved
}

TEST(Opds1Parser, NestedIndirectAcquisitionPriceAndStateAttribute)
{
    const std::string links =
        R"(<link rel="http://opds-spec.org/acquisition/buy" href="/buy" type="text/html">)"
        R"(<opds:price currencycode="CNY">12.50</opds:price>)"
        R"(<opds:indirectAcquisition type="application/vnd.adobe.adept+xml"><opds:indirectAcquisition type="application/epub+zip"/>)"
        R"(<opds:indirectAcquisition type="application/pdf"/></opds:indirectAcquisition>)"
        R"(<opds:availability state="unavailable"/><opds:holds total="4" position="2"/><opds:copies total="2" available="0"/></link>)";
    auto feed = parse(kHead + entry("e", links) + "</feed>");
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    const Link& l = *feed->entries.at(0).acquisitions().at(0);
    ASSERT_TRUE(l.price.has_value());
    EXPECT_DOUBLE_EQ(l.price->value, 12.5);
    EXPECT_EQ(l.price->currency, "CNY");
    ASSERT_EQ(l.indirect.size(), 1u);
    ASSERT_EQ(l.indirect[0].children.size(), 2u);
    EXPECT_EQ(l.indirect[0].children[1].type, "application/pdf");
    EXPECT_EQ(l.availability.state, Availability::State::Unavailable);  // from the older "state" attribute
    EXPECT_EQ(l.availability.holdsTotal, 4);
    EXPECT_EQ(l.availability.holdPosition, 2);
    EXPECT_EQ(l.availability.copiesAvailable, 0);
}

TEST(Opds1Parser, NavigationGroupsFacetsAndCounts)
{
    const std::string xml =
        kHead +
        R"(<link rel="http://opds-spec.org/facet" href="?s=a" title="Author" opds:facetGroup="Sort" thr:count="12"/>)"
        R"(<link rel="http://opds-spec.org/facet" href="?s=t" title="Title" opds:facetGroup="Sort" opds:activeFacet="true"/>)"
        R"(<link rel="http://opds-spec.org/facet" href="?l=zh" title="Chinese" opds:facetGroup="Language"/>)"
        R"(<link rel="next" href="?page=2"/><link rel="search" type="application/opensearchdescription+xml" href="/search.xml"/>)" +
        entry("nav", R"(<link rel="subsection" type="application/atom+xml;profile=opds-catalog;kind=acquisition" href="/new"/>)") +
        entry("b1", R"(<link rel="collection" href="/lane/1" title="Poetry"/><link rel="http://opds-spec.org/acquisition" href="/1"/>)") +
        entry("b2", R"(<link rel="collection" href="/lane/2" title="History"/><link rel="http://opds-spec.org/acquisition" href="/2"/>)") +
        entry("b3", R"(<link rel="collection" href="/lane/1" title="Poetry"/><link rel="http://opds-spec.org/acquisition" href="/3"/>)") +
        "</feed>";
    auto feed = parse(xml);
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);
    ASSERT_EQ(feed->navigation.size(), 1u);
    EXPECT_EQ(feed->navigation[0].title, "nav");
    ASSERT_EQ(feed->groups.size(), 2u);
    EXPECT_EQ(feed->groups[0].title, "Poetry");
    EXPECT_EQ(feed->groups[0].entries.size(), 2u);
    EXPECT_EQ(feed->groups[1].entries.size(), 1u);
    ASSERT_EQ(feed->facetGroups.size(), 2u);
    EXPECT_EQ(feed->facetGroups[0].facets[0].count, 12);
    EXPECT_EQ(feed->facetGroups[0].active()->title, "Title");
    EXPECT_EQ(feed->facetGroups[1].active(), nullptr);
    EXPECT_EQ(feed->next(), "https://lib.example/opds/feed.xml?page=2");
    EXPECT_EQ(feed->search()->href, "https://lib.example/search.xml");
}

TEST(Opds1Parser, ContentSummaryAuthorsAndAccessibility)
{
    const std::string links = R"(<link rel="http://opds-spec.org/acquisition/open-access" href="/b.epub" type="application/epub+zip"/>)";
    const std::string xml = kHead +
                            "<entry><id>x</id><title>T</title><author><name>A One</name><uri>/a/1</uri></author>"
                            "<author><name>A Two</name></author><summary>Short &amp; sweet</summary>"
                            "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Long</p> <p>text</p></div></content>"
                            "<schema:accessMode>auditory</schema:accessMode><schema:accessibilityFeature>synchronizedAudioText</schema:accessibilityFeature>"
                            "<schema:accessibilityHazard>none</schema:accessibilityHazard><schema:accessibilitySummary>Narrated.</schema:accessibilitySummary>"
                            "<category term=\"fic\" label=\"Fiction\"/>" + links + "</entry></feed>";
    auto feed = parse(xml);
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    const Entry& e = feed->entries.at(0);
    ASSERT_EQ(e.authors.size(), 2u);
    EXPECT_EQ(e.authors[0].href, "https://lib.example/a/1");
    EXPECT_EQ(e.summary, "Short & sweet");
    EXPECT_EQ(e.content, "Long text");
    EXPECT_EQ(e.subjects, std::vector<std::string>{"Fiction"});
    EXPECT_EQ(e.accessibility.accessModes, std::vector<std::string>{"auditory"});
    EXPECT_EQ(e.accessibility.summary, "Narrated.");
    EXPECT_EQ(e.availability().state, Availability::State::OpenAccess);
}

TEST(Opds1Parser, ExternalEntitiesAndDtdsAreNotLoaded)
{
    const std::string xxe = R"(<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/hostname">]>)"
                            R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>a&x;b</title></feed>)";
    auto feed = parse(xxe);
    if (feed.ok()) {
        EXPECT_EQ(feed->title, "ab");  // the external entity was skipped, not fetched
    } else {
        EXPECT_EQ(feed.error().code, ErrorCode::MalformedBody);
    }
    const std::string dtd = R"(<?xml version="1.0"?><!DOCTYPE feed SYSTEM "https://evil.example/x.dtd">)"
                            R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>ok</title></feed>)";
    auto withDtd = parse(dtd);
    ASSERT_TRUE(withDtd.ok()) << withDtd.error().describe();
    EXPECT_EQ(withDtd->title, "ok");
}

TEST(Opds1Parser, EntityExpansionBombIsRefused)
{
    std::string bomb = "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY a \"" + std::string(50, 'a') + "\">";
    for (char c = 'b'; c <= 'k'; ++c) {  // each entity is ten of the previous: 10^10 × 50 bytes
        std::string refs;
        for (int i = 0; i < 10; ++i) refs += std::string("&") + static_cast<char>(c - 1) + ";";
        bomb += std::string("<!ENTITY ") + c + " \"" + refs + "\">";
    }
    bomb += R"(]><feed xmlns="http://www.w3.org/2005/Atom"><title>&k;</title></feed>)";
    auto feed = parse(bomb);
    EXPECT_FALSE(feed.ok());  // expat's amplification limit or our text bound, either way refused
}

TEST(Opds1Parser, StreamsEntriesToASinkWithoutKeepingThem)
{
    std::string xml = kHead;
    for (int i = 0; i < 2000; ++i) xml += entry("e" + std::to_string(i), R"(<link rel="http://opds-spec.org/acquisition" href="/x"/>)");
    xml += "</feed>";
    std::istringstream in(xml);
    std::size_t seen = 0;
    auto feed = makeOpds1Parser()->parse(in, {}, [&](Entry&& e) {
        EXPECT_EQ(e.id, "e" + std::to_string(seen));
        ++seen;
        return true;
    });
    ASSERT_TRUE(feed.ok());
    EXPECT_EQ(seen, 2000u);
    EXPECT_TRUE(feed->entries.empty());
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);
    std::istringstream again(xml);
    std::size_t stopAt = 0;
    auto stopped = makeOpds1Parser()->parse(again, {}, [&](Entry&&) { return ++stopAt < 10; });
    ASSERT_TRUE(stopped.ok());
    EXPECT_EQ(stopAt, 10u);
}

TEST(Opds1Parser, RefusesWhatIsNotAtom)
{
    EXPECT_EQ(parse("").error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parse("<html><body/></html>").error().code, ErrorCode::MalformedBody);
    EXPECT_EQ(parse(kHead + "<entry>").error().code, ErrorCode::MalformedBody);
    ParseLimits tight;
    tight.maxTextBytes = 10;
    std::istringstream in(kHead + "<subtitle>" + std::string(100, 'x') + "</subtitle></feed>");
    EXPECT_EQ(makeOpds1Parser()->parse(in, {}, {}, tight).error().code, ErrorCode::TooLarge);
}

TEST(OpenSearch, TemplateAndExpansion)
{
    auto tpl = parseOpenSearchTemplate(
        R"(<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/"><Url type="text/html" template="/html?q={searchTerms}"/>)"
        R"(<Url type="application/atom+xml;profile=opds-catalog" template="/s?q={searchTerms}&amp;p={startPage?}"/></OpenSearchDescription>)",
        "https://lib.example/opds/search.xml");
    ASSERT_TRUE(tpl.ok()) << tpl.error().describe();
    EXPECT_EQ(*tpl, "https://lib.example/s?q={searchTerms}&p={startPage?}");
    EXPECT_EQ(expandSearchTemplate(*tpl, "红楼 梦&x"), "https://lib.example/s?q=%E7%BA%A2%E6%A5%BC%20%E6%A2%A6%26x&p=");
    EXPECT_EQ(expandSearchTemplate("https://x/search{?query}", "a b"), "https://x/search?query=a%20b");
    EXPECT_EQ(expandSearchTemplate("https://x/search?lang=zh{&query}", "c"), "https://x/search?lang=zh&query=c");
    EXPECT_FALSE(parseOpenSearchTemplate("<OpenSearchDescription/>", "").ok());
}

TEST(Opds1Parser, AuthorLinksAndImagesGoWhereTheyBelong)
{
    // Palace links an author to their other books inside <author>; covers are images, once.
    const std::string xml =
        kHead +
        "<entry><id>x</id><title>T</title><author><name>Zhou Li</name>"
        R"(<link rel="contributor" type="application/atom+xml;profile=opds-catalog" href="/contributors/zhou"/></author>)"
        R"(<link rel="http://opds-spec.org/image" type="image/jpeg" href="/c/x.jpg"/>)"
        R"(<link rel="http://opds-spec.org/image/thumbnail" type="image/jpeg" href="/t/x.jpg"/>)"
        R"(<link rel="http://opds-spec.org/acquisition/open-access" href="/b.epub" type="application/epub+zip"/>)"
        "</entry></feed>";
    auto feed = parse(xml);
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    const Entry& e = feed->entries.at(0);
    ASSERT_EQ(e.authors.size(), 1u);
    EXPECT_EQ(e.authors[0].href, "https://lib.example/contributors/zhou");
    ASSERT_EQ(e.images.size(), 2u);
    EXPECT_EQ(e.images[1].href, "https://lib.example/t/x.jpg");
    ASSERT_EQ(e.links.size(), 1u);  // the acquisition; neither the author's link nor the images
    EXPECT_EQ(e.links[0].acquisitionKind(), AcquisitionKind::OpenAccess);
    EXPECT_EQ(e.links.capacity(), e.links.size());  // kept entries carry no growth slack
}

TEST(Opds1Parser, AHugeFeedStreamsInBoundedMemory)
{
    // 40,000 entries (~25 MB) made while being read; the parser may hold one at a time.
    tingdu::testing::GeneratedFeed source(
        kHead,
        [](int i) {
            return entry("urn:x:" + std::to_string(i),
                         "<summary>" + std::string(500, 's') +
                             R"(</summary><link rel="http://opds-spec.org/acquisition/open-access" href="/b.epub"/>)");
        },
        40000, R"(<link rel="next" href="/p2"/></feed>)");
    std::istream in(&source);
    if (tingdu::testing::kAddressSanitized) GTEST_SKIP() << tingdu::testing::kNoRssBoundUnderAsan;
    if (!tingdu::testing::resetPeakRss()) GTEST_SKIP() << "cannot reset the peak RSS (/proc/self/clear_refs)";
    const long before = tingdu::testing::statusKb("VmRSS");
    std::size_t seen = 0;
    auto feed = makeOpds1Parser()->parse(in, "https://x/", [&](Entry&& e) { return ++seen, !e.id.empty(); });
    const long added = tingdu::testing::statusKb("VmHWM") - before;
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(seen, 40000u);
    EXPECT_EQ(feed->next(), "https://x/p2");
    EXPECT_GT(source.produced(), 20u << 20);
    EXPECT_LT(added, 8 * 1024) << "kB added while streaming " << source.produced() << " bytes";
}
