// The feed model's small helpers: relation lookup, pagination, URL resolution.
#include "tingdu/catalog/Feed.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>

namespace tingdu::catalog {

namespace {
constexpr const char* kAcquisition = "http://opds-spec.org/acquisition";
}

const char* toString(Availability::State state)
{
    switch (state) {
    case Availability::State::Available: return "available";
    case Availability::State::Unavailable: return "unavailable";
    case Availability::State::Reserved: return "reserved";
    case Availability::State::Ready: return "ready";
    case Availability::State::Loaned: return "loaned";
    case Availability::State::OpenAccess: return "open-access";
    case Availability::State::Unknown: break;
    }
    return "unknown";
}

const char* toString(AcquisitionKind kind)
{
    switch (kind) {
    case AcquisitionKind::Generic: return "acquisition";
    case AcquisitionKind::OpenAccess: return "open-access";
    case AcquisitionKind::Borrow: return "borrow";
    case AcquisitionKind::Buy: return "buy";
    case AcquisitionKind::Sample: return "sample";
    case AcquisitionKind::Subscribe: return "subscribe";
    case AcquisitionKind::None: break;
    }
    return "none";
}

bool Link::hasRel(const std::string& r) const
{
    return rel == r || std::find(rels.begin(), rels.end(), r) != rels.end();
}

AcquisitionKind Link::acquisitionKind() const
{
    auto kindOf = [](const std::string& r) {
        const std::string base = kAcquisition;
        if (r == base) return AcquisitionKind::Generic;
        if (r == base + "/open-access") return AcquisitionKind::OpenAccess;
        if (r == base + "/borrow") return AcquisitionKind::Borrow;
        if (r == base + "/buy") return AcquisitionKind::Buy;
        if (r == base + "/sample" || r == "preview" || r == base + "/preview") return AcquisitionKind::Sample;
        if (r == base + "/subscribe") return AcquisitionKind::Subscribe;
        return AcquisitionKind::None;
    };
    if (auto k = kindOf(rel); k != AcquisitionKind::None) return k;
    for (const auto& r : rels)
        if (auto k = kindOf(r); k != AcquisitionKind::None) return k;
    return AcquisitionKind::None;
}

bool AccessibilityInfo::empty() const
{
    return accessModes.empty() && accessModesSufficient.empty() && features.empty() && hazards.empty() &&
           conformsTo.empty() && summary.empty();
}

std::vector<const Link*> Entry::acquisitions() const
{
    std::vector<const Link*> out;
    for (const auto& l : links)
        if (l.acquisitionKind() != AcquisitionKind::None) out.push_back(&l);
    return out;
}

Availability Entry::availability() const
{
    for (const auto* l : acquisitions())
        if (l->availability.state != Availability::State::Unknown) return l->availability;
    return {};
}

const Link* Entry::findLink(const std::string& rel) const
{
    for (const auto& l : links)
        if (l.hasRel(rel)) return &l;
    return nullptr;
}

const Link* FacetGroup::active() const
{
    for (const auto& f : facets)
        if (f.activeFacet) return &f;
    return nullptr;
}

const Link* Feed::findLink(const std::string& rel) const
{
    for (const auto& l : links)
        if (l.hasRel(rel)) return &l;
    return nullptr;
}

std::string Feed::next() const { return findLink("next") ? findLink("next")->href : std::string(); }
std::string Feed::previous() const
{
    if (const auto* l = findLink("previous")) return l->href;
    if (const auto* l = findLink("prev")) return l->href;
    return {};
}
std::string Feed::first() const { return findLink("first") ? findLink("first")->href : std::string(); }
std::string Feed::last() const { return findLink("last") ? findLink("last")->href : std::string(); }

const Link* Feed::search() const { return findLink("search"); }

std::size_t Feed::entryCount() const
{
    std::size_t n = entries.size();
    for (const auto& g : groups) n += g.entries.size();
    return n;
}

std::string resolveUrl(const std::string& base, const std::string& href)
{
    if (base.empty() || href.empty()) return href;
    try {
        Poco::URI uri(base);
        uri.resolve(href);
        return uri.toString();
    } catch (const Poco::Exception&) {
        return href;  // a malformed href stays as written; fetching it reports the error
    }
}

std::string resolveTemplate(const std::string& base, const std::string& uriTemplate)
{
    const auto brace = uriTemplate.find('{');
    if (brace == std::string::npos) return resolveUrl(base, uriTemplate);
    // Poco::URI would percent-encode the braces.
    return resolveUrl(base, uriTemplate.substr(0, brace)) + uriTemplate.substr(brace);
}

}  // namespace tingdu::catalog
