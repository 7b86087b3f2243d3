// Converts OPDS 2.0 JSON (Readium Web Publication Manifest metadata) into the Feed model.
#include "opds/Opds2Model.h"

namespace tingdu::catalog::opds2 {

namespace {

std::vector<IndirectAcquisition> indirect(const jt::Node* a)
{
    std::vector<IndirectAcquisition> out;
    if (!a) return out;
    for (std::size_t i = 0; i < jt::size(a); ++i)
        if (auto o = jt::objectAt(a, i)) out.push_back({jt::string(o, "type"), indirect(jt::array(o, "child"))});
    return out;
}

std::vector<Contributor> contributors(const jt::Node* metadata, const std::string& key,
                                      const std::string& baseUrl)
{
    std::vector<Contributor> out;
    if (auto a = jt::array(metadata, key)) {
        for (std::size_t i = 0; i < jt::size(a); ++i) {
            if (std::string s = jt::stringAt(a, i); !s.empty()) {
                out.push_back({s, {}});
            } else if (auto o = jt::objectAt(a, i)) {
                Contributor c{jt::string(o, "name"), {}};
                if (auto links = jt::array(o, "links"); jt::size(links) > 0)
                    c.href = resolveUrl(baseUrl, jt::string(jt::objectAt(links, 0), "href"));
                if (!c.name.empty()) out.push_back(std::move(c));
            }
        }
    } else if (auto o = jt::object(metadata, key); o && o->get("name")) {
        out.push_back({jt::string(o, "name"), {}});
    } else if (std::string s = jt::string(metadata, key); !s.empty()) {
        out.push_back({s, {}});
    }
    return out;
}

AccessibilityInfo accessibility(const jt::Node* a)
{
    AccessibilityInfo info;
    if (!a) return info;
    info.conformsTo = jt::strings(a, "conformsTo");
    info.accessModes = jt::strings(a, "accessMode");
    info.features = jt::strings(a, "feature");
    info.hazards = jt::strings(a, "hazard");
    info.summary = jt::string(a, "summary");
    // accessModeSufficient is a list of lists ("textual" or ["auditory","visual"]): keep each set as "a,b".
    if (auto sets = jt::array(a, "accessModeSufficient")) {
        for (std::size_t i = 0; i < jt::size(sets); ++i) {
            if (std::string s = jt::stringAt(sets, i); !s.empty()) {
                info.accessModesSufficient.push_back(s);
            } else if (sets->items[i].isArray()) {
                const jt::Node* inner = &sets->items[i];
                std::string joined;
                for (std::size_t j = 0; j < jt::size(inner); ++j)
                    joined += (j ? "," : "") + jt::stringAt(inner, j);
                info.accessModesSufficient.push_back(joined);
            }
        }
    }
    return info;
}

}  // namespace

Availability::State availabilityState(const std::string& state)
{
    using S = Availability::State;
    if (state == "available") return S::Available;
    if (state == "unavailable") return S::Unavailable;
    if (state == "reserved") return S::Reserved;
    if (state == "ready") return S::Ready;
    return S::Unknown;
}

Link toLink(const jt::Node* o, const std::string& baseUrl)
{
    Link l;
    if (!o) return l;
    l.templated = jt::boolean(o, "templated");
    const std::string href = jt::string(o, "href");
    l.href = l.templated ? resolveTemplate(baseUrl, href) : resolveUrl(baseUrl, href);
    l.rels = jt::strings(o, "rel");
    l.rel = l.rels.empty() ? std::string() : l.rels.front();
    l.type = jt::string(o, "type");
    l.title = jt::string(o, "title");
    if (auto p = jt::object(o, "properties")) {
        l.count = jt::integer(p, "numberOfItems");
        l.indirect = indirect(jt::array(p, "indirectAcquisition"));
        if (auto price = jt::object(p, "price")) l.price = Price{jt::number(price, "value"), jt::string(price, "currency")};
        if (auto a = jt::object(p, "availability")) {
            l.availability.state = availabilityState(jt::string(a, "state"));
            l.availability.since = jt::string(a, "since");
            l.availability.until = jt::string(a, "until");
        }
        if (auto h = jt::object(p, "holds")) {
            l.availability.holdsTotal = jt::integer(h, "total");
            l.availability.holdPosition = jt::integer(h, "position");
        }
        if (auto c = jt::object(p, "copies")) {
            l.availability.copiesTotal = jt::integer(c, "total");
            l.availability.copiesAvailable = jt::integer(c, "available");
        }
    }
    if (l.acquisitionKind() == AcquisitionKind::OpenAccess && l.availability.state == Availability::State::Unknown)
        l.availability.state = Availability::State::OpenAccess;
    return l;
}

std::vector<Link> toLinks(const jt::Node* a, const std::string& baseUrl)
{
    std::vector<Link> out;
    if (!a) return out;
    for (std::size_t i = 0; i < jt::size(a); ++i)
        if (auto o = jt::objectAt(a, i)) {
            Link l = toLink(o, baseUrl);
            if (!l.href.empty()) out.push_back(std::move(l));
        }
    return out;
}

Entry toEntry(const jt::Node* publication, const std::string& baseUrl)
{
    Entry e;
    const auto m = jt::object(publication, "metadata");
    e.id = jt::string(m, "identifier");
    e.title = jt::string(m, "title");
    e.authors = contributors(m, "author", baseUrl);
    e.summary = jt::string(m, "description");
    e.updated = jt::string(m, "modified");
    e.published = jt::string(m, "published");
    const auto languages = jt::strings(m, "language");
    if (!languages.empty()) e.language = languages.front();
    const auto publishers = contributors(m, "publisher", baseUrl);
    if (!publishers.empty()) e.publisher = publishers.front().name;
    if (auto subjects = jt::array(m, "subject")) {
        for (std::size_t i = 0; i < jt::size(subjects); ++i) {
            if (std::string s = jt::stringAt(subjects, i); !s.empty()) e.subjects.push_back(s);
            else if (auto o = jt::objectAt(subjects, i)) e.subjects.push_back(jt::string(o, "name"));
        }
    }
    e.accessibility = accessibility(jt::object(m, "accessibility"));
    e.links = toLinks(jt::array(publication, "links"), baseUrl);
    e.images = toLinks(jt::array(publication, "images"), baseUrl);
    if (e.id.empty())
        if (const Link* self = e.findLink("self")) e.id = self->href;
    return e;
}

}  // namespace tingdu::catalog::opds2
