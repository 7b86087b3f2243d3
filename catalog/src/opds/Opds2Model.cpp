// Converts OPDS 2.0 JSON (Readium Web Publication Manifest metadata) into the Feed model. Each
// object's members are walked once; strings are copied straight from simdjson's buffer into
// the model, and every vector is reserved to the size of its JSON array (no growth slack kept).
#include "opds/Opds2Model.h"

#include "opds/Url.h"

#include <cmath>

namespace tingdu::catalog::opds2 {

namespace {

using simdjson::dom::array;
using simdjson::dom::object;

// A string, or a localized string object ({"en": "...", "fr": "..."}) as its "en" or first value.
std::string_view text(Element e)
{
    std::string_view s;
    if (!e.get_string().get(s))
        return s;
    object o;
    if (!e.get_object().get(o)) {
        Element en;
        if (!o.at_key("en").get(en) && !en.get_string().get(s))
            return s;
        for (auto [key, value] : o)
            if (!value.get_string().get(s))
                return s;
    }
    return {};
}

// A string or an array of strings, as a list.
std::vector<std::string> texts(Element e)
{
    std::vector<std::string> out;
    array a;
    if (!e.get_array().get(a)) {
        out.reserve(a.size());
        for (Element i : a)
            if (std::string_view s; !i.get_string().get(s))
                out.emplace_back(s);
    } else if (std::string_view s = text(e); !s.empty()) {
        out.emplace_back(s);
    }
    return out;
}

std::optional<Element> member(Element o, std::string_view key)
{
    Element v;
    if (o.at_key(key).get(v))
        return std::nullopt; // also when o is not an object
    return v;
}

std::string_view textOf(Element o, std::string_view key)
{
    auto v = member(o, key);
    return v ? text(*v) : std::string_view();
}

int integerOf(Element o, std::string_view key)
{
    double d = 0;
    auto v = member(o, key);
    if (!v || v->get_double().get(d) || !std::isfinite(d) || std::fabs(d) > 2e9)
        return -1;
    return static_cast<int>(d);
}

void indirect(Element e, std::vector<IndirectAcquisition>& out)
{
    array a;
    if (e.get_array().get(a))
        return;
    out.reserve(a.size());
    for (Element i : a) {
        if (!i.is_object())
            continue;
        IndirectAcquisition ia{std::string(textOf(i, "type")), {}};
        if (auto child = member(i, "child"))
            indirect(*child, ia.children);
        out.push_back(std::move(ia));
    }
}

void properties(Element p, Link& l)
{
    object o;
    if (p.get_object().get(o))
        return;
    auto& av = l.availability;
    for (auto [key, value] : o) {
        if (key == "numberOfItems") {
            l.count = integerOf(p, key);
        } else if (key == "indirectAcquisition") {
            indirect(value, l.indirect);
        } else if (key == "price" && value.is_object()) {
            double amount = 0;
            if (auto v = member(value, "value"); !v || v->get_double().get(amount))
                amount = 0;
            l.price = Price{amount, std::string(textOf(value, "currency"))};
        } else if (key == "availability") {
            av.state = availabilityState(textOf(value, "state"));
            av.since = textOf(value, "since");
            av.until = textOf(value, "until");
        } else if (key == "holds") {
            av.holdsTotal = integerOf(value, "total");
            av.holdPosition = integerOf(value, "position");
        } else if (key == "copies") {
            av.copiesTotal = integerOf(value, "total");
            av.copiesAvailable = integerOf(value, "available");
        }
    }
}

// A link, or nothing when it has no href. One relation is kept in rel alone (as OPDS 1 links
// are); rels lists them all only when there are several.
std::optional<Link> toLink(Element e, const std::string& baseUrl)
{
    object o;
    if (e.get_object().get(o))
        return std::nullopt;
    Link l;
    std::string_view href;
    for (auto [key, value] : o) {
        if (key == "href") {
            if (value.get_string().get(href))
                href = {};
        } else if (key == "rel") {
            std::string_view one;
            array many;
            if (!value.get_string().get(one)) {
                l.rel = one;
            } else if (!value.get_array().get(many)) {
                for (Element r : many)
                    if (std::string_view s; !r.get_string().get(s))
                        (l.rel.empty() ? l.rel : l.rels.emplace_back()) = s;
                if (!l.rels.empty())
                    l.rels.insert(l.rels.begin(), l.rel);
            }
        } else if (key == "type") {
            l.type = text(value);
        } else if (key == "title") {
            l.title = text(value);
        } else if (key == "templated") {
            bool b = false;
            l.templated = !value.get_bool().get(b) && b;
        } else if (key == "properties") {
            properties(value, l);
        }
    }
    if (href.empty())
        return std::nullopt;
    l.href = l.templated ? resolveTemplate(baseUrl, std::string(href)) : resolveHref(baseUrl, href);
    if (l.acquisitionKind() == AcquisitionKind::OpenAccess &&
        l.availability.state == Availability::State::Unknown)
        l.availability.state = Availability::State::OpenAccess;
    return l;
}

std::vector<Link> toLinks(Element e, const std::string& baseUrl)
{
    std::vector<Link> out;
    array a;
    if (e.get_array().get(a))
        return out;
    out.reserve(a.size());
    for (Element i : a)
        if (auto l = toLink(i, baseUrl))
            out.push_back(std::move(*l));
    return out;
}

std::optional<Contributor> contributor(Element e, const std::string& baseUrl)
{
    if (std::string_view s; !e.get_string().get(s)) {
        if (s.empty())
            return std::nullopt;
        return Contributor{std::string(s), {}};
    }
    if (!e.is_object())
        return std::nullopt;
    Contributor c{std::string(textOf(e, "name")), {}};
    if (c.name.empty())
        return std::nullopt;
    array links;
    if (auto l = member(e, "links"); l && !l->get_array().get(links) && links.size() > 0)
        if (std::string_view href = textOf(*links.begin(), "href"); !href.empty())
            c.href = resolveHref(baseUrl, href);
    return c;
}

std::vector<Contributor> contributors(Element e, const std::string& baseUrl)
{
    std::vector<Contributor> out;
    array a;
    if (!e.get_array().get(a)) {
        out.reserve(a.size());
        for (Element i : a)
            if (auto c = contributor(i, baseUrl))
                out.push_back(std::move(*c));
    } else if (auto c = contributor(e, baseUrl)) {
        out.push_back(std::move(*c));
    }
    return out;
}

AccessibilityInfo accessibility(Element a)
{
    AccessibilityInfo info;
    object o;
    if (a.get_object().get(o))
        return info;
    for (auto [key, value] : o) {
        if (key == "conformsTo")
            info.conformsTo = texts(value);
        else if (key == "accessMode")
            info.accessModes = texts(value);
        else if (key == "feature")
            info.features = texts(value);
        else if (key == "hazard")
            info.hazards = texts(value);
        else if (key == "summary")
            info.summary = text(value);
        else if (key == "accessModeSufficient") {
            // A list of sets ("textual" or ["auditory","visual"]): each set is kept as "a,b".
            array sets;
            if (value.get_array().get(sets))
                continue;
            for (Element set : sets) {
                std::string joined(text(set));
                if (array inner; !set.get_array().get(inner))
                    for (Element mode : inner)
                        if (std::string_view s; !mode.get_string().get(s))
                            (joined += joined.empty() ? "" : ",") += s;
                if (!joined.empty())
                    info.accessModesSufficient.push_back(std::move(joined));
            }
        }
    }
    return info;
}

void metadata(Element m, Entry& e, const std::string& baseUrl)
{
    object o;
    if (m.get_object().get(o))
        return;
    for (auto [key, value] : o) {
        if (key == "identifier")
            e.id = text(value);
        else if (key == "title")
            e.title = text(value);
        else if (key == "author")
            e.authors = contributors(value, baseUrl);
        else if (key == "description")
            e.summary = text(value);
        else if (key == "modified")
            e.updated = text(value);
        else if (key == "published")
            e.published = text(value);
        else if (key == "accessibility")
            e.accessibility = accessibility(value);
        else if (key == "language") {
            std::string_view s = text(value);
            if (array a; s.empty() && !value.get_array().get(a)) // a list: its first language
                for (Element l : a)
                    if (!l.get_string().get(s))
                        break;
            e.language = s;
        } else if (key == "publisher") {
            if (auto p = contributors(value, baseUrl); !p.empty())
                e.publisher = std::move(p.front().name);
        } else if (key == "subject") {
            array a;
            if (!value.get_array().get(a)) {
                e.subjects.reserve(a.size());
                for (Element s : a)
                    if (std::string_view name = s.is_object() ? textOf(s, "name") : text(s); !name.empty())
                        e.subjects.emplace_back(name);
            } else if (std::string_view s = text(value); !s.empty()) {
                e.subjects.emplace_back(s);
            }
        }
    }
}

} // namespace

Availability::State availabilityState(std::string_view state)
{
    using S = Availability::State;
    if (state == "available")
        return S::Available;
    if (state == "unavailable")
        return S::Unavailable;
    if (state == "reserved")
        return S::Reserved;
    if (state == "ready")
        return S::Ready;
    return S::Unknown;
}

Entry toEntry(Element publication, const std::string& baseUrl)
{
    Entry e;
    object o;
    if (publication.get_object().get(o))
        return e;
    for (auto [key, value] : o) {
        if (key == "metadata")
            metadata(value, e, baseUrl);
        else if (key == "links")
            e.links = toLinks(value, baseUrl);
        else if (key == "images")
            e.images = toLinks(value, baseUrl);
    }
    if (e.id.empty())
        if (const Link* self = e.findLink("self"))
            e.id = self->href;
    return e;
}

void fillFeedLevel(Feed& feed, Element root)
{
    const std::string& base = feed.url;
    if (auto m = member(root, "metadata")) {
        feed.title = textOf(*m, "title");
        feed.id = textOf(*m, "identifier");
        feed.updated = textOf(*m, "modified");
        feed.totalResults = integerOf(*m, "numberOfItems");
        feed.itemsPerPage = integerOf(*m, "itemsPerPage");
    }
    if (auto links = member(root, "links"))
        feed.links = toLinks(*links, base);
    if (auto navigation = member(root, "navigation"))
        feed.navigation = toLinks(*navigation, base);
    array facets;
    if (auto f = member(root, "facets"); f && !f->get_array().get(facets)) {
        for (Element group : facets) {
            if (!group.is_object())
                continue;
            auto gm = member(group, "metadata");
            FacetGroup g{std::string(gm ? textOf(*gm, "title") : std::string_view()), {}};
            if (auto links = member(group, "links"))
                g.facets = toLinks(*links, base);
            for (auto& l : g.facets) {
                l.facetGroup = g.title;
                l.activeFacet = l.hasRel("self"); // OPDS 2 marks the active facet with rel "self"
            }
            feed.facetGroups.push_back(std::move(g));
        }
    }
    array groups;
    if (auto g = member(root, "groups"); g && !g->get_array().get(groups)) {
        for (Element item : groups) {
            if (!item.is_object())
                continue;
            Group group;
            if (auto gm = member(item, "metadata"))
                group.title = textOf(*gm, "title");
            if (auto links = member(item, "links"))
                for (const auto& l : toLinks(*links, base))
                    if (l.hasRel("self") || group.href.empty())
                        group.href = l.href;
            if (auto navigation = member(item, "navigation"))
                group.navigation = toLinks(*navigation, base);
            array pubs;
            if (auto p = member(item, "publications"); p && !p->get_array().get(pubs))
                for (Element pub : pubs)
                    if (pub.is_object())
                        group.entries.push_back(toEntry(pub, base));
            feed.groups.push_back(std::move(group));
        }
    }
}

} // namespace tingdu::catalog::opds2
