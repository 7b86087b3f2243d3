#pragma once
// Internals of the catalog test server, shared by its route files.
#include <Poco/Data/Session.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "CatalogTestServer.h"

namespace tingdu::testing {

using Request = Poco::Net::HTTPServerRequest;
using Response = Poco::Net::HTTPServerResponse;

struct TestBook {
    std::string id;
    std::string title;
    std::string author;
    int copies;  ///< 0: every copy out, so borrowing places a hold
    bool openAccess;
};

/// Where a patron stands with a book, as the lending state machine keeps it.
struct Standing {
    std::string state;  ///< "", "loaned", "reserved", "ready"
    int position = 0;
    std::string until;
    int renewals = 0;
};

struct CatalogTestServer::State {
    CatalogServerOptions options;
    std::string base;  ///< https://localhost:PORT
    std::vector<TestBook> books;
    std::string tempDir;
    mutable std::mutex mutex;  // guards db, hits, tokens
    Poco::Data::Session db;
    std::map<std::string, int> hits;
    std::set<std::string> tokens;

    explicit State(CatalogServerOptions o);
    void handle(Request& req, Response& resp);

    const TestBook* book(const std::string& id) const;
    /// The patron's card when the request carries valid Basic or Bearer credentials.
    std::optional<std::string> patron(const Request& req);
    Standing standing(const std::string& patron, const std::string& bookId);
    int copiesOut(const std::string& bookId);
    std::string bookFile(const std::string& id);

    // route families (ServerFeeds.cpp, ServerLending.cpp, ServerProvince.cpp)
    bool routeFeeds(Request& req, Response& resp, const std::string& path, std::optional<std::string> patron);
    bool routeLending(Request& req, Response& resp, const std::string& path);
    bool routeProvince(Request& req, Response& resp, const std::string& path);
    std::string opds1Entry(const TestBook& b, const std::optional<std::string>& patron, bool withNamespaces);
    void sendUnauthorized(Response& resp, bool documentInBody, int status = 401);
};

void sendText(Response& resp, int status, const std::string& type, const std::string& body);
void sendProblem(Response& resp, int status, const std::string& type, const std::string& title);
std::string xmlEscape(const std::string& s);
std::string queryParam(const Request& req, const std::string& name);

}  // namespace tingdu::testing
