// OPDS 2.0 (JSON). Poco's JSON tokenizer drives a light tree builder (util/JsonTree.h): each
// object in the top-level "publications" array is converted and released as soon as it closes,
// so memory stays bounded by one publication; the rest (metadata, links, facets, groups) is small.
#include <Poco/JSON/Parser.h>

#include "opds/Opds2Model.h"
#include "tingdu/catalog/FeedParser.h"

namespace tingdu::catalog {

namespace {

class StopParsing : public std::exception {};
class TooMany : public std::exception {};

void fillFeedLevel(Feed& feed, const jt::Node* root)
{
    const std::string& base = feed.url;
    const auto m = jt::object(root, "metadata");
    feed.title = jt::string(m, "title");
    feed.id = jt::string(m, "identifier");
    feed.updated = jt::string(m, "modified");
    feed.totalResults = jt::integer(m, "numberOfItems");
    feed.itemsPerPage = jt::integer(m, "itemsPerPage");
    feed.links = opds2::toLinks(jt::array(root, "links"), base);
    feed.navigation = opds2::toLinks(jt::array(root, "navigation"), base);
    if (auto facets = jt::array(root, "facets")) {
        for (std::size_t i = 0; i < jt::size(facets); ++i) {
            auto f = jt::objectAt(facets, i);
            if (!f) continue;
            FacetGroup g{jt::string(jt::object(f, "metadata"), "title"),
                         opds2::toLinks(jt::array(f, "links"), base)};
            for (auto& l : g.facets) {
                l.facetGroup = g.title;
                l.activeFacet = l.hasRel("self");  // OPDS 2 marks the active facet with rel "self"
            }
            feed.facetGroups.push_back(std::move(g));
        }
    }
    if (auto groups = jt::array(root, "groups")) {
        for (std::size_t i = 0; i < jt::size(groups); ++i) {
            auto g = jt::objectAt(groups, i);
            if (!g) continue;
            Group group;
            group.title = jt::string(jt::object(g, "metadata"), "title");
            for (const auto& l : opds2::toLinks(jt::array(g, "links"), base))
                if (l.hasRel("self") || group.href.empty()) group.href = l.href;
            group.navigation = opds2::toLinks(jt::array(g, "navigation"), base);
            if (auto pubs = jt::array(g, "publications"))
                for (std::size_t j = 0; j < jt::size(pubs); ++j)
                    if (auto p = jt::objectAt(pubs, j)) group.entries.push_back(opds2::toEntry(p, base));
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
        auto onPublication = [&](const jt::Node& node) {
            const jt::Node* p = &node;
            ++publications;
            Entry e = opds2::toEntry(p, baseUrl);
            if (sink) {
                if (!sink(std::move(e))) throw StopParsing();
                return;
            }
            if (feed.entries.size() >= limits.maxEntries) throw TooMany();
            feed.entries.push_back(std::move(e));
        };
        Poco::SharedPtr<jt::TreeBuilder> handler = new jt::TreeBuilder(onPublication);
        Poco::JSON::Parser parser(handler);
        const jt::Node* root = nullptr;
        try {
            parser.parse(in);
            if (!handler->root().isObject())
                return makeError(ErrorCode::MalformedBody, "The feed is JSON but not an OPDS 2 feed object.", baseUrl);
            root = &handler->root();
        } catch (const StopParsing&) {
            return feed;
        } catch (const TooMany&) {
            return makeError(ErrorCode::TooLarge, "The feed exceeds Tingdu's safety limits.", baseUrl);
        } catch (const Poco::Exception& e) {
            return makeError(ErrorCode::MalformedBody, "The feed is not valid JSON: " + e.message() + ".", baseUrl);
        }
        if (!jt::object(root, "metadata"))
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
