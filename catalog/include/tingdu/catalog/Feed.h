#pragma once
// One model for OPDS 1.2 (Atom) and OPDS 2.0 (JSON) feeds; the parsers fill it, the UI and CLI read it.
#include <optional>
#include <string>
#include <vector>

namespace tingdu::catalog {

/// Availability of a publication through one acquisition link (OPDS 2 `properties.availability`,
/// Library Simplified / Palace `opds:availability`, `opds:holds`, `opds:copies`).
struct Availability {
    enum class State {
        Unknown,      ///< the feed said nothing
        Available,    ///< can be borrowed now
        Unavailable,  ///< all copies out; a hold can be placed
        Reserved,     ///< the reader holds it and is waiting
        Ready,        ///< the hold is ready to borrow
        Loaned,       ///< the reader has it on loan
        OpenAccess,   ///< free to download, no loan needed
    };
    State state = State::Unknown;
    std::string since;         ///< ISO 8601, empty when absent
    std::string until;         ///< loan due date or hold expiry, ISO 8601
    int holdsTotal = -1;       ///< -1 when absent
    int holdPosition = -1;     ///< the reader's place in the queue, -1 when absent
    int copiesTotal = -1;
    int copiesAvailable = -1;
};

/// "available", "unavailable", "reserved", "ready", "loaned", "open-access", "unknown".
const char* toString(Availability::State state);

/// A format reached through intermediate documents (e.g. an ACSM that yields an EPUB).
struct IndirectAcquisition {
    std::string type;
    std::vector<IndirectAcquisition> children;
};

/// What an acquisition link does.
enum class AcquisitionKind { None, Generic, OpenAccess, Borrow, Buy, Sample, Subscribe };
const char* toString(AcquisitionKind kind);

struct Price {
    double value = 0;
    std::string currency;
};

/// A link of any kind; the optional parts are set only where they apply.
struct Link {
    std::string href;  ///< resolved against the feed URL when the feed had one
    std::string rel;   ///< first relation (OPDS 2 may list several: see rels)
    std::vector<std::string> rels;  ///< every relation when there are several (rel first); empty when there is one
    std::string type;
    std::string title;
    bool templated = false;  ///< OPDS 2 URI template (search)
    int count = -1;          ///< thr:count / numberOfItems
    // facets
    std::string facetGroup;
    bool activeFacet = false;
    // acquisition
    std::vector<IndirectAcquisition> indirect;
    Availability availability;
    std::optional<Price> price;

    bool hasRel(const std::string& r) const;
    AcquisitionKind acquisitionKind() const;
};

/// Accessibility metadata (schema.org / EPUB Accessibility as OPDS 2 and Palace publish it).
struct AccessibilityInfo {
    std::vector<std::string> accessModes;
    std::vector<std::string> accessModesSufficient;
    std::vector<std::string> features;
    std::vector<std::string> hazards;
    std::vector<std::string> conformsTo;
    std::string summary;
    bool empty() const;
};

struct Contributor {
    std::string name;
    std::string href;  ///< the author's feed, when given
};

/// A publication (OPDS 1 entry with acquisitions, OPDS 2 publication).
struct Entry {
    std::string id;
    std::string title;
    std::vector<Contributor> authors;
    std::string summary;
    std::string content;
    std::string updated;
    std::string published;
    std::string language;
    std::string publisher;
    std::vector<std::string> subjects;
    std::vector<Link> links;   ///< every link, acquisitions included, except images
    std::vector<Link> images;  ///< cover and thumbnail (OPDS 1 image relations, OPDS 2 "images")
    AccessibilityInfo accessibility;

    std::vector<const Link*> acquisitions() const;
    /// The first availability the acquisition links state, Unknown if none.
    Availability availability() const;
    const Link* findLink(const std::string& rel) const;
};

/// A titled lane: OPDS 2 `groups`, OPDS 1 entries sharing a `collection` link.
struct Group {
    std::string title;
    std::string href;  ///< "more" link
    std::vector<Entry> entries;
    std::vector<Link> navigation;
};

struct FacetGroup {
    std::string title;
    std::vector<Link> facets;  ///< at most one has activeFacet
    const Link* active() const;
};

/// One page of a catalog.
struct Feed {
    enum class Format { Opds1, Opds2 };
    enum class Kind { Navigation, Acquisition };
    Format format = Format::Opds1;
    Kind kind = Kind::Navigation;
    std::string id;
    std::string title;
    std::string updated;
    std::string url;  ///< where it was fetched from (base for relative links)
    std::vector<Link> links;       ///< feed-level links (self, start, up, search, next, ...)
    std::vector<Link> navigation;  ///< navigation links (OPDS 1 navigation entries, OPDS 2 navigation)
    std::vector<Entry> entries;    ///< publications not in a group
    std::vector<Group> groups;
    std::vector<FacetGroup> facetGroups;
    int totalResults = -1;
    int itemsPerPage = -1;
    bool offline = false;      ///< served from the shelf's cache because the network failed
    std::string cachedAt;      ///< when offline: when it was stored (ISO 8601)

    const Link* findLink(const std::string& rel) const;
    std::string next() const;
    std::string previous() const;
    std::string first() const;
    std::string last() const;
    /// The search link (OpenSearch description for OPDS 1, templated link for OPDS 2).
    const Link* search() const;
    /// Every entry, in groups or not.
    std::size_t entryCount() const;
};

/// Resolves a possibly relative href against a base URL (RFC 3986).
std::string resolveUrl(const std::string& base, const std::string& href);
/// Same for a URI template: the part before the first '{' is resolved, the template kept verbatim.
std::string resolveTemplate(const std::string& base, const std::string& uriTemplate);

}  // namespace tingdu::catalog
