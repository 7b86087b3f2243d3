// Catalog test server: OPDS 1.2 and OPDS 2.0 feeds, paginated, faceted, searchable, with the
// patron's availability in every entry and the provincial profile's links.
#include <algorithm>

#include "ServerState.h"

namespace tingdu::testing {

namespace {

constexpr int kPageSize = 3;
constexpr const char* kAtomNs = R"(xmlns="http://www.w3.org/2005/Atom" xmlns:opds="http://opds-spec.org/2010/catalog" )"
                                R"(xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
                                R"(xmlns:schema="http://schema.org/")";
constexpr const char* kProfile = "https://tingdu.zj/opds/rel/";

std::vector<TestBook> sorted(std::vector<TestBook> books, const std::string& sort)
{
    std::stable_sort(books.begin(), books.end(), [&](const TestBook& a, const TestBook& b) {
        return sort == "author" ? a.author < b.author : a.title < b.title;
    });
    return books;
}

std::vector<TestBook> page(const std::vector<TestBook>& all, int n)
{
    std::vector<TestBook> out;
    for (int i = (n - 1) * kPageSize; i < n * kPageSize && i < static_cast<int>(all.size()); ++i) out.push_back(all[i]);
    return out;
}

int pageCount(std::size_t n) { return static_cast<int>((n + kPageSize - 1) / kPageSize); }

std::string json(const std::string& s)
{
    std::string out = "\"";
    for (char c : s) out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string CatalogTestServer::State::opds1Entry(const TestBook& b, const std::optional<std::string>& who, bool withNamespaces)
{
    const Standing s = who ? standing(*who, b.id) : Standing{};
    int out = 0;
    {
        std::lock_guard lock(mutex);
        out = copiesOut(b.id);
    }
    std::string e = withNamespaces ? std::string("<entry ") + kAtomNs + ">" : "<entry>";
    if (withNamespaces)  // a stand-alone entry says where to sign in, as Palace feeds do
        e += "<link rel=\"http://opds-spec.org/auth/document\" type=\"application/vnd.opds.authentication.v1.0+json\" href=\"" + base + "/auth\"/>";
    e += "<id>urn:tingdu:test:" + b.id + "</id><title>" + xmlEscape(b.title) + "</title><author><name>" +
         xmlEscape(b.author) + "</name></author><updated>2026-01-01T00:00:00Z</updated>"
         "<summary type=\"text\">A test book about " + xmlEscape(b.title) + ".</summary><dcterms:language>zh</dcterms:language>"
         "<schema:accessMode>textual</schema:accessMode><schema:accessibilityFeature>structuralNavigation</schema:accessibilityFeature>"
         "<link rel=\"alternate\" type=\"application/atom+xml;type=entry;profile=opds-catalog\" href=\"" + base + "/opds1/book/" + b.id + "\"/>"
         "<link rel=\"http://opds-spec.org/image\" type=\"image/png\" href=\"" + base + "/covers/" + b.id + ".png\"/>"
         "<link rel=\"" + kProfile + "holdings\" type=\"application/vnd.tingdu.province+json\" href=\"" + base + "/holdings/" + b.id + "\"/>"
         "<link rel=\"" + kProfile + "delivery\" type=\"application/vnd.tingdu.province+json\" href=\"" + base + "/delivery/" + b.id + "\"/>";
    const std::string counts = "<opds:holds total=\"0\"" + (s.position ? " position=\"" + std::to_string(s.position) + "\"" : std::string()) +
                               "/><opds:copies total=\"" + std::to_string(b.copies) + "\" available=\"" +
                               std::to_string(std::max(0, b.copies - out)) + "\"/>";
    if (b.openAccess) {
        e += "<link rel=\"http://opds-spec.org/acquisition/open-access\" type=\"application/epub+zip\" href=\"" + base + "/fulfil/" + b.id + "\"/>";
    } else if (s.state == "loaned") {
        e += "<link rel=\"http://opds-spec.org/acquisition\" type=\"application/epub+zip\" href=\"" + base + "/fulfil/" + b.id +
             "\"><opds:availability status=\"available\" since=\"2026-01-01T00:00:00Z\" until=\"" + s.until + "\"/>" + counts + "</link>"
             "<link rel=\"http://opds-spec.org/acquisition/borrow\" type=\"application/atom+xml;type=entry;profile=opds-catalog\" href=\"" +
             base + "/borrow/" + b.id + "\"><opds:availability status=\"available\" since=\"2026-01-01T00:00:00Z\" until=\"" + s.until +
             "\"/></link>";
        e += "<link rel=\"http://librarysimplified.org/terms/rel/revoke\" href=\"" + base + "/revoke/" + b.id + "\"/>";
    } else {
        const std::string status = s.state == "reserved" ? "reserved" : (b.copies - out > 0 ? "available" : "unavailable");
        e += "<link rel=\"http://opds-spec.org/acquisition/borrow\" type=\"application/atom+xml;type=entry;profile=opds-catalog\" href=\"" +
             base + "/borrow/" + b.id + "\"><opds:indirectAcquisition type=\"application/epub+zip\"/>"
             "<opds:availability status=\"" + status + "\"/>" + counts + "</link>";
        if (s.state == "reserved")
            e += "<link rel=\"http://librarysimplified.org/terms/rel/revoke\" href=\"" + base + "/revoke/" + b.id + "\"/>";
    }
    return e + "</entry>";
}

bool CatalogTestServer::State::routeFeeds(Request& req, Response& resp, const std::string& path, std::optional<std::string> who)
{
    const std::string atom = "application/atom+xml;profile=opds-catalog";
    if (path == "/opds1/root.xml") {
        if (req.get("If-None-Match", "") == "\"root-v1\"") {
            resp.setStatus(Response::HTTP_NOT_MODIFIED);
            resp.send();
            return true;
        }
        resp.set("ETag", "\"root-v1\"");
        sendText(resp, 200, atom + ";kind=navigation",
                 std::string("<feed ") + kAtomNs + "><id>root</id><title>Zhejiang Test Library</title><updated>2026-01-01T00:00:00Z</updated>"
                 "<link rel=\"self\" href=\"/opds1/root.xml\"/><link rel=\"start\" href=\"/opds1/root.xml\"/>"
                 "<link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opds1/search.xml\"/>"
                 "<link rel=\"http://opds-spec.org/shelf\" href=\"/loans\"/>"
                 "<link rel=\"https://tingdu.zj/opds/rel/return-locations\" href=\"/libraries\"/>"
                 "<link rel=\"https://tingdu.zj/opds/rel/events\" href=\"/events\"/>"
                 "<entry><id>all</id><title>All books</title><updated>2026-01-01T00:00:00Z</updated>"
                 "<link rel=\"subsection\" type=\"" + atom + ";kind=acquisition\" href=\"/opds1/all.xml\"/></entry>"
                 "<entry><id>opds2</id><title>The same in OPDS 2</title><updated>2026-01-01T00:00:00Z</updated>"
                 "<link rel=\"subsection\" type=\"application/opds+json\" href=\"/opds2/root.json\"/></entry></feed>");
        return true;
    }
    if (path == "/opds1/search.xml") {
        sendText(resp, 200, "application/opensearchdescription+xml",
                 "<OpenSearchDescription xmlns=\"http://a9.com/-/spec/opensearch/1.1/\"><ShortName>Search</ShortName>"
                 "<Url type=\"application/atom+xml;profile=opds-catalog\" template=\"/opds1/search?q={searchTerms}\"/></OpenSearchDescription>");
        return true;
    }
    const bool all1 = path == "/opds1/all.xml", search1 = path == "/opds1/search";
    if (all1 || search1) {
        const std::string sort = queryParam(req, "sort") == "author" ? "author" : "title";
        const int n = std::max(1, atoi(queryParam(req, "page").c_str()));
        std::vector<TestBook> list = sorted(books, sort);
        if (search1) {
            const std::string q = queryParam(req, "q");
            list.erase(std::remove_if(list.begin(), list.end(), [&](const TestBook& b) { return b.title.find(q) == std::string::npos; }),
                       list.end());
        }
        std::string body = std::string("<feed ") + kAtomNs + "><id>all</id><title>" + (search1 ? "Search results" : "All books") +
                           "</title><updated>2026-01-01T00:00:00Z</updated><opensearch:totalResults>" + std::to_string(list.size()) +
                           "</opensearch:totalResults><link rel=\"search\" type=\"application/opensearchdescription+xml\" href=\"/opds1/search.xml\"/>";
        if (all1) {
            const int pages = pageCount(list.size());
            auto link = [&](const char* rel, int p) {
                return std::string("<link rel=\"") + rel + "\" type=\"" + atom + "\" href=\"/opds1/all.xml?page=" + std::to_string(p) +
                       "&amp;sort=" + sort + "\"/>";
            };
            body += link("first", 1) + link("last", pages);
            if (n < pages) body += link("next", n + 1);
            if (n > 1) body += link("previous", n - 1);
            for (const char* s : {"title", "author"})
                body += std::string("<link rel=\"http://opds-spec.org/facet\" opds:facetGroup=\"Sort by\" title=\"") +
                        (s[0] == 't' ? "Title" : "Author") + "\" href=\"/opds1/all.xml?sort=" + s + "\"" +
                        (sort == s ? " opds:activeFacet=\"true\"" : "") + "/>";
            list = page(list, n);
        }
        for (const auto& b : list) body += opds1Entry(b, who, false);
        sendText(resp, 200, atom + ";kind=acquisition", body + "</feed>");
        return true;
    }
    if (path.rfind("/opds1/book/", 0) == 0) {
        const TestBook* b = book(path.substr(12));
        if (!b) return false;
        sendText(resp, 200, "application/atom+xml;type=entry;profile=opds-catalog", opds1Entry(*b, who, true));
        return true;
    }
    if (path == "/opds2/root.json") {
        std::string featured;
        for (int i = 0; i < 2; ++i) {
            const auto& b = books[static_cast<std::size_t>(i)];
            featured += std::string(i ? "," : "") + R"({"metadata":{"title":)" + json(b.title) + R"(,"identifier":"urn:tingdu:test:)" + b.id +
                        R"("},"links":[{"rel":"http://opds-spec.org/acquisition/borrow","href":"/borrow/)" + b.id +
                        R"(","type":"application/opds-publication+json"}]})";
        }
        sendText(resp, 200, "application/opds+json",
                 R"({"metadata":{"title":"Zhejiang Test Library, OPDS 2"},"links":[{"rel":"self","href":"/opds2/root.json"},)"
                 R"({"rel":"search","href":"/opds2/search{?query}","type":"application/opds+json","templated":true}],)"
                 R"("navigation":[{"href":"/opds2/all.json","title":"All books","type":"application/opds+json"},)"
                 R"({"href":"/opds1/root.xml","title":"OPDS 1 view","type":"application/atom+xml;profile=opds-catalog"}],)"
                 R"("groups":[{"metadata":{"title":"Featured"},"links":[{"rel":"self","href":"/opds2/all.json"}],"publications":[)" +
                     featured + "]}]}");
        return true;
    }
    if (path == "/opds2/all.json" || path == "/opds2/search") {
        const int n = std::max(1, atoi(queryParam(req, "page").c_str()));
        std::vector<TestBook> list = sorted(books, "title");
        const std::string q = queryParam(req, "query");
        if (path == "/opds2/search")
            list.erase(std::remove_if(list.begin(), list.end(), [&](const TestBook& b) { return b.title.find(q) == std::string::npos; }),
                       list.end());
        const int pages = pageCount(list.size());
        std::string links = R"({"rel":"self","href":"/opds2/all.json?page=)" + std::to_string(n) + R"("})";
        if (n < pages) links += R"(,{"rel":"next","href":"/opds2/all.json?page=)" + std::to_string(n + 1) + R"("})";
        std::string pubs;
        for (const auto& b : page(list, n)) {
            const Standing s = who ? standing(*who, b.id) : Standing{};
            const std::string state = s.state == "loaned" ? "available" : s.state == "reserved" ? "reserved" : b.copies > 0 ? "available" : "unavailable";
            pubs += std::string(pubs.empty() ? "" : ",") + R"({"metadata":{"title":)" + json(b.title) + R"(,"author":)" + json(b.author) +
                    R"(,"identifier":"urn:tingdu:test:)" + b.id + R"(","language":"zh","accessibility":{"accessMode":["textual"],"feature":["structuralNavigation"]}},)"
                    R"("links":[{"rel":"http://opds-spec.org/acquisition/borrow","href":"/borrow/)" + b.id +
                    R"(","type":"application/atom+xml;type=entry;profile=opds-catalog","properties":{"availability":{"state":")" + state +
                    R"("},"copies":{"total":)" + std::to_string(b.copies) + R"(},"indirectAcquisition":[{"type":"application/epub+zip"}]}},)"
                    R"({"rel":"https://tingdu.zj/opds/rel/holdings","href":"/holdings/)" + b.id + R"(","type":"application/vnd.tingdu.province+json"}],)"
                    R"("images":[{"href":"/covers/)" + b.id + R"(.png","type":"image/png"}]})";
        }
        sendText(resp, 200, "application/opds+json",
                 R"({"metadata":{"title":"All books","numberOfItems":)" + std::to_string(list.size()) + R"(},"links":[)" + links +
                     R"(],"facets":[{"metadata":{"title":"Sort by"},"links":[{"rel":"self","href":"/opds2/all.json","title":"Title"},)"
                     R"({"href":"/opds2/all.json?sort=author","title":"Author"}]}],"publications":[)" + pubs + "]}");
        return true;
    }
    return false;
}

}  // namespace tingdu::testing
