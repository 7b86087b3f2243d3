// Catalog test server: construction, SQLite state, routing and faults on demand.
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/DeflatingStream.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Path.h>
#include <Poco/TemporaryFile.h>
#include <Poco/URI.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "ServerState.h"

using namespace Poco::Data::Keywords;

namespace tingdu::testing {

namespace {
Poco::Data::Session openDb()
{
    static std::once_flag once;
    std::call_once(once, [] { Poco::Data::SQLite::Connector::registerConnector(); });
    return Poco::Data::Session("SQLite", ":memory:");
}
}  // namespace

void sendText(Response& resp, int status, const std::string& type, const std::string& body)
{
    resp.setStatus(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    resp.setContentType(type);
    resp.setContentLength(static_cast<std::streamsize>(body.size()));
    resp.send() << body;
}

void sendProblem(Response& resp, int status, const std::string& type, const std::string& title)
{
    sendText(resp, status, "application/problem+json",
             R"({"type":")" + type + R"(","title":")" + title + R"(","status":)" + std::to_string(status) + "}");
}

std::string xmlEscape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string queryParam(const Request& req, const std::string& name)
{
    for (const auto& [k, v] : Poco::URI(req.getURI()).getQueryParameters())
        if (k == name) return v;
    return {};
}

CatalogTestServer::State::State(CatalogServerOptions o) : options(o), db(openDb())
{
    books = {
        {"book-1", "The Silent Shore", "Lin Yue", 2, false},
        {"book-2", "Rivers of Hangzhou", "Chen Mo", 1, false},
        {"book-3", "Tea and Thunder", "Wang Fang", 1, false},
        {"book-4", "Braille Nights", "Zhou Li", 3, false},
        {"book-5", "The Waiting List", "Xu Ning", 0, false},
        {"book-6", "Free as Air", "Public Domain", 1, true},
        {"book-7", "Lanterns", "He Jun", 2, false},
    };
    db << "CREATE TABLE standing (patron TEXT, book TEXT, state TEXT, position INTEGER, until TEXT,"
          " renewals INTEGER, PRIMARY KEY (patron, book))", now;
    db << "CREATE TABLE deliveries (id INTEGER PRIMARY KEY AUTOINCREMENT, patron TEXT, book TEXT, mode TEXT,"
          " library TEXT, state TEXT, polls INTEGER)", now;
    tempDir = Poco::Path::temp() + "tingdu-catalog-server-" + std::to_string(reinterpret_cast<std::uintptr_t>(this));
    std::filesystem::create_directories(tempDir);
}

const TestBook* CatalogTestServer::State::book(const std::string& id) const
{
    for (const auto& b : books)
        if (b.id == id) return &b;
    return nullptr;
}

void CatalogTestServer::State::handle(Request& req, Response& resp)
{
    const std::string path = Poco::URI(req.getURI()).getPath();
    {
        std::lock_guard lock(mutex);
        ++hits[path];
    }
    if (path == "/fault/slow") {
        std::this_thread::sleep_for(std::chrono::milliseconds(options.slowMs));
        return sendText(resp, 200, "text/plain", "late");
    }
    if (path == "/fault/drop") return dropConnection(req);
    if (path == "/fault/500") return sendText(resp, 500, "text/plain", "internal error");
    if (path == "/fault/malformed-xml")
        return sendText(resp, 200, "application/atom+xml;profile=opds-catalog", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>cut");
    if (path == "/fault/malformed-json") return sendText(resp, 200, "application/opds+json", "{\"metadata\": {\"title\": ");
    if (path == "/fault/to-http") return resp.redirect("http://localhost:1/opds1/root.xml", Response::HTTP_FOUND);
    if (path == "/fault/xxe") {
        return sendText(resp, 200, "application/atom+xml",
                        "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>&x;</title></feed>");
    }
    if (routeLending(req, resp, path)) return;
    if (routeProvince(req, resp, path)) return;
    if (routeFeeds(req, resp, path, patron(req))) return;
    sendText(resp, 404, "text/plain", "no such page");
}

CatalogTestServer::CatalogTestServer(CatalogServerOptions options) : m_state(std::make_unique<State>(options))
{
    State* state = m_state.get();
    m_server = std::make_unique<HttpsTestServer>([state](Request& req, Response& resp) { state->handle(req, resp); },
                                                 options.certificate);
    m_state->base = m_server->url("");
}

CatalogTestServer::~CatalogTestServer()
{
    m_server.reset();  // stop serving before the state goes
    std::error_code ec;
    std::filesystem::remove_all(m_state->tempDir, ec);
}

std::string CatalogTestServer::url(const std::string& path) const { return m_server->url(path); }

std::string CatalogTestServer::bookBytes(const std::string& id) const
{
    std::ifstream in(m_state->bookFile(id), std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

int CatalogTestServer::hits(const std::string& pathPrefix) const
{
    std::lock_guard lock(m_state->mutex);
    int n = 0;
    for (const auto& [path, count] : m_state->hits)
        if (path.rfind(pathPrefix, 0) == 0) n += count;
    return n;
}

void CatalogTestServer::otherPatronBorrows(const std::string& id)
{
    std::lock_guard lock(m_state->mutex);
    std::string book = id;
    // Takes a free copy if there is one, else joins the queue (which blocks renewals).
    const TestBook* b = m_state->book(id);
    std::string state = b && m_state->copiesOut(id) < b->copies ? "loaned" : "reserved";
    m_state->db << "INSERT OR REPLACE INTO standing VALUES ('other-patron', ?, ?, 1, '2031-01-01T00:00:00Z', 0)",
        use(book), use(state), now;
}

}  // namespace tingdu::testing
