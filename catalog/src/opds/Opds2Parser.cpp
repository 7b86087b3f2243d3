// OPDS 2.0 (JSON) with simdjson. The splitter (Opds2Splitter.h) hands over each publication of
// the top-level "publications" array as soon as it ends; simdjson parses and validates it, it
// becomes an Entry, and nothing of its JSON is kept. The rest of the feed (metadata, links,
// facets, groups) is parsed once at the end. Memory stays bounded by one publication.
#include "opds/Opds2Parser.h"

#include "opds/Opds2Model.h"
#include "opds/Opds2Splitter.h"

#include <vector>

namespace tingdu::catalog::opds2 {

namespace {

std::string invalid(const char* what, simdjson::error_code error)
{
    return std::string("The feed is not valid JSON (") + what + "): " + simdjson::error_message(error);
}

// One parse: the splitter, the JSON parser it feeds, and the feed being filled.
class Reader {
public:
    Reader(const std::string& baseUrl, const EntrySink& sink, const ParseLimits& limits)
        : m_sink(sink), m_limits(limits),
          m_splitter([this](std::string_view item) { return publication(item); }, limits.maxObjectBytes,
                     limits.maxObjectBytes)
    {
        m_feed.format = Feed::Format::Opds2;
        m_feed.url = baseUrl;
    }

    bool feed(std::string_view chunk) { return m_splitter.feed(chunk); }

    Result<Feed> finish()
    {
        const std::string& url = m_feed.url;
        if (m_stoppedBySink)
            return std::move(m_feed);
        if (m_tooMany)
            return makeError(ErrorCode::TooLarge, "The feed exceeds Tingdu's safety limits.", url);
        if (!m_error.empty())
            return makeError(ErrorCode::MalformedBody, m_error, url);
        if (!m_splitter.sawAnything() && m_splitter.status() == Splitter::Status::Ok)
            return makeError(ErrorCode::MalformedBody, "The feed is empty.", url);
        if (!m_splitter.finish()) {
            if (m_splitter.status() == Splitter::Status::TooLarge)
                return makeError(ErrorCode::TooLarge,
                                 "The feed exceeds Tingdu's safety limits: " + m_splitter.why() + ".", url);
            return makeError(ErrorCode::MalformedBody,
                             "The feed is not valid JSON: " + m_splitter.why() + ".", url);
        }
        Element root;
        if (auto error = m_json.parse(m_splitter.skeleton()).get(root))
            return makeError(ErrorCode::MalformedBody, invalid("outside its publications", error), url);
        if (!root.is_object())
            return makeError(ErrorCode::MalformedBody, "The feed is JSON but not an OPDS 2 feed object.",
                             url);
        if (Element m; root.at_key("metadata").get(m) || !m.is_object())
            return makeError(ErrorCode::MalformedBody,
                             "The feed has no \"metadata\" object, so it is not OPDS 2.", url);
        fillFeedLevel(m_feed, root);
        std::size_t publications = m_publications;
        for (const auto& g : m_feed.groups)
            publications += g.entries.size();
        m_feed.kind = publications > 0 ? Feed::Kind::Acquisition : Feed::Kind::Navigation;
        return std::move(m_feed);
    }

private:
    bool publication(std::string_view item)
    {
        Element e;
        if (auto error = m_json.parse(item.data(), item.size()).get(e)) {
            m_error = invalid(("publication " + std::to_string(m_items + 1)).c_str(), error);
            return false;
        }
        ++m_items;
        if (!e.is_object())
            return true; // not a publication; ignored like any unknown member
        ++m_publications;
        Entry entry = toEntry(e, m_feed.url);
        if (m_sink) {
            if (m_sink(std::move(entry)))
                return true;
            m_stoppedBySink = true;
            return false;
        }
        if (m_feed.entries.size() >= m_limits.maxEntries) {
            m_tooMany = true;
            return false;
        }
        m_feed.entries.push_back(std::move(entry));
        return true;
    }

    const EntrySink& m_sink;
    ParseLimits m_limits;
    Feed m_feed;
    simdjson::dom::parser m_json;
    Splitter m_splitter;
    std::size_t m_items = 0;
    std::size_t m_publications = 0;
    bool m_stoppedBySink = false;
    bool m_tooMany = false;
    std::string m_error;
};

class Opds2Parser final : public FeedParser {
public:
    Result<Feed> parse(std::istream& in, const std::string& baseUrl, const EntrySink& sink,
                       const ParseLimits& limits) const override
    {
        Reader reader(baseUrl, sink, limits);
        std::vector<char> buffer(64 * 1024);
        while (in) {
            in.read(buffer.data(), buffer.size());
            const auto got = static_cast<std::size_t>(in.gcount());
            if (got == 0)
                break;
            if (!reader.feed({buffer.data(), got}))
                break;
        }
        return reader.finish();
    }

    const char* formatName() const override { return "OPDS 2.0"; }
};

} // namespace

Result<Feed> parseBody(std::string_view body, const std::string& baseUrl, const EntrySink& sink,
                       const ParseLimits& limits)
{
    Reader reader(baseUrl, sink, limits);
    reader.feed(body);
    return reader.finish();
}

} // namespace tingdu::catalog::opds2

namespace tingdu::catalog {
std::unique_ptr<FeedParser> makeOpds2Parser()
{
    return std::make_unique<opds2::Opds2Parser>();
}
} // namespace tingdu::catalog
