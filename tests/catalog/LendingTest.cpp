// Lending against the test server's state machine: borrow (201/200), renew and its refusal,
// loan limit, holds, return, the loans feed as the shelf's source of truth, fulfilment.
#include <gtest/gtest.h>

#include "CatalogTestServer.h"
#include "tingdu/catalog/Lending.h"
#include "tingdu/catalog/ShelfDatabase.h"

using namespace tingdu::catalog;
using tingdu::testing::CatalogServerOptions;
using tingdu::testing::CatalogTestServer;

namespace {

struct Library {
    CatalogTestServer server;
    HttpsClient client{[] {
        HttpsOptions o;
        o.caFile = CatalogTestServer::caFile();
        return o;
    }()};
    MemoryCredentialStore credentials;
    std::unique_ptr<ShelfDatabase> shelf = std::move(ShelfDatabase::open(":memory:").value());
    CatalogSession session{client, &credentials, shelf.get()};
    LendingClient lending{session};

    explicit Library(CatalogServerOptions o = {}) : server(o)
    {
        credentials.setDefault({CatalogTestServer::kCard, CatalogTestServer::kPin, {}, {}});
    }
    Entry book(const std::string& id)
    {
        auto e = lending.entry(server.url("/opds1/book/" + id));
        EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().describe());
        return e.ok() ? *e : Entry{};
    }
};

}  // namespace

TEST(Lending, BorrowCreatesThenFindsTheLoan)
{
    Library lib;
    const Entry before = lib.book("book-1");
    EXPECT_EQ(before.availability().state, Availability::State::Available);
    auto loan = lib.lending.borrow(before);
    ASSERT_TRUE(loan.ok()) << loan.error().describe();
    EXPECT_TRUE(loan->created);
    EXPECT_EQ(loan->availability.state, Availability::State::Loaned);
    EXPECT_EQ(loan->availability.until, "2030-12-31T00:00:00Z");
    auto f = LendingClient::fulfilment(loan->entry);
    ASSERT_TRUE(f.has_value());
    EXPECT_EQ(f->url, lib.server.url("/fulfil/book-1"));
    EXPECT_EQ(f->type, "application/epub+zip");
    EXPECT_FALSE(f->drm);

    auto renewed = lib.lending.renew(loan->entry);  // borrowing an existing loan again
    ASSERT_TRUE(renewed.ok()) << renewed.error().describe();
    EXPECT_FALSE(renewed->created);
    EXPECT_EQ(renewed->availability.until, "2031-06-30T00:00:00Z");

    auto refused = lib.lending.renew(renewed->entry);  // only one renewal
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Problem);
    EXPECT_EQ(refused.error().problemType, "http://librarysimplified.org/terms/problem/cannot-renew-loan");
    EXPECT_NE(refused.error().message.find("cannot be renewed"), std::string::npos) << refused.error().message;
}

TEST(Lending, RenewalIsRefusedWhenSomeoneWaits)
{
    Library lib;
    auto loan = lib.lending.borrow(lib.book("book-3"));  // its only copy
    ASSERT_TRUE(loan.ok()) << loan.error().describe();
    lib.server.otherPatronBorrows("book-3");  // no copy left: they join the queue
    auto refused = lib.lending.renew(loan->entry);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Problem);
    EXPECT_NE(refused.error().message.find("renewed"), std::string::npos);
}

TEST(Lending, LoanLimitIsAPlainSentence)
{
    CatalogServerOptions o;
    o.loanLimit = 2;
    Library lib(o);
    ASSERT_TRUE(lib.lending.borrow(lib.book("book-1")).ok());
    ASSERT_TRUE(lib.lending.borrow(lib.book("book-2")).ok());
    auto third = lib.lending.borrow(lib.book("book-4"));
    ASSERT_FALSE(third.ok());
    EXPECT_EQ(third.error().code, ErrorCode::Problem);
    EXPECT_EQ(third.error().httpStatus, 403);
    EXPECT_EQ(third.error().message, "You have reached your loan limit: return a book before borrowing another.");
}

TEST(Lending, HoldsArePlacedAndCancelled)
{
    Library lib;
    const Entry waiting = lib.book("book-5");
    EXPECT_EQ(waiting.availability().state, Availability::State::Unavailable);
    auto hold = lib.lending.placeHold(waiting);
    ASSERT_TRUE(hold.ok()) << hold.error().describe();
    EXPECT_TRUE(hold->created);
    EXPECT_EQ(hold->availability.state, Availability::State::Reserved);
    EXPECT_EQ(hold->availability.holdPosition, 1);
    EXPECT_FALSE(LendingClient::fulfilment(hold->entry).has_value());

    auto cancelled = lib.lending.cancelHold(hold->entry);
    ASSERT_TRUE(cancelled.ok()) << cancelled.error().describe();
    EXPECT_EQ(cancelled->availability.state, Availability::State::Unavailable);
}

TEST(Lending, LoansFeedIsTheShelfsSourceOfTruth)
{
    Library lib;
    auto loan = lib.lending.borrow(lib.book("book-1"));
    ASSERT_TRUE(loan.ok());
    ASSERT_TRUE(lib.lending.placeHold(lib.book("book-5")).ok());
    auto feed = lib.lending.loans(lib.server.url("/loans"));
    ASSERT_TRUE(feed.ok()) << feed.error().describe();
    EXPECT_EQ(feed->entries.size(), 2u);
    auto stored = lib.shelf->loans();
    ASSERT_TRUE(stored.ok());
    ASSERT_EQ(stored->size(), 2u);
    EXPECT_EQ((*stored)[0].state, "loaned");  // soonest due first, holds (no date) last
    EXPECT_EQ((*stored)[0].until, "2030-12-31T00:00:00Z");
    EXPECT_EQ((*stored)[0].revokeUrl, lib.server.url("/revoke/book-1"));
    EXPECT_EQ((*stored)[1].state, "reserved");

    auto returned = lib.lending.returnLoan(loan->entry);
    ASSERT_TRUE(returned.ok()) << returned.error().describe();
    EXPECT_EQ(returned->availability.state, Availability::State::Available);
    ASSERT_TRUE(lib.lending.loans(lib.server.url("/loans")).ok());
    stored = lib.shelf->loans();
    ASSERT_EQ(stored->size(), 1u);
    EXPECT_EQ((*stored)[0].publicationId, "urn:tingdu:test:book-5");
}

TEST(Lending, ReturningWhatIsNotOnLoanIsRefused)
{
    Library lib;
    Entry e = lib.book("book-2");
    Link revoke;
    revoke.rel = "http://librarysimplified.org/terms/rel/revoke";
    revoke.rels = {revoke.rel};
    revoke.href = lib.server.url("/revoke/book-2");
    e.links.push_back(revoke);
    auto r = lib.lending.returnLoan(e);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::Problem);
    EXPECT_EQ(lib.lending.borrow(Entry{}).error().code, ErrorCode::InvalidArgument);
}
