// Renew and return for the Shelf and the Catalog (see ShelfLoans.h).
#include "ShelfLoans.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace tingdu::client {

namespace {

constexpr const char* kRevoke = "http://librarysimplified.org/terms/rel/revoke";

// Replaces the one library's loans with LOANS changed by CHANGE (the shelf stores loans per library).
void updateShelvedLoan(catalog::ShelfDatabase* shelf, const std::string& publicationId,
                       const std::function<bool(catalog::LoanRecord&)>& keep)
{
    if (!shelf)
        return;
    auto all = shelf->loans();
    if (!all)
        return;
    const auto it = std::find_if(all->begin(), all->end(),
                                 [&](const catalog::LoanRecord& l) { return l.publicationId == publicationId; });
    if (it == all->end())
        return;
    const std::string library = it->libraryId;
    std::vector<catalog::LoanRecord> mine;
    for (auto& loan : all.value()) {
        if (loan.libraryId != library)
            continue;
        if (loan.publicationId != publicationId || keep(loan))
            mine.push_back(loan);
    }
    (void)shelf->replaceLoans(library, mine);  // a stale record is fixed by the next loans feed
}

}  // namespace

std::optional<catalog::LoanRecord> shelvedLoan(catalog::ShelfDatabase* shelf, const std::string& publicationId)
{
    if (!shelf)
        return std::nullopt;
    auto all = shelf->loans();
    if (!all)
        return std::nullopt;
    for (const auto& loan : all.value())
        if (loan.publicationId == publicationId)
            return loan;
    return std::nullopt;
}

catalog::Result<catalog::Entry> circulate(catalog::CatalogSession& session, const catalog::Entry& entry,
                                          LendingCall call)
{
    catalog::LendingClient lending(session);
    auto outcome = (lending.*call)(entry, nullptr);
    if (!outcome)
        return outcome.error();
    const bool returned = call == static_cast<LendingCall>(&catalog::LendingClient::returnLoan);
    catalog::Entry now = outcome->entry.id.empty() && outcome->entry.title.empty() ? entry : outcome->entry;
    const catalog::Availability a = outcome->availability;
    updateShelvedLoan(session.shelf(), entry.id, [&](catalog::LoanRecord& loan) {
        if (returned)
            return false;
        if (a.state == catalog::Availability::State::Loaned) {
            loan.state = "loaned";
            if (!a.until.empty())
                loan.until = a.until;
            if (!a.since.empty())
                loan.since = a.since;
        }
        return true;
    });
    return now;
}

catalog::Result<catalog::Entry> entryForLoan(catalog::CatalogSession& session, const catalog::LoanRecord& loan)
{
    std::optional<catalog::Error> fetchError;
    if (!loan.entryUrl.empty()) {
        auto fetched = catalog::LendingClient(session).entry(loan.entryUrl);
        if (fetched)
            return fetched;
        fetchError = fetched.error();
    }
    if (loan.revokeUrl.empty()) {
        if (fetchError)
            return *fetchError;
        return catalog::makeError(catalog::ErrorCode::InvalidArgument,
                                  "The library gave no address for this loan; open it from the Catalog's loans.",
                                  loan.title);
    }
    catalog::Entry entry;
    entry.id = loan.publicationId;
    entry.title = loan.title;
    catalog::Link revoke;
    revoke.rel = kRevoke;
    revoke.href = loan.revokeUrl;
    entry.links.push_back(revoke);
    return entry;
}

}  // namespace tingdu::client
