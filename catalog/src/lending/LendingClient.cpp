// LendingClient: circulation requests are GETs on the entry's links (what Palace servers accept),
// answered with an OPDS entry; refusals arrive as RFC 7807 problems (see Problem.cpp).
#include "tingdu/catalog/Lending.h"

#include "tingdu/catalog/FeedParser.h"

namespace tingdu::catalog {

namespace {

constexpr const char* kRevoke = "http://librarysimplified.org/terms/rel/revoke";
constexpr const char* kBorrow = "http://opds-spec.org/acquisition/borrow";

bool isStreamingType(const std::string& type) { return type.find("streaming-media") != std::string::npos; }

bool isDrmType(const std::string& type)
{
    return type.find("adobe.adept") != std::string::npos || type.find("readium.lcp") != std::string::npos ||
           type.find("bearer-token") != std::string::npos;
}

// Walks an indirect-acquisition chain down its first branch to the final type.
std::string finalType(const Link& l, bool& drm, bool& streaming)
{
    std::string type = l.type;
    const std::vector<IndirectAcquisition>* level = &l.indirect;
    while (!level->empty()) {
        const IndirectAcquisition* pick = &level->front();
        for (const auto& i : *level)  // prefer a branch Tingdu can open without DRM
            if (!isDrmType(i.type)) {
                pick = &i;
                break;
            }
        drm = drm || isDrmType(pick->type);
        streaming = streaming || isStreamingType(pick->type);
        type = pick->type;
        level = &pick->children;
    }
    return type;
}

}  // namespace

LendingClient::LendingClient(CatalogSession& session) : m_session(session) {}

Result<LoanOutcome> LendingClient::follow(const std::string& url, const std::string& what, CancelToken* cancel)
{
    HttpRequest req;
    req.url = url;
    req.headers.emplace_back("Accept", "application/atom+xml;type=entry;profile=opds-catalog, application/opds-publication+json");
    auto r = m_session.send(req, cancel);
    if (!r) return r.error();
    LoanOutcome out;
    out.created = r->status == 201;
    if (r->body.find_first_not_of(" \t\r\n") == std::string::npos) return out;  // e.g. 204 after a return
    auto feed = parseFeed(r->body, r->contentType(), r->url);
    if (!feed) {
        Error e = feed.error();
        e.message = "The library answered the " + what + " request with something unreadable: " + e.message;
        return e;
    }
    if (feed->entryCount() == 0) return out;
    out.entry = feed->entries.empty() ? feed->groups.front().entries.front() : feed->entries.front();
    out.availability = out.entry.availability();
    return out;
}

Result<LoanOutcome> LendingClient::borrow(const Entry& entry, CancelToken* cancel)
{
    const Link* link = entry.findLink(kBorrow);
    if (!link) return makeError(ErrorCode::InvalidArgument, "This book cannot be borrowed from this catalog.", entry.title);
    return follow(link->href, "borrow", cancel);
}

Result<LoanOutcome> LendingClient::renew(const Entry& entry, CancelToken* cancel)
{
    const Link* link = entry.findLink(kBorrow);
    if (!link) return makeError(ErrorCode::InvalidArgument, "This loan cannot be renewed from this catalog.", entry.title);
    return follow(link->href, "renewal", cancel);
}

Result<LoanOutcome> LendingClient::returnLoan(const Entry& entry, CancelToken* cancel)
{
    const Link* link = entry.findLink(kRevoke);
    if (!link)
        return makeError(ErrorCode::InvalidArgument, "This book cannot be returned early from this catalog.", entry.title);
    return follow(link->href, "return", cancel);
}

Result<Entry> LendingClient::entry(const std::string& url, CancelToken* cancel)
{
    auto out = follow(url, "book", cancel);
    if (!out) return out.error();
    // An anonymous view lacks the reader's loan links: sign in when the entry offers how, then ask again.
    auto signedIn = m_session.signInIfOffered(url, out->entry.links, cancel);
    if (!signedIn) return signedIn.error();
    if (*signedIn) {
        out = follow(url, "book", cancel);
        if (!out) return out.error();
    }
    if (out->entry.id.empty() && out->entry.title.empty())
        return makeError(ErrorCode::MalformedBody, "The address does not lead to a book entry.", url);
    return out->entry;
}

Result<Feed> LendingClient::loans(const std::string& loansUrl, CancelToken* cancel)
{
    // Loans change on the server: never answer from the cache, always ask.
    HttpRequest req;
    req.url = loansUrl;
    auto r = m_session.send(req, cancel);
    if (!r) return r.error();
    auto feed = parseFeed(r->body, r->contentType(), r->url);
    if (!feed) return feed.error();
    if (ShelfDatabase* shelf = m_session.shelf())
        if (auto saved = shelf->replaceLoans(m_session.libraryIdFor(loansUrl), loanRecords(*feed)); !saved)
            return saved.error();
    return feed;
}

std::optional<Fulfilment> LendingClient::fulfilment(const Entry& entry)
{
    std::optional<Fulfilment> best;
    for (const Link* l : entry.acquisitions()) {
        const auto kind = l->acquisitionKind();
        const auto state = l->availability.state;
        const bool usable = kind == AcquisitionKind::OpenAccess ||
                            (kind == AcquisitionKind::Generic &&
                             (state == Availability::State::Loaned || state == Availability::State::Unknown));
        if (!usable) continue;
        Fulfilment f;
        f.url = l->href;
        f.type = finalType(*l, f.drm, f.streaming);
        f.streaming = f.streaming || isStreamingType(l->type);
        // A DRM-free download beats streaming, which beats DRM.
        auto score = [](const Fulfilment& x) { return x.drm ? 0 : x.streaming ? 1 : 2; };
        if (!best || score(f) > score(*best)) best = f;
    }
    return best;
}

std::vector<LoanRecord> LendingClient::loanRecords(const Feed& loansFeed)
{
    std::vector<LoanRecord> out;
    auto add = [&](const Entry& e) {
        const Availability a = e.availability();
        LoanRecord r;
        r.publicationId = e.id;
        r.title = e.title;
        switch (a.state) {
        case Availability::State::Loaned: r.state = "loaned"; break;
        case Availability::State::Reserved: r.state = "reserved"; break;
        case Availability::State::Ready: r.state = "ready"; break;
        default: return;
        }
        r.since = a.since;
        r.until = a.until;
        r.holdPosition = a.holdPosition;
        if (const Link* l = e.findLink(kRevoke)) r.revokeUrl = l->href;
        if (auto f = fulfilment(e)) r.fulfilUrl = f->url;
        if (const Link* l = e.findLink("alternate")) r.entryUrl = l->href;
        out.push_back(std::move(r));
    };
    for (const auto& e : loansFeed.entries) add(e);
    for (const auto& g : loansFeed.groups)
        for (const auto& e : g.entries) add(e);
    return out;
}

}  // namespace tingdu::catalog
