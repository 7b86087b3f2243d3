// Interop: the real-world OPDS corpus (Palace, Readium) parses with the counts read from the files.
// Expected numbers were derived by reading each file (entries with acquisition links, collection
// lanes, facet links, availability statuses); skipped when the corpus is absent.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tingdu/catalog/AuthDocument.h"
#include "tingdu/catalog/FeedParser.h"

using namespace tingdu::catalog;
namespace fs = std::filesystem;

namespace {

fs::path corpus()
{
    if (const char* env = std::getenv("TINGDU_CORPUS_DIR")) return fs::path(env) / "opds";
    return fs::path(TINGDU_CORPUS_DIR) / "opds";
}

std::string slurp(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

#define REQUIRE_CORPUS()                                                                 \
    if (!fs::exists(corpus())) GTEST_SKIP() << "OPDS corpus not found at " << corpus(); \
    static_assert(true)

Result<Feed> load(const std::string& rel)
{
    return parseFeed(slurp(corpus() / rel), "", "https://example.org/" + rel);
}

struct Expect {
    const char* file;
    Feed::Kind kind;
    std::size_t ungrouped;   // publications outside lanes
    std::size_t grouped;     // publications in lanes
    std::size_t groups;      // lanes
    std::size_t navigation;  // navigation links
    std::size_t facets;      // facet links
    std::size_t facetGroups;
    std::size_t activeFacets;
    bool hasNext;
    bool hasSearch;
    const char* title;
};

constexpr auto Nav = Feed::Kind::Navigation;
constexpr auto Acq = Feed::Kind::Acquisition;

const Expect kFeeds[] = {
    {"palace-android/opds/a1qa-20260605.xml", Acq, 0, 209, 15, 0, 3, 1, 1, false, true, "A1QA Test Library"},
    {"palace-android/opds/acquisition-categories-0.xml", Acq, 1, 0, 0, 0, 2, 1, 1, true, true, "Picture Books: By author"},
    {"palace-android/opds/acquisition-facets-0.xml", Acq, 1, 0, 0, 0, 2, 1, 1, true, true, "Picture Books: By author"},
    {"palace-android/opds/acquisition-facets-1.xml", Acq, 1, 0, 0, 0, 2, 1, 1, true, true, "Picture Books: By author"},
    {"palace-android/opds/acquisition-fiction-0.xml", Acq, 0, 135, 9, 0, 0, 0, 0, false, true, "All Books"},
    {"palace-android/opds/acquisition-groups-0.xml", Acq, 0, 458, 24, 0, 2, 1, 1, false, true, "The New York Public Library"},
    {"palace-android/opds/acquisition-paginated-0.xml", Acq, 50, 0, 0, 0, 9, 3, 3, true, true, "Historical Fiction"},
    {"palace-android/opds/analytics-20190509.xml", Acq, 10, 0, 0, 0, 0, 0, 0, true, true, "Search"},
    {"palace-android/opds/bad-uri-syntax.xml", Acq, 1, 0, 0, 0, 0, 0, 0, false, false, "Picture Books: By author"},
    {"palace-android/opds/boundless-0.xml", Acq, 9, 0, 0, 0, 3, 1, 1, true, true, "Search"},
    {"palace-android/opds/dpla-test-feed.xml", Acq, 0, 2, 1, 0, 0, 0, 0, false, true, "DPLA Exchange Audiobook Test"},
    {"palace-android/opds/empty-0.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, true, "Fiction: featured"},
    {"palace-android/opds/feedbooks-20190808.xml", Nav, 0, 0, 0, 6, 0, 0, 0, false, true, "Test Catalog Root"},
    {"palace-android/opds/loans.xml", Acq, 2, 0, 0, 0, 0, 0, 0, false, false, "Active loans and holds"},
    {"palace-android/opds/minotaur-20231113.xml", Acq, 0, 123, 9, 0, 3, 1, 1, false, true, "Minotaur Test Library"},
    {"palace-android/opds/namespaces-0.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, ""},
    {"palace-android/opds/navigation-0.xml", Nav, 0, 0, 0, 28, 0, 0, 0, false, true, "Navigation feed"},
    {"palace-android/opds/navigation-bad-entry-featured-link-without-href.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, "Navigation feed"},
    {"palace-android/opds/navigation-bad-entry-link-without-href.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, "Navigation feed"},
    {"palace-android/opds/navigation-bad-entry-no-links.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, "Navigation feed"},
    {"palace-android/opds/navigation-bad-entry-subsection-link-without-href.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, "Navigation feed"},
    {"palace-android/opds/search-boundless-20250724.xml", Acq, 10, 0, 0, 0, 3, 1, 1, true, true, "Search"},
    {"palace-android/opds/client/acquisition-fiction-0.xml", Acq, 0, 135, 9, 0, 0, 0, 0, false, false, "All Books"},
    {"palace-android/opds/client/errorsBorrowing.xml", Acq, 2, 0, 0, 0, 0, 0, 0, false, false, "Commonfields OPDS Suite: Errors Borrowing"},
    {"palace-android/opds/client/facets-groups.xml", Acq, 0, 3, 1, 0, 0, 0, 0, false, false, "Next 0"},
    {"palace-android/opds/client/facets-none.xml", Acq, 3, 0, 0, 0, 0, 0, 0, false, false, "Next 0"},
    {"palace-android/opds/client/facets-ok-0.xml", Acq, 1, 0, 0, 0, 6, 2, 0, false, false, "Next 0"},
    {"palace-android/opds/client/next-0.xml", Acq, 3, 0, 0, 0, 0, 0, 0, true, false, "Next 0"},
    {"palace-android/opds/client/next-1.xml", Acq, 3, 0, 0, 0, 0, 0, 0, true, false, "Next 1"},
    {"palace-android/opds/client/next-2.xml", Acq, 3, 0, 0, 0, 0, 0, 0, false, false, "Next 2"},
    {"palace-android/books/groups.xml", Acq, 0, 122, 7, 0, 0, 0, 0, false, false, "Featured"},
    {"palace-android/books/loans.xml", Acq, 4, 0, 0, 0, 0, 0, 0, false, false, "Active loans"},
    {"palace-android/books/revoke-error-empty-feed-revoke.xml", Nav, 0, 0, 0, 0, 0, 0, 0, false, false, "Active loans"},
    {"readium-swift/feedbooks_catalog.atom", Nav, 0, 0, 0, 6, 0, 0, 0, false, true, "Feedbooks"},
    {"readium-swift/wiki_1_1.opds", Acq, 2, 0, 0, 0, 0, 0, 0, false, false, "Unpopular Publications"},
};

}  // namespace

TEST(CorpusInterop, EveryAtomFeedParsesWithItsCounts)
{
    REQUIRE_CORPUS();
    for (const auto& x : kFeeds) {
        SCOPED_TRACE(x.file);
        auto feed = load(x.file);
        ASSERT_TRUE(feed.ok()) << feed.error().describe();
        EXPECT_EQ(feed->format, Feed::Format::Opds1);
        EXPECT_EQ(feed->kind, x.kind);
        EXPECT_EQ(feed->title, x.title);
        EXPECT_EQ(feed->entries.size(), x.ungrouped);
        EXPECT_EQ(feed->entryCount() - feed->entries.size(), x.grouped);
        EXPECT_EQ(feed->groups.size(), x.groups);
        EXPECT_EQ(feed->navigation.size(), x.navigation);
        std::size_t facets = 0, active = 0;
        for (const auto& g : feed->facetGroups) {
            facets += g.facets.size();
            active += g.active() ? 1 : 0;
        }
        EXPECT_EQ(facets, x.facets);
        EXPECT_EQ(feed->facetGroups.size(), x.facetGroups);
        EXPECT_EQ(active, x.activeFacets);
        EXPECT_EQ(!feed->next().empty(), x.hasNext);
        EXPECT_EQ(feed->search() != nullptr, x.hasSearch);
    }
}

TEST(CorpusInterop, AvailabilityStatusesAcrossLargeFeeds)
{
    REQUIRE_CORPUS();
    struct Count {
        const char* file;
        int available, unavailable;
    };
    // Each borrow link's opds:availability status, counted in the files.
    for (const Count& c : {Count{"palace-android/opds/acquisition-groups-0.xml", 405, 54},
                           Count{"palace-android/opds/a1qa-20260605.xml", 205, 4},
                           Count{"palace-android/opds/acquisition-fiction-0.xml", 131, 4}}) {
        SCOPED_TRACE(c.file);
        auto feed = load(c.file);
        ASSERT_TRUE(feed.ok()) << feed.error().describe();
        int available = 0, unavailable = 0;
        auto count = [&](const Entry& e) {
            for (const Link* l : e.acquisitions()) {
                available += l->availability.state == Availability::State::Available;
                unavailable += l->availability.state == Availability::State::Unavailable;
            }
        };
        for (const auto& e : feed->entries) count(e);
        for (const auto& g : feed->groups)
            for (const auto& e : g.entries) count(e);
        EXPECT_EQ(available, c.available);
        EXPECT_EQ(unavailable, c.unavailable);
    }
}

TEST(CorpusInterop, SingleEntryAvailabilityStates)
{
    REQUIRE_CORPUS();
    using S = Availability::State;
    struct Case {
        const char* file;
        S state;
        int holdPosition;
        const char* until;
    };
    const Case cases[] = {
        {"entry-availability-held-indefinite.xml", S::Reserved, -1, ""},
        {"entry-availability-held-indefinite-queued.xml", S::Reserved, 3, ""},
        {"entry-availability-held-timed.xml", S::Reserved, -1, "2010-01-01T00:00:00Z"},
        {"entry-availability-heldready.xml", S::Ready, -1, ""},
        {"entry-availability-heldready-timed.xml", S::Ready, -1, "2010-01-01T00:00:00Z"},
        {"entry-availability-holdable.xml", S::Unavailable, -1, ""},
        {"entry-availability-loanable.xml", S::Available, -1, ""},
        {"entry-availability-loaned-indefinite.xml", S::Loaned, -1, ""},
        {"entry-availability-loaned-timed.xml", S::Loaned, -1, "2010-01-01T00:00:00Z"},
        {"entry-availability-open-access.xml", S::OpenAccess, -1, ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        auto feed = load(std::string("palace-android/opds/") + c.file);
        ASSERT_TRUE(feed.ok()) << feed.error().describe();
        ASSERT_EQ(feed->entries.size(), 1u);
        const Availability a = feed->entries[0].availability();
        EXPECT_STREQ(toString(a.state), toString(c.state));
        EXPECT_EQ(a.holdPosition, c.holdPosition);
        EXPECT_EQ(a.until, c.until);
    }
}

TEST(CorpusInterop, NestedIndirectAcquisitionAndRevoke)
{
    REQUIRE_CORPUS();
    auto feed = load("palace-android/opds/entry-availability-loaned-timed.xml");
    ASSERT_TRUE(feed.ok());
    const Entry& e = feed->entries.at(0);
    ASSERT_EQ(e.acquisitions().size(), 1u);
    const Link& acq = *e.acquisitions()[0];
    ASSERT_EQ(acq.indirect.size(), 2u);
    EXPECT_EQ(acq.indirect[0].type, "application/vnd.adobe.adept+xml");
    ASSERT_EQ(acq.indirect[0].children.size(), 1u);
    EXPECT_EQ(acq.indirect[0].children[0].type, "application/epub+zip");
    EXPECT_EQ(acq.availability.copiesTotal, 1);
    EXPECT_EQ(acq.availability.holdsTotal, 0);
    ASSERT_NE(e.findLink("http://librarysimplified.org/terms/rel/revoke"), nullptr);
    ASSERT_EQ(e.authors.size(), 1u);  // the narrator (contributor) is not an author
    EXPECT_EQ(e.authors[0].name, "Author");
}

TEST(CorpusInterop, NotXmlIsRefused)
{
    REQUIRE_CORPUS();
    auto feed = load("palace-android/opds/bad-not-xml.xml");
    ASSERT_FALSE(feed.ok());
    EXPECT_EQ(feed.error().code, ErrorCode::MalformedBody);
}

TEST(CorpusInterop, Opds2ReadiumFeed)
{
    REQUIRE_CORPUS();
    auto feed = load("readium-swift/opds_2_0.json");
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(feed->format, Feed::Format::Opds2);
    EXPECT_EQ(feed->kind, Feed::Kind::Acquisition);
    EXPECT_EQ(feed->title, "Readium 2 OPDS 2.0 Feed");
    EXPECT_EQ(feed->totalResults, 5);
    EXPECT_EQ(feed->entries.size(), 5u);
    EXPECT_EQ(feed->links.size(), 1u);
    for (const auto& e : feed->entries) {
        EXPECT_FALSE(e.title.empty());
        EXPECT_FALSE(e.images.empty()) << e.title;
    }
}

TEST(CorpusInterop, GoodAuthDocumentsParse)
{
    REQUIRE_CORPUS();
    const fs::path dir = corpus() / "palace-android/opds/auth_document";
    auto example = parseAuthDocument(slurp(dir / "example.json"), "example.json");
    ASSERT_TRUE(example.ok()) << example.error().describe();
    EXPECT_EQ(example->title, "Public Library");
    ASSERT_EQ(example->methods.size(), 3u);
    EXPECT_EQ(example->methods[0].type, AuthType::Basic);
    EXPECT_EQ(example->methods[0].loginLabel, "Library card");
    EXPECT_EQ(example->methods[1].type, AuthType::OAuthImplicit);
    EXPECT_EQ(example->methods[1].authenticateUrl(), "http://example.com/oauth");
    EXPECT_EQ(example->methods[2].type, AuthType::BasicToken);
    EXPECT_EQ(example->links.size(), 5u);

    auto nypl = parseAuthDocument(slurp(dir / "nypl-20190603.json"), "nypl");
    ASSERT_TRUE(nypl.ok()) << nypl.error().describe();
    ASSERT_EQ(nypl->methods.size(), 1u);
    EXPECT_EQ(nypl->methods[0].loginLabel, "Barcode");
    EXPECT_EQ(nypl->methods[0].loginInput.barcodeFormat, "Codabar");
    EXPECT_EQ(nypl->methods[0].passwordInput.keyboard, "Number pad");
    EXPECT_EQ(nypl->methods[0].passwordInput.maximumLength, 4);

    auto oe = parseAuthDocument(slurp(dir / "openebooks_20200514.json"), "oe");
    ASSERT_TRUE(oe.ok()) << oe.error().describe();
    ASSERT_EQ(oe->methods.size(), 2u);
    EXPECT_EQ(oe->methods[1].type, AuthType::OAuthIntermediary);

    auto qa = parseAuthDocument(slurp(dir / "nypl_qa_20201203.json"), "qa");
    ASSERT_TRUE(qa.ok()) << qa.error().describe();
    auto minimal = parseAuthDocument(slurp(dir / "minimal.json"), "minimal");
    ASSERT_TRUE(minimal.ok()) << minimal.error().describe();
    EXPECT_TRUE(minimal->methods.empty());
    EXPECT_EQ(minimal->preferred(), nullptr);
}

TEST(CorpusInterop, BrokenAuthDocumentsAreRefusedClearly)
{
    REQUIRE_CORPUS();
    const fs::path dir = corpus() / "palace-android/opds/auth_document";
    struct Bad {
        const char* file;
        const char* says;
    };
    for (const Bad& b : {Bad{"empty.json", "empty"}, Bad{"example_bad_authentication.json", "has no “type”"},
                         Bad{"example_bad_authentications.json", "“authentication” is not a list"},
                         Bad{"example_bad_labels.json", "label that is not text"},
                         Bad{"example_bad_link.json", "has no “href”"},
                         Bad{"example_bad_links.json", "“links” is not a list"},
                         Bad{"example_missing_id.json", "has no “id”"}}) {
        SCOPED_TRACE(b.file);
        auto doc = parseAuthDocument(slurp(dir / b.file), b.file);
        ASSERT_FALSE(doc.ok());
        EXPECT_EQ(doc.error().code, ErrorCode::MalformedBody);
        EXPECT_NE(doc.error().message.find(b.says), std::string::npos) << doc.error().message;
    }
    // The pre-2018 format (links as an object, no authentication list) is not an OPDS auth document.
    auto old = parseAuthDocument(slurp(corpus() / "palace-android/opds/auth-specific-0.json"), "old");
    EXPECT_FALSE(old.ok());
}
