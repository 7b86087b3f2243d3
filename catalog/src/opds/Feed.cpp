// The feed model's small helpers: relation lookup, pagination, URL resolution.
#include "tingdu/catalog/Feed.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <algorithm>
#include <string_view>

#include "opds/Url.h"

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

namespace {
// Called for every link of every entry: compare views, allocate nothing.
AcquisitionKind kindOfRel(std::string_view r)
{
    if (r == "preview") return AcquisitionKind::Sample;
    constexpr std::string_view base = kAcquisition;
    if (r.substr(0, base.size()) != base) return AcquisitionKind::None;
    const std::string_view rest = r.substr(base.size());
    if (rest.empty()) return AcquisitionKind::Generic;
    if (rest == "/open-access") return AcquisitionKind::OpenAccess;
    if (rest == "/borrow") return AcquisitionKind::Borrow;
    if (rest == "/buy") return AcquisitionKind::Buy;
    if (rest == "/sample" || rest == "/preview") return AcquisitionKind::Sample;
    if (rest == "/subscribe") return AcquisitionKind::Subscribe;
    return AcquisitionKind::None;
}
}  // namespace

AcquisitionKind Link::acquisitionKind() const
{
    if (auto k = kindOfRel(rel); k != AcquisitionKind::None) return k;
    for (const auto& r : rels)
        if (auto k = kindOfRel(r); k != AcquisitionKind::None) return k;
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

std::string resolveHref(const std::string& base, std::string_view href)
{
    if (base.empty() || href.empty()) return std::string(href);
    if (href.substr(0, 8) == "https://" || href.substr(0, 7) == "http://") return std::string(href);
    if (href[0] == '/' && href.size() > 1 && href[1] != '/' && href.find("/./") == std::string_view::npos &&
        href.find("/../") == std::string_view::npos) {
        const auto scheme = base.find("://");
        if (scheme != std::string::npos && base.compare(0, 4, "http") == 0) {
            const auto origin = std::min(base.find('/', scheme + 3), base.size());
            std::string out;
            out.reserve(origin + href.size());
            return out.append(base, 0, origin).append(href);
        }
    }
    try {
        Poco::URI uri(base);
        uri.resolve(std::string(href));
        return uri.toString();
    } catch (const Poco::Exception&) {
        return std::string(href);  // a malformed href stays as written; fetching it reports the error
    }
}

std::string resolveUrl(const std::string& base, const std::string& href) { return resolveHref(base, href); }

std::string resolveTemplate(const std::string& base, const std::string& uriTemplate)
{
    const auto brace = uriTemplate.find('{');
    if (brace == std::string::npos) return resolveUrl(base, uriTemplate);
    // Poco::URI would percent-encode the braces.
    return resolveUrl(base, uriTemplate.substr(0, brace)) + uriTemplate.substr(brace);
}

}  // namespace tingdu::catalog
