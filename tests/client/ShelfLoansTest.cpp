// Renew and return from the Shelf, as the app does it (ShelfLoans: the code the Catalog place
// uses too), against the catalog test server's lending state machine over real HTTPS: the shelf's
// loan record follows the library's answer; a loan whose entry cannot be fetched is still
// returned by its stored link; refusals are errors, never a changed shelf.
#include <gtest/gtest.h>

#include "CatalogTestServer.h"
#include "ShelfLoans.h"

using namespace tingdu::catalog;
using tingdu::client::circulate;
using tingdu::client::entryForLoan;
using tingdu::client::LendingCall;
using tingdu::client::shelvedLoan;
using tingdu::testing::CatalogTestServer;

namespace {

const auto kRenew = static_cast<LendingCall>(&LendingClient::renew);
const auto kReturn = static_cast<LendingCall>(&LendingClient::returnLoan);

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

    Library() { credentials.setDefault({CatalogTestServer::kCard, CatalogTestServer::kPin, {}, {}}); }

    // Borrows ID in the catalog and refreshes the loans feed: the loan is then on the shelf.
    LoanRecord borrowOntoShelf(const std::string& id)
    {
        auto entry = lending.entry(server.url("/opds1/book/" + id));
        EXPECT_TRUE(entry.ok()) << (entry.ok() ? "" : entry.error().describe());
        auto loan = lending.borrow(entry.ok() ? *entry : Entry{});
        EXPECT_TRUE(loan.ok()) << (loan.ok() ? "" : loan.error().describe());
        EXPECT_TRUE(lending.loans(server.url("/loans")).ok());
        auto record = shelvedLoan(shelf.get(), "urn:tingdu:test:" + id);
        EXPECT_TRUE(record.has_value());
        return record.value_or(LoanRecord{});
    }
    bool serverStillLends(const std::string& id)
    {
        auto feed = lending.loans(server.url("/loans"));
        EXPECT_TRUE(feed.ok());
        for (const auto& e : feed->entries)
            if (e.id == "urn:tingdu:test:" + id)
                return true;
        return false;
    }
};

}  // namespace

TEST(ShelfLoans, RenewFromTheShelfKeepsTheNewDueDate)
{
    Library lib;
    const LoanRecord loan = lib.borrowOntoShelf("book-1");
    EXPECT_EQ(loan.until, "2030-12-31T00:00:00Z");
    auto entry = entryForLoan(lib.session, loan);
    ASSERT_TRUE(entry.ok()) << entry.error().describe();
    auto renewed = circulate(lib.session, *entry, kRenew);
    ASSERT_TRUE(renewed.ok()) << renewed.error().describe();
    EXPECT_EQ(renewed->availability().until, "2031-06-30T00:00:00Z");
    const auto after = shelvedLoan(lib.shelf.get(), loan.publicationId);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->until, "2031-06-30T00:00:00Z") << "the Shelf shows the new date before any loans feed";
    EXPECT_EQ(after->state, "loaned");
}

TEST(ShelfLoans, ARefusedRenewalIsAnErrorAndChangesNothing)
{
    Library lib;
    const LoanRecord loan = lib.borrowOntoShelf("book-3");  // its only copy
    lib.server.otherPatronBorrows("book-3");                // someone waits: no renewal
    auto entry = entryForLoan(lib.session, loan);
    ASSERT_TRUE(entry.ok()) << entry.error().describe();
    auto refused = circulate(lib.session, *entry, kRenew);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::Problem);
    EXPECT_EQ(shelvedLoan(lib.shelf.get(), loan.publicationId)->until, loan.until);
}

TEST(ShelfLoans, ReturnFromTheShelfEndsTheLoanHereAndAtTheLibrary)
{
    Library lib;
    const LoanRecord loan = lib.borrowOntoShelf("book-1");
    const LoanRecord other = lib.borrowOntoShelf("book-2");
    auto entry = entryForLoan(lib.session, loan);
    ASSERT_TRUE(entry.ok()) << entry.error().describe();
    auto returned = circulate(lib.session, *entry, kReturn);
    ASSERT_TRUE(returned.ok()) << returned.error().describe();
    EXPECT_FALSE(shelvedLoan(lib.shelf.get(), loan.publicationId));
    EXPECT_TRUE(shelvedLoan(lib.shelf.get(), other.publicationId)) << "the library's other loans stay";
    EXPECT_FALSE(lib.serverStillLends("book-1"));
    EXPECT_TRUE(lib.serverStillLends("book-2"));
}

TEST(ShelfLoans, AnEntryThatCannotBeFetchedIsReturnedByItsStoredLink)
{
    Library lib;
    LoanRecord loan = lib.borrowOntoShelf("book-1");
    loan.entryUrl = lib.server.url("/opds1/book/no-such-book");
    auto entry = entryForLoan(lib.session, loan);
    ASSERT_TRUE(entry.ok()) << entry.error().describe();
    ASSERT_TRUE(entry->findLink("http://librarysimplified.org/terms/rel/revoke"));
    auto returned = circulate(lib.session, *entry, kReturn);
    ASSERT_TRUE(returned.ok()) << returned.error().describe();
    EXPECT_FALSE(shelvedLoan(lib.shelf.get(), loan.publicationId));
    EXPECT_FALSE(lib.serverStillLends("book-1"));
    // Renewing needs the borrow link only the entry has: a clear error, not a wrong request.
    LoanRecord linkless = loan;
    linkless.entryUrl.clear();
    linkless.revokeUrl.clear();
    auto none = entryForLoan(lib.session, linkless);
    ASSERT_FALSE(none.ok());
    EXPECT_EQ(none.error().code, ErrorCode::InvalidArgument);
}

TEST(ShelfLoans, ReturningTwiceIsRefusedByTheLibrary)
{
    Library lib;
    const LoanRecord loan = lib.borrowOntoShelf("book-1");
    auto entry = entryForLoan(lib.session, loan);
    ASSERT_TRUE(entry.ok());
    ASSERT_TRUE(circulate(lib.session, *entry, kReturn).ok());
    auto again = circulate(lib.session, *entry, kReturn);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::Problem);
}
