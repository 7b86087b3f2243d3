#pragma once
// Lending over OPDS (Library Simplified / Palace circulation): borrow, renew, return, holds,
// fulfilment and the loans feed as the source of truth.
#include <optional>
#include <string>
#include <vector>

#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/ShelfDatabase.h"

namespace tingdu::catalog {

/// The server's view of one publication after a circulation request.
struct LoanOutcome {
    Entry entry;           ///< the entry the server returned (its links are the next actions)
    bool created = false;  ///< 201: a new loan or hold; 200: it already existed
    Availability availability;
};

/// How to get the content of a loan.
struct Fulfilment {
    std::string url;
    std::string type;        ///< the final media type (through indirect acquisitions)
    bool streaming = false;  ///< open in a player/reader online instead of downloading
    bool drm = false;        ///< needs a DRM Tingdu may not support (Adobe ACS, LCP)
};

class LendingClient {
public:
    explicit LendingClient(CatalogSession& session);

    /// Follows the entry's borrow link. On an available title this makes a loan; on an
    /// unavailable one the server places a hold (availability "reserved").
    Result<LoanOutcome> borrow(const Entry& entry, CancelToken* cancel = nullptr);
    /// Renewing is borrowing an existing loan again; a refusal (cannot-renew-loan) comes back as
    /// a Problem error with a plain sentence.
    Result<LoanOutcome> renew(const Entry& entry, CancelToken* cancel = nullptr);
    /// Returns a loan or cancels a hold (the revoke relation).
    Result<LoanOutcome> returnLoan(const Entry& entry, CancelToken* cancel = nullptr);
    Result<LoanOutcome> placeHold(const Entry& entry, CancelToken* cancel = nullptr) { return borrow(entry, cancel); }
    Result<LoanOutcome> cancelHold(const Entry& entry, CancelToken* cancel = nullptr) { return returnLoan(entry, cancel); }

    /// Fetches one entry (a catalog page for a book) by URL.
    Result<Entry> entry(const std::string& url, CancelToken* cancel = nullptr);
    /// Fetches the loans feed and, when the session has a shelf, replaces the stored loans.
    Result<Feed> loans(const std::string& loansUrl, CancelToken* cancel = nullptr);

    /// The best way to read a loaned or open-access entry, if it has one.
    static std::optional<Fulfilment> fulfilment(const Entry& entry);
    /// One loan record per loaned or held entry (for the shelf).
    static std::vector<LoanRecord> loanRecords(const Feed& loansFeed);

private:
    Result<LoanOutcome> follow(const std::string& url, const std::string& what, CancelToken* cancel);
    CatalogSession& m_session;
};

}  // namespace tingdu::catalog
