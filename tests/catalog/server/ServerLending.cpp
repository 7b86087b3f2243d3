// Catalog test server: sign-in (auth document, Basic, basic-token) and the lending state machine.
#include <Poco/Base64Decoder.h>
#include <Poco/Data/Statement.h>
#include <Poco/UUIDGenerator.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "ServerState.h"

using namespace Poco::Data::Keywords;

namespace tingdu::testing {

namespace {
constexpr const char* kProblem = "http://librarysimplified.org/terms/problem/";
constexpr const char* kEntryType = "application/atom+xml;type=entry;profile=opds-catalog";
}  // namespace

std::optional<std::string> CatalogTestServer::State::patron(const Request& req)
{
    const std::string auth = req.get("Authorization", "");
    if (auth.rfind("Basic ", 0) == 0) {
        std::istringstream in(auth.substr(6));
        Poco::Base64Decoder dec(in);
        std::string pair((std::istreambuf_iterator<char>(dec)), {});
        if (pair == options.card + ":" + options.pin) return options.card;
    } else if (auth.rfind("Bearer ", 0) == 0) {
        std::lock_guard lock(mutex);
        if (tokens.count(auth.substr(7))) return options.card;
    }
    return std::nullopt;
}

Standing CatalogTestServer::State::standing(const std::string& patronId, const std::string& bookId)
{
    std::lock_guard lock(mutex);
    Standing s;
    std::string p = patronId, b = bookId;
    Poco::Data::Statement select(db);
    select << "SELECT state, position, until, renewals FROM standing WHERE patron = ? AND book = ?", use(p), use(b),
        into(s.state), into(s.position), into(s.until), into(s.renewals);
    select.execute();
    return s;
}

int CatalogTestServer::State::copiesOut(const std::string& bookId)
{
    int n = 0;
    std::string b = bookId;
    db << "SELECT COUNT(*) FROM standing WHERE book = ? AND state = 'loaned'", use(b), into(n), now;
    return n;
}

void CatalogTestServer::State::sendUnauthorized(Response& resp, bool documentInBody, int status)
{
    if (status == 401) resp.set("WWW-Authenticate", "Basic realm=\"Test Library\"");
    if (!documentInBody) {
        resp.set("Link", "<" + base + "/auth>; rel=\"http://opds-spec.org/auth/document\"; "
                                      "type=\"application/vnd.opds.authentication.v1.0+json\"");
        return sendText(resp, 401, "text/plain", "sign in first");
    }
    const std::string pinLength = std::to_string(std::max<std::size_t>(4, options.pin.size()));
    std::string methods =
        R"({"type":"http://opds-spec.org/auth/basic","description":"Library card","labels":{"login":"Library card","password":"PIN"},)"
        R"("inputs":{"login":{"keyboard":"Number pad","maximum_length":8},"password":{"keyboard":"Number pad","maximum_length":)" +
        pinLength + "}}}";
    if (options.tokenAuth)
        methods = R"({"type":"http://thepalaceproject.org/authtype/basic-token","labels":{"login":"Library card","password":"PIN"},)"
                  R"("links":[{"rel":"authenticate","href":")" + base + R"(/auth/token"}]},)" + methods;
    sendText(resp, status, "application/vnd.opds.authentication.v1.0+json",
             R"({"id":")" + base + R"(/auth","title":"Zhejiang Test Library","description":"Sign in with your card",)"
             R"("links":[{"rel":"register","href":"https://example.org/register"}],"authentication":[)" + methods + "]}");
}

bool CatalogTestServer::State::routeLending(Request& req, Response& resp, const std::string& path)
{
    if (path == "/auth") {  // the document on its own (what Link discovery fetches): 200
        sendUnauthorized(resp, true, 200);
        return true;
    }
    if (path == "/auth/token") {
        auto who = patron(req);
        if (!who || req.get("Authorization", "").rfind("Basic ", 0) != 0) {
            sendProblem(resp, 401, std::string(kProblem) + "invalid-credentials", "Invalid credentials");
            return true;
        }
        const std::string token = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
        {
            std::lock_guard lock(mutex);
            tokens.insert(token);
            if (!options.tokenLog.empty()) std::ofstream(options.tokenLog, std::ios::app) << token << '\n';
        }
        sendText(resp, 200, "application/json",
                 R"({"token_type":"Bearer","expires_in":3600,"access_token":")" + token + "\"}");
        return true;
    }
    const bool lending = path == "/loans" || path.rfind("/borrow/", 0) == 0 || path.rfind("/revoke/", 0) == 0 ||
                         path.rfind("/fulfil/", 0) == 0;
    if (!lending) return false;
    auto who = patron(req);
    if (!who) {
        // The loans feed puts the document in the body; the others only point to it (both are real).
        sendUnauthorized(resp, path == "/loans");
        return true;
    }
    if (path == "/loans") {
        std::string body = R"(<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opds="http://opds-spec.org/2010/catalog">)"
                           "<id>loans</id><title>Active loans and holds</title><updated>2026-01-01T00:00:00Z</updated>";
        for (const auto& b : books)
            if (!standing(*who, b.id).state.empty()) body += opds1Entry(b, who, true);
        sendText(resp, 200, "application/atom+xml;profile=opds-catalog;kind=acquisition", body + "</feed>");
        return true;
    }
    const std::string id = path.substr(path.find('/', 1) + 1);
    const TestBook* b = book(id);
    if (!b) {
        sendText(resp, 404, "text/plain", "no such book");
        return true;
    }
    const Standing s = standing(*who, id);
    std::string p = *who, bid = id;
    if (path.rfind("/fulfil/", 0) == 0) {
        if (s.state != "loaned" && !b->openAccess) {
            sendProblem(resp, 403, std::string(kProblem) + "no-active-loan", "No active loan");
            return true;
        }
        serveFile(req, resp, bookFile(id), ServeOptions{std::nullopt, 0, "application/epub+zip"});
        return true;
    }
    if (path.rfind("/revoke/", 0) == 0) {
        if (s.state.empty()) {
            sendProblem(resp, 404, std::string(kProblem) + "no-active-loan", "Nothing to return");
            return true;
        }
        {
            std::lock_guard lock(mutex);
            db << "DELETE FROM standing WHERE patron = ? AND book = ?", use(p), use(bid), now;
        }
        sendText(resp, 200, kEntryType, opds1Entry(*b, who, true));
        return true;
    }
    // borrow: new loan (201), existing loan renewed or refused (200 / problem), hold when no copy is free
    std::string refusal;  // problem type, decided under the lock, sent after it
    {
        std::lock_guard lock(mutex);
        if (s.state == "loaned") {
            int waiting = 0;
            db << "SELECT COUNT(*) FROM standing WHERE book = ? AND state = 'reserved' AND patron <> ?", use(bid),
                use(p), into(waiting), now;
            if (waiting > 0 || s.renewals >= 1)
                refusal = "cannot-renew-loan";
            else
                db << "UPDATE standing SET until = '2031-06-30T00:00:00Z', renewals = renewals + 1 "
                      "WHERE patron = ? AND book = ?",
                    use(p), use(bid), now;
        } else if (s.state.empty()) {
            int loans = 0;
            db << "SELECT COUNT(*) FROM standing WHERE patron = ? AND state = 'loaned'", use(p), into(loans), now;
            const bool free = copiesOut(id) < b->copies;
            if (free && loans >= options.loanLimit) {
                refusal = "loan-limit-reached";
            } else if (free) {
                db << "INSERT INTO standing VALUES (?, ?, 'loaned', 0, '2030-12-31T00:00:00Z', 0)", use(p), use(bid), now;
            } else {
                int position = 0;
                db << "SELECT COUNT(*) FROM standing WHERE book = ? AND state = 'reserved'", use(bid), into(position), now;
                ++position;  // 1-based: the new hold is last in line
                db << "INSERT INTO standing VALUES (?, ?, 'reserved', ?, '', 0)", use(p), use(bid), use(position), now;
            }
        }
    }
    if (refusal == "cannot-renew-loan") {
        sendProblem(resp, 400, std::string(kProblem) + refusal, "Cannot renew loan");
    } else if (!refusal.empty()) {
        sendProblem(resp, 403, std::string(kProblem) + refusal, "Loan limit reached");
    } else {
        sendText(resp, s.state.empty() ? 201 : 200, kEntryType, opds1Entry(*b, who, true));
    }
    return true;
}

}  // namespace tingdu::testing
