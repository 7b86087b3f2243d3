// OPDS 1.2 (Atom) over Poco's SAX parser: streamed, no DTD, no external entities, bounded text.
#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/DefaultHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>
#include <Poco/XML/XMLException.h>

#include <iterator>
#include <map>
#include <optional>

#include "opds/Opds1Availability.h"
#include "tingdu/catalog/FeedParser.h"

namespace tingdu::catalog {

namespace {

constexpr const char* kAtom = "http://www.w3.org/2005/Atom";
constexpr const char* kOpds = "http://opds-spec.org/2010/catalog";
constexpr const char* kOpenSearch = "http://a9.com/-/spec/opensearch/1.1/";
constexpr const char* kThread = "http://purl.org/syndication/thread/1.0";
constexpr const char* kSchema = "http://schema.org/";

bool isDublinCore(const std::string& ns)
{
    return ns == "http://purl.org/dc/terms/" || ns == "http://purl.org/dc/elements/1.1/";
}

int toInt(const std::string& s)
{
    try {
        return s.empty() ? -1 : std::stoi(s);
    } catch (const std::exception&) {
        return -1;  // a garbled count is treated as absent
    }
}

// Handlers never throw: an exception unwinding through expat's C frames leaks its in-flight
// allocations (found by fuzz_opds1). A handler records why it stops and ignores the rest.
enum class Stop { No, Sink, NotAtom, TooLarge };

class AtomHandler : public Poco::XML::DefaultHandler {
public:
    AtomHandler(Feed& feed, const EntrySink& sink, const ParseLimits& limits)
        : m_feed(feed), m_sink(sink), m_limits(limits)
    {
    }

    bool rootSeen() const { return m_rootSeen; }
    bool stopped() const { return m_stopped; }
    Stop stopReason() const { return m_stop; }
    std::size_t publications() const { return m_publications; }

    void startElement(const Poco::XML::XMLString& ns, const Poco::XML::XMLString& name,
                      const Poco::XML::XMLString&, const Poco::XML::Attributes& attrs) override
    {
        ++m_depth;
        if (m_stopped) return;
        if (m_depth == 1) {
            m_rootSeen = true;
            if (ns != kAtom || (name != "feed" && name != "entry")) {
                stop(Stop::NotAtom);
                return;
            }
            if (name == "entry") beginEntry();
            return;
        }
        if (m_captureDepth > 0) return;  // markup inside xhtml content: keep only its text
        if (ns == kAtom && name == "entry" && !m_entry) {
            beginEntry();
        } else if (ns == kAtom && name == "link") {
            beginLink(attrs);
        } else if (m_link && ns == kOpds) {
            linkChild(name, attrs);
        } else if (ns == kAtom && (name == "author" || name == "contributor") && m_entry) {
            m_author = Contributor{};
            m_inPerson = true;
            m_inAuthor = name == "author";
        } else if (ns == kAtom && name == "category" && m_entry) {
            const std::string& label = attrs.getValue("", "label");
            m_subjects.push_back(label.empty() ? attrs.getValue("", "term") : label);
        } else if (isTextElement(ns, name)) {
            m_text.clear();
            m_captureDepth = m_depth;
        }
    }

    void endElement(const Poco::XML::XMLString& ns, const Poco::XML::XMLString& name,
                    const Poco::XML::XMLString&) override
    {
        const int depth = m_depth--;
        if (m_stopped) return;
        if (m_captureDepth > 0) {
            if (depth != m_captureDepth) return;
            m_captureDepth = 0;
            storeText(ns, name);
            return;
        }
        if (ns == kAtom && name == "link" && m_link) {
            endLink();
        } else if (ns == kOpds && name == "indirectAcquisition" && !m_indirect.empty()) {
            m_indirect.pop_back();
        } else if (ns == kAtom && (name == "author" || name == "contributor") && m_entry) {
            if (m_inAuthor && !m_author.name.empty()) m_authors.push_back(std::move(m_author));
            m_inAuthor = false;
            m_inPerson = false;
        } else if (ns == kAtom && name == "entry" && m_entry) {
            endEntry();
        }
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (m_stopped || m_captureDepth == 0) return;
        if (m_text.size() + static_cast<std::size_t>(length) > m_limits.maxTextBytes) {
            stop(Stop::TooLarge);
            return;
        }
        m_text.append(ch + start, static_cast<std::size_t>(length));
    }

private:
    void stop(Stop why)
    {
        m_stopped = true;
        m_stop = why;
    }

    static bool isTextElement(const std::string& ns, const std::string& name)
    {
        if (ns == kAtom)
            return name == "title" || name == "id" || name == "updated" || name == "published" ||
                   name == "summary" || name == "content" || name == "name" || name == "uri" ||
                   name == "subtitle";
        if (isDublinCore(ns)) return name == "language" || name == "publisher" || name == "issued";
        if (ns == kOpenSearch) return name == "totalResults" || name == "itemsPerPage";
        if (ns == kSchema)
            return name == "accessMode" || name == "accessModeSufficient" || name == "accessibilityFeature" ||
                   name == "accessibilityHazard" || name == "accessibilitySummary";
        return false;
    }

    void storeText(const std::string& ns, const std::string& name)
    {
        std::string text = trim(m_text);
        if (ns == kOpds && name == "price" && m_link && m_link->price) {
            try {
                m_link->price->value = std::stod(text);
            } catch (const std::exception&) {
                m_link->price.reset();  // an unreadable price is no price
            }
            return;
        }
        if (m_inAuthor || (ns == kAtom && (name == "name" || name == "uri") && m_entry)) {
            if (name == "name") m_author.name = text;
            if (name == "uri") m_author.href = resolveUrl(m_feed.url, text);
            return;
        }
        if (m_entry) {
            Entry& e = *m_entry;
            if (ns == kAtom) {
                if (name == "title") e.title = text;
                else if (name == "id") e.id = text;
                else if (name == "updated") e.updated = text;
                else if (name == "published") e.published = text;
                else if (name == "summary") e.summary = text;
                else if (name == "content") e.content = text;
            } else if (isDublinCore(ns)) {
                if (name == "language") e.language = text;
                else if (name == "publisher") e.publisher = text;
                else if (name == "issued" && e.published.empty()) e.published = text;
            } else if (ns == kSchema) {
                auto& a = e.accessibility;
                if (name == "accessMode") a.accessModes.push_back(text);
                else if (name == "accessModeSufficient") a.accessModesSufficient.push_back(text);
                else if (name == "accessibilityFeature") a.features.push_back(text);
                else if (name == "accessibilityHazard") a.hazards.push_back(text);
                else if (name == "accessibilitySummary") a.summary = text;
            }
            return;
        }
        if (ns == kAtom && m_depth == 1) {  // children of <feed> (depth already decremented)
            if (name == "title") m_feed.title = text;
            else if (name == "id") m_feed.id = text;
            else if (name == "updated") m_feed.updated = text;
        } else if (ns == kOpenSearch) {
            if (name == "totalResults") m_feed.totalResults = toInt(text);
            else m_feed.itemsPerPage = toInt(text);
        }
    }

    static std::string trim(const std::string& s)
    {
        const auto b = s.find_first_not_of(" \t\r\n");
        if (b == std::string::npos) return {};
        return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
    }

    void beginEntry()
    {
        m_entry.emplace();
        m_collection.reset();
        m_links.clear();
        m_images.clear();
        m_authors.clear();
        m_subjects.clear();
    }

    // The entry's lists are gathered in reused vectors and copied out at their exact size:
    // growth would leave up to half of each list's capacity unused in every kept entry.
    template <typename T>
    static void moveExact(std::vector<T>& from, std::vector<T>& to)
    {
        to.assign(std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
        from.clear();
    }

    void beginLink(const Poco::XML::Attributes& attrs)
    {
        Link l;
        l.href = resolveUrl(m_feed.url, attrs.getValue("", "href"));
        l.rel = attrs.getValue("", "rel");
        if (l.rel.empty()) l.rel = "alternate";  // Atom's default relation (Atom links have one; rels stays empty)
        l.type = attrs.getValue("", "type");
        l.title = attrs.getValue("", "title");
        l.facetGroup = attrs.getValue(kOpds, "facetGroup");
        l.activeFacet = attrs.getValue(kOpds, "activeFacet") == "true";
        l.count = toInt(attrs.getValue(kThread, "count"));
        m_link = std::move(l);
        m_indirect.clear();
    }

    void linkChild(const std::string& name, const Poco::XML::Attributes& attrs)
    {
        Link& l = *m_link;
        if (name == "indirectAcquisition") {
            auto& siblings = m_indirect.empty() ? l.indirect : m_indirect.back()->children;
            siblings.push_back(IndirectAcquisition{attrs.getValue("", "type"), {}});
            m_indirect.push_back(&siblings.back());
        } else if (name == "availability") {
            std::string status = attrs.getValue("", "status");
            if (status.empty()) status = attrs.getValue("", "state");  // older Library Simplified servers
            l.availability.state = opds1AvailabilityState(status);
            l.availability.since = attrs.getValue("", "since");
            l.availability.until = attrs.getValue("", "until");
            m_explicitAvailability = true;
        } else if (name == "holds") {
            l.availability.holdsTotal = toInt(attrs.getValue("", "total"));
            l.availability.holdPosition = toInt(attrs.getValue("", "position"));
        } else if (name == "copies") {
            l.availability.copiesTotal = toInt(attrs.getValue("", "total"));
            l.availability.copiesAvailable = toInt(attrs.getValue("", "available"));
        } else if (name == "price") {
            l.price = Price{0, attrs.getValue("", "currencycode")};
            m_text.clear();
            m_captureDepth = m_depth;
        }
    }

    void endLink()
    {
        Link l = std::move(*m_link);
        m_link.reset();
        m_indirect.clear();
        if (l.href.empty()) return;  // a link without a target is unusable; skip it, keep the entry
        if (m_entry && m_inPerson) {  // Palace links an author to their books: that is the author's href
            if (m_author.href.empty()) m_author.href = std::move(l.href);
            return;
        }
        if (m_entry) {
            inferOpds1Availability(l, m_explicitAvailability);
            m_explicitAvailability = false;
            if (l.rel == "collection") m_collection = l;
            // Covers and thumbnails go to images only, as in OPDS 2 (one copy of each link kept).
            if (l.rel.rfind("http://opds-spec.org/image", 0) == 0) m_images.push_back(std::move(l));
            else m_links.push_back(std::move(l));
            return;
        }
        if (l.rel == "http://opds-spec.org/facet") {
            addFacet(std::move(l));
        } else {
            m_feed.links.push_back(std::move(l));
        }
    }

    void addFacet(Link l)
    {
        for (auto& g : m_feed.facetGroups)
            if (g.title == l.facetGroup) {
                g.facets.push_back(std::move(l));
                return;
            }
        m_feed.facetGroups.push_back(FacetGroup{l.facetGroup, {std::move(l)}});
    }

    void endEntry()
    {
        Entry e = std::move(*m_entry);
        m_entry.reset();
        moveExact(m_links, e.links);
        moveExact(m_images, e.images);
        moveExact(m_authors, e.authors);
        moveExact(m_subjects, e.subjects);
        if (e.acquisitions().empty()) {
            addNavigation(e);
            return;
        }
        if (m_collection) {
            ++m_publications;
            groupFor(*m_collection).entries.push_back(std::move(e));
            return;
        }
        ++m_publications;
        if (m_sink) {
            if (!m_sink(std::move(e))) stop(Stop::Sink);
            return;
        }
        if (m_feed.entries.size() >= m_limits.maxEntries) {
            stop(Stop::TooLarge);
            return;
        }
        m_feed.entries.push_back(std::move(e));
    }

    // An entry without acquisitions is a navigation entry: its catalog link becomes navigation.
    void addNavigation(const Entry& e)
    {
        for (const auto& l : e.links) {
            if (l.type.find("application/atom+xml") == std::string::npos &&
                l.type.find("application/opds+json") == std::string::npos)
                continue;
            Link nav = l;
            nav.title = e.title;
            if (m_collection)
                groupFor(*m_collection).navigation.push_back(std::move(nav));
            else
                m_feed.navigation.push_back(std::move(nav));
            return;
        }
    }

    Group& groupFor(const Link& collection)
    {
        auto it = m_groupIndex.find(collection.href);
        if (it != m_groupIndex.end()) return m_feed.groups[it->second];
        m_groupIndex.emplace(collection.href, m_feed.groups.size());
        m_feed.groups.push_back(Group{collection.title, collection.href, {}, {}});
        return m_feed.groups.back();
    }

    Feed& m_feed;
    const EntrySink& m_sink;
    ParseLimits m_limits;
    int m_depth = 0;
    std::size_t m_publications = 0;
    int m_captureDepth = 0;
    bool m_rootSeen = false;
    bool m_stopped = false;
    Stop m_stop = Stop::No;
    bool m_inAuthor = false;
    bool m_inPerson = false;  // inside <author> or <contributor>
    bool m_explicitAvailability = false;
    std::string m_text;
    Contributor m_author;
    std::optional<Entry> m_entry;
    std::vector<Link> m_links;  // the open entry's lists (see moveExact)
    std::vector<Link> m_images;
    std::vector<Contributor> m_authors;
    std::vector<std::string> m_subjects;
    std::optional<Link> m_link;
    std::optional<Link> m_collection;
    std::vector<IndirectAcquisition*> m_indirect;  // open indirectAcquisition elements, innermost last
    std::map<std::string, std::size_t> m_groupIndex;
};

class Opds1Parser final : public FeedParser {
public:
    Result<Feed> parse(std::istream& in, const std::string& baseUrl, const EntrySink& sink,
                       const ParseLimits& limits) const override
    {
        Feed feed;
        feed.format = Feed::Format::Opds1;
        feed.url = baseUrl;
        AtomHandler handler(feed, sink, limits);
        Poco::XML::SAXParser parser;
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, true);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACE_PREFIXES, false);
        // Never resolve anything outside the document (XXE, DTD fetching).
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_GENERAL_ENTITIES, false);
        parser.setFeature(Poco::XML::XMLReader::FEATURE_EXTERNAL_PARAMETER_ENTITIES, false);
        parser.setContentHandler(&handler);
        parser.setErrorHandler(&handler);
        parser.setEntityResolver(nullptr);
        Poco::XML::InputSource source(in);
        std::string malformed;
        try {
            parser.parse(&source);
        } catch (const Poco::Exception& e) {
            malformed = e.message();
        }
        switch (handler.stopReason()) {
        case Stop::TooLarge:
            return makeError(ErrorCode::TooLarge, "The feed exceeds Tingdu's safety limits.", baseUrl);
        case Stop::NotAtom:
            return makeError(ErrorCode::MalformedBody,
                             "The feed is not valid OPDS 1 (Atom): the document is not an Atom feed or entry.",
                             baseUrl);
        case Stop::Sink:
            return feed;
        case Stop::No:
            break;
        }
        if (!malformed.empty())
            return makeError(ErrorCode::MalformedBody, "The feed is not valid OPDS 1 (Atom): " + malformed + ".",
                             baseUrl);
        if (!handler.rootSeen())
            return makeError(ErrorCode::MalformedBody, "The feed is empty.", baseUrl);
        feed.kind = handler.publications() > 0 ? Feed::Kind::Acquisition : Feed::Kind::Navigation;
        return feed;
    }

    const char* formatName() const override { return "OPDS 1.2"; }
};

}  // namespace

std::unique_ptr<FeedParser> makeOpds1Parser() { return std::make_unique<Opds1Parser>(); }

}  // namespace tingdu::catalog
