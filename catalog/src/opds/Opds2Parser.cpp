// OPDS 2.0 (JSON). Poco's JSON parser drives a splitting handler: each object in the top-level
// "publications" array is built, converted and released on its own, so memory stays bounded by
// one publication; the rest of the document (metadata, links, facets, groups) is small.
#include <Poco/JSON/Handler.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

#include "opds/Opds2Model.h"
#include "tingdu/catalog/FeedParser.h"

namespace tingdu::catalog {

namespace {

class StopParsing : public std::exception {};
class TooMany : public std::exception {};

class SplittingHandler : public Poco::JSON::Handler {
public:
    using PublicationFn = std::function<void(const json::ObjectPtr&)>;
    explicit SplittingHandler(PublicationFn onPublication)
        : m_rest(new Poco::JSON::ParseHandler), m_onPublication(std::move(onPublication))
    {
    }

    Poco::Dynamic::Var asVar() const override { return m_rest->asVar(); }
    void reset() override { m_rest->reset(); }

    void startObject() override
    {
        if (m_pubDepth == 0 && m_inPublications && m_depth == m_publicationsDepth) {
            m_pub = new Poco::JSON::ParseHandler;
            m_pubDepth = 1;
            m_pub->startObject();
        } else if (m_pubDepth > 0) {
            ++m_pubDepth;
            m_pub->startObject();
        } else {
            m_rest->startObject();
        }
        ++m_depth;
        m_lastKey.clear();
    }

    void endObject() override
    {
        --m_depth;
        if (m_pubDepth > 0) {
            m_pub->endObject();
            if (--m_pubDepth == 0) {
                const Poco::Dynamic::Var v = m_pub->asVar();
                m_pub = nullptr;
                if (v.type() == typeid(json::ObjectPtr)) m_onPublication(v.extract<json::ObjectPtr>());
            }
            return;
        }
        m_rest->endObject();
    }

    void startArray() override
    {
        if (m_pubDepth > 0) {
            ++m_pubDepth;
            m_pub->startArray();
        } else {
            // Only the root object's "publications" array is streamed (depth 1 = inside the root).
            if (m_depth == 1 && m_lastKey == "publications") {
                m_inPublications = true;
                m_publicationsDepth = m_depth + 1;
            }
            m_rest->startArray();
        }
        ++m_depth;
    }

    void endArray() override
    {
        --m_depth;
        if (m_pubDepth > 0) {
            --m_pubDepth;
            m_pub->endArray();
            return;
        }
        if (m_inPublications && m_depth + 1 == m_publicationsDepth) m_inPublications = false;
        m_rest->endArray();
    }

    void key(const std::string& k) override
    {
        if (m_pubDepth > 0) return m_pub->key(k);
        m_lastKey = k;
        m_rest->key(k);
    }

    void null() override { target().null(); }
    void value(int v) override { target().value(v); }
    void value(unsigned v) override { target().value(v); }
    void value(Poco::Int64 v) override { target().value(v); }
    void value(Poco::UInt64 v) override { target().value(v); }
    void value(const std::string& s) override { target().value(s); }
    void value(double d) override { target().value(d); }
    void value(bool b) override { target().value(b); }

private:
    Poco::JSON::Handler& target() { return m_pubDepth > 0 ? *m_pub : *m_rest; }

    Poco::SharedPtr<Poco::JSON::ParseHandler> m_rest;
    Poco::SharedPtr<Poco::JSON::ParseHandler> m_pub;
    PublicationFn m_onPublication;
    int m_depth = 0;
    int m_pubDepth = 0;
    bool m_inPublications = false;
    int m_publicationsDepth = 0;
    std::string m_lastKey;
};

void fillFeedLevel(Feed& feed, const json::ObjectPtr& root)
{
    const std::string& base = feed.url;
    const auto m = json::object(root, "metadata");
    feed.title = json::string(m, "title");
    feed.id = json::string(m, "identifier");
    feed.updated = json::string(m, "modified");
    feed.totalResults = json::integer(m, "numberOfItems");
    feed.itemsPerPage = json::integer(m, "itemsPerPage");
    feed.links = opds2::toLinks(json::array(root, "links"), base);
    feed.navigation = opds2::toLinks(json::array(root, "navigation"), base);
    if (auto facets = json::array(root, "facets")) {
        for (unsigned i = 0; i < facets->size(); ++i) {
            auto f = json::objectAt(facets, i);
            if (!f) continue;
            FacetGroup g{json::string(json::object(f, "metadata"), "title"),
                         opds2::toLinks(json::array(f, "links"), base)};
            for (auto& l : g.facets) {
                l.facetGroup = g.title;
                l.activeFacet = l.hasRel("self");  // OPDS 2 marks the active facet with rel "self"
            }
            feed.facetGroups.push_back(std::move(g));
        }
    }
    if (auto groups = json::array(root, "groups")) {
        for (unsigned i = 0; i < groups->size(); ++i) {
            auto g = json::objectAt(groups, i);
            if (!g) continue;
            Group group;
            group.title = json::string(json::object(g, "metadata"), "title");
            for (const auto& l : opds2::toLinks(json::array(g, "links"), base))
                if (l.hasRel("self") || group.href.empty()) group.href = l.href;
            group.navigation = opds2::toLinks(json::array(g, "navigation"), base);
            if (auto pubs = json::array(g, "publications"))
                for (unsigned j = 0; j < pubs->size(); ++j)
                    if (auto p = json::objectAt(pubs, j)) group.entries.push_back(opds2::toEntry(p, base));
            feed.groups.push_back(std::move(group));
        }
    }
}

class Opds2Parser final : public FeedParser {
public:
    Result<Feed> parse(std::istream& in, const std::string& baseUrl, const EntrySink& sink,
                       const ParseLimits& limits) const override
    {
        Feed feed;
        feed.format = Feed::Format::Opds2;
        feed.url = baseUrl;
        std::size_t publications = 0;
        auto onPublication = [&](const json::ObjectPtr& p) {
            ++publications;
            Entry e = opds2::toEntry(p, baseUrl);
            if (sink) {
                if (!sink(std::move(e))) throw StopParsing();
                return;
            }
            if (feed.entries.size() >= limits.maxEntries) throw TooMany();
            feed.entries.push_back(std::move(e));
        };
        Poco::SharedPtr<SplittingHandler> handler = new SplittingHandler(onPublication);
        Poco::JSON::Parser parser(handler);
        json::ObjectPtr root;
        try {
            parser.parse(in);
            const Poco::Dynamic::Var v = handler->asVar();
            if (v.type() != typeid(json::ObjectPtr))
                return makeError(ErrorCode::MalformedBody, "The feed is JSON but not an OPDS 2 feed object.", baseUrl);
            root = v.extract<json::ObjectPtr>();
        } catch (const StopParsing&) {
            return feed;
        } catch (const TooMany&) {
            return makeError(ErrorCode::TooLarge, "The feed exceeds Tingdu's safety limits.", baseUrl);
        } catch (const Poco::Exception& e) {
            return makeError(ErrorCode::MalformedBody, "The feed is not valid JSON: " + e.message() + ".", baseUrl);
        }
        if (!json::isObject(root, "metadata"))
            return makeError(ErrorCode::MalformedBody, "The feed has no \"metadata\" object, so it is not OPDS 2.",
                             baseUrl);
        fillFeedLevel(feed, root);
        for (const auto& g : feed.groups) publications += g.entries.size();
        feed.kind = publications > 0 ? Feed::Kind::Acquisition : Feed::Kind::Navigation;
        return feed;
    }

    const char* formatName() const override { return "OPDS 2.0"; }
};

}  // namespace

std::unique_ptr<FeedParser> makeOpds2Parser() { return std::make_unique<Opds2Parser>(); }

}  // namespace tingdu::catalog
