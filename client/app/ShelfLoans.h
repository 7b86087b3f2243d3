#pragma once
// Loan actions shared by the Shelf and the Catalog: renew and return through LendingClient, and
// the shelf's record of the loan kept current with the library's answer, so the Shelf shows the
// new due date (or no loan) without waiting for the loans feed. Plain C++ over tingdu_catalog;
// every function here talks to the network: call them on a worker.
#include "tingdu/catalog/Lending.h"

namespace tingdu::client {

/// LendingClient::renew or LendingClient::returnLoan (or any call of that shape).
using LendingCall = catalog::Result<catalog::LoanOutcome> (catalog::LendingClient::*)(const catalog::Entry&,
                                                                                      catalog::CancelToken*);

/// Runs CALL on ENTRY, then updates the shelf's record of that loan: a return removes it, a
/// renewal takes the new due date. Returns the entry as the library now describes it (for a
/// return without a body, ENTRY as it was, marked not loaned).
catalog::Result<catalog::Entry> circulate(catalog::CatalogSession& session, const catalog::Entry& entry,
                                          LendingCall call);

/// The entry a loan on the shelf stands for: fetched from its entry link (the library's current
/// view, with the borrow link a renewal needs); when that fails or there is none, made from the
/// stored return link, which is all a return needs.
catalog::Result<catalog::Entry> entryForLoan(catalog::CatalogSession& session, const catalog::LoanRecord& loan);

/// The shelf's loan record for PUBLICATIONID, if it has one.
std::optional<catalog::LoanRecord> shelvedLoan(catalog::ShelfDatabase* shelf, const std::string& publicationId);

}  // namespace tingdu::client
