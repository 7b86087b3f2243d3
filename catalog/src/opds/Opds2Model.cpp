// Converts OPDS 2.0 JSON (Readium Web Publication Manifest metadata) into the Feed model.
#include "opds/Opds2Model.h"

namespace tingdu::catalog::opds2 {

namespace {

std::vector<IndirectAcquisition> indirect(const json::ArrayPtr& a)
{
    std::vector<IndirectAcquisition> out;
    if (!a) return out;
    for (unsigned i = 0; i < a->size(); ++i)
        if (auto o = json::objectAt(a, i)) out.push_back({json::string(o, "type"), indirect(json::array(o, "child"))});
    return out;
}

std::vector<Contributor> contributors(const json::ObjectPtr& metadata, const std::string& key,
                                      const std::string& baseUrl)
{
    std::vector<Contributor> out;
    if (auto a = json::array(metadata, key)) {
        for (unsigned i = 0; i < a->size(); ++i) {
            if (std::string s = json::stringAt(a, i); !s.empty()) {
                out.push_back({s, {}});
            } else if (auto o = json::objectAt(a, i)) {
                Contributor c{json::string(o, "name"), {}};
                if (auto links = json::array(o, "links"); links && links->size() > 0)
                    c.href = resolveUrl(baseUrl, json::string(json::objectAt(links, 0), "href"));
                if (!c.name.empty()) out.push_back(std::move(c));
            }
        }
    } else if (auto o = json::object(metadata, key); o && json::has(o, "name")) {
        out.push_back({json::string(o, "name"), {}});
    } else if (std::string s = json::string(metadata, key); !s.empty()) {
        out.push_back({s, {}});
    }
    return out;
}

AccessibilityInfo accessibility(const json::ObjectPtr& a)
{
    AccessibilityInfo info;
    if (!a) return info;
    info.conformsTo = json::strings(a, "conformsTo");
    info.accessModes = json::strings(a, "accessMode");
    info.features = json::strings(a, "feature");
    info.hazards = json::strings(a, "hazard");
    info.summary = json::string(a, "summary");
    // accessModeSufficient is a list of lists ("textual" or ["auditory","visual"]): keep each set as "a,b".
    if (auto sets = json::array(a, "accessModeSufficient")) {
        for (unsigned i = 0; i < sets->size(); ++i) {
            if (std::string s = json::stringAt(sets, i); !s.empty()) {
                info.accessModesSufficient.push_back(s);
            } else if (sets->isArray(i)) {
                auto inner = sets->getArray(i);
                std::string joined;
                for (unsigned j = 0; j < inner->size(); ++j)
                    joined += (j ? "," : "") + json::stringAt(inner, j);
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

Link toLink(const json::ObjectPtr& o, const std::string& baseUrl)
{
    Link l;
    if (!o) return l;
    l.templated = json::boolean(o, "templated");
    const std::string href = json::string(o, "href");
    l.href = l.templated ? resolveTemplate(baseUrl, href) : resolveUrl(baseUrl, href);
    l.rels = json::strings(o, "rel");
    l.rel = l.rels.empty() ? std::string() : l.rels.front();
    l.type = json::string(o, "type");
    l.title = json::string(o, "title");
    if (auto p = json::object(o, "properties")) {
        l.count = json::integer(p, "numberOfItems");
        l.indirect = indirect(json::array(p, "indirectAcquisition"));
        if (auto price = json::object(p, "price")) l.price = Price{json::number(price, "value"), json::string(price, "currency")};
        if (auto a = json::object(p, "availability")) {
            l.availability.state = availabilityState(json::string(a, "state"));
            l.availability.since = json::string(a, "since");
            l.availability.until = json::string(a, "until");
        }
        if (auto h = json::object(p, "holds")) {
            l.availability.holdsTotal = json::integer(h, "total");
            l.availability.holdPosition = json::integer(h, "position");
        }
        if (auto c = json::object(p, "copies")) {
            l.availability.copiesTotal = json::integer(c, "total");
            l.availability.copiesAvailable = json::integer(c, "available");
        }
    }
    if (l.acquisitionKind() == AcquisitionKind::OpenAccess && l.availability.state == Availability::State::Unknown)
        l.availability.state = Availability::State::OpenAccess;
    return l;
}

std::vector<Link> toLinks(const json::ArrayPtr& a, const std::string& baseUrl)
{
    std::vector<Link> out;
    if (!a) return out;
    for (unsigned i = 0; i < a->size(); ++i)
        if (auto o = json::objectAt(a, i)) {
            Link l = toLink(o, baseUrl);
            if (!l.href.empty()) out.push_back(std::move(l));
        }
    return out;
}

Entry toEntry(const json::ObjectPtr& publication, const std::string& baseUrl)
{
    Entry e;
    const auto m = json::object(publication, "metadata");
    e.id = json::string(m, "identifier");
    e.title = json::string(m, "title");
    e.authors = contributors(m, "author", baseUrl);
    e.summary = json::string(m, "description");
    e.updated = json::string(m, "modified");
    e.published = json::string(m, "published");
    const auto languages = json::strings(m, "language");
    if (!languages.empty()) e.language = languages.front();
    const auto publishers = contributors(m, "publisher", baseUrl);
    if (!publishers.empty()) e.publisher = publishers.front().name;
    if (auto subjects = json::array(m, "subject")) {
        for (unsigned i = 0; i < subjects->size(); ++i) {
            if (std::string s = json::stringAt(subjects, i); !s.empty()) e.subjects.push_back(s);
            else if (auto o = json::objectAt(subjects, i)) e.subjects.push_back(json::string(o, "name"));
        }
    }
    e.accessibility = accessibility(json::object(m, "accessibility"));
    e.links = toLinks(json::array(publication, "links"), baseUrl);
    e.images = toLinks(json::array(publication, "images"), baseUrl);
    if (e.id.empty())
        if (const Link* self = e.findLink("self")) e.id = self->href;
    return e;
}

}  // namespace tingdu::catalog::opds2
