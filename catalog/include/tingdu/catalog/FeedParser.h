#pragma once
// One interface, one class per feed format: OPDS 1.2 (Atom, SAX-streamed) and OPDS 2.0 (JSON).
#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

/// Receives each top-level publication as soon as it is parsed; return false to stop early.
/// When a sink is given, the parser does not keep entries in Feed::entries, so memory stays
/// bounded by one entry however long the feed is. Called on the parsing thread.
using EntrySink = std::function<bool(Entry&&)>;

/// Safety bounds for untrusted feeds.
struct ParseLimits {
    std::size_t maxTextBytes = 1u << 20;  ///< one element's text (a summary, a content)
    std::size_t maxEntries = 200000;      ///< kept entries when there is no sink
    /// OPDS 2: one publication's JSON, and the rest of the feed without its publications.
    std::size_t maxObjectBytes = 64u << 20;
};

class FeedParser {
public:
    virtual ~FeedParser() = default;
    /// Parses a feed (or a single OPDS 1 entry document, which becomes a one-entry feed).
    /// baseUrl resolves relative links. Never throws; never fetches anything.
    virtual Result<Feed> parse(std::istream& in, const std::string& baseUrl, const EntrySink& sink = {},
                               const ParseLimits& limits = {}) const = 0;
    /// "OPDS 1.2" or "OPDS 2.0".
    virtual const char* formatName() const = 0;
};

std::unique_ptr<FeedParser> makeOpds1Parser();
std::unique_ptr<FeedParser> makeOpds2Parser();

/// Chooses the parser by media type, then by the first non-blank byte ('<' or '{').
Result<Feed> parseFeed(std::string_view body, const std::string& contentType, const std::string& baseUrl);

/// OpenSearch 1.1 description (OPDS 1 search): the Atom URL template, with {searchTerms}.
Result<std::string> parseOpenSearchTemplate(std::string_view body, const std::string& baseUrl);

/// Fills a search template: OpenSearch {searchTerms} (and optional {x?} parameters emptied)
/// or an RFC 6570 OPDS 2 template ({?query}, {query}). The query is percent-encoded.
std::string expandSearchTemplate(const std::string& uriTemplate, const std::string& query);

}  // namespace tingdu::catalog
