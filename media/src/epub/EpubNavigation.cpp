#include "EpubNavigation.h"

#include "EpubPaths.h"
#include "core/Xml.h"

namespace tingdu::media::epub {

namespace {

constexpr std::uint64_t kMaxNavBytes = 16u << 20;
constexpr int kMaxDepth = 32; // deeper nesting is hostile, not a book

const char* const kOpsNs = "http://www.idpf.org/2007/ops";

Result<xml::DocPtr> parseNavigationFile(const EpubSource& source, const std::string& href)
{
    auto bytes = source.read(href, kMaxNavBytes);
    if (!bytes)
        return bytes.error();
    return xml::parseXml(*bytes, href);
}

std::string label(const xmlNode* node)
{
    return xml::collapseWhitespace(xml::text(node));
}

// <ol><li><a href>Title</a><ol>...</ol></li></ol>, depth-first into OUT.
void readNavList(const xmlNode* ol, const std::string& base, int level, std::vector<NavPoint>& out)
{
    if (level > kMaxDepth)
        return;
    for (const xmlNode* li : xml::children(ol, "li")) {
        NavPoint point;
        point.level = level;
        for (const xmlNode* child : xml::children(li)) {
            const auto name = xml::localName(child);
            if ((name == "a" || name == "span") && point.title.empty()) {
                point.title = label(child);
                if (point.title.empty()) // an image link or an icon: its accessible name
                    point.title = xml::collapseWhitespace(xml::attribute(child, "title"));
                if (const std::string href = xml::attribute(child, "href"); !href.empty())
                    point.href = resolveHref(base, href);
                point.type = xml::attributeNs(child, "type", kOpsNs);
                out.push_back(point);
            } else if (name == "ol" || name == "ul") {
                if (point.title.empty()) // a heading-less group: keep its children at this level
                    readNavList(child, base, level, out);
                else
                    readNavList(child, base, level + 1, out);
            }
        }
    }
}

void readNavPoints(const xmlNode* parent, const std::string& base, int level, std::vector<NavPoint>& out)
{
    if (level > kMaxDepth)
        return;
    for (const xmlNode* point : xml::children(parent, "navPoint")) {
        NavPoint n;
        n.level = level;
        for (const xmlNode* navLabel : xml::children(point, "navLabel"))
            n.title = label(navLabel);
        for (const xmlNode* content : xml::children(point, "content"))
            n.href = resolveHref(base, xml::attribute(content, "src"));
        out.push_back(std::move(n));
        readNavPoints(point, base, level + 1, out);
    }
}

} // namespace

Result<Navigation> readNavDocument(const EpubSource& source, const std::string& navHref)
{
    auto doc = parseNavigationFile(source, navHref);
    if (!doc)
        return doc.error();
    Navigation nav;
    for (const xmlNode* node : xml::descendants(xml::root(*doc), "nav")) {
        const std::string type = xml::attributeNs(node, "type", kOpsNs) + " " + xml::attribute(node, "role");
        std::vector<NavPoint>* target = nullptr;
        if (type.find("page-list") != std::string::npos || type.find("doc-pagelist") != std::string::npos)
            target = &nav.pageList;
        else if (type.find("landmarks") != std::string::npos)
            target = &nav.landmarks;
        else if (type.find("toc") != std::string::npos)
            target = &nav.toc;
        if (!target || !target->empty())
            continue;
        for (const xmlNode* child : xml::children(node))
            if (xml::localName(child) == "ol" || xml::localName(child) == "ul")
                readNavList(child, navHref, 1, *target);
    }
    return nav;
}

Result<Navigation> readNcx(const EpubSource& source, const std::string& ncxHref)
{
    auto doc = parseNavigationFile(source, ncxHref);
    if (!doc)
        return doc.error();
    Navigation nav;
    const xmlNode* root = xml::root(*doc);
    for (const xmlNode* navMap : xml::children(root, "navMap"))
        readNavPoints(navMap, ncxHref, 1, nav.toc);
    for (const xmlNode* pageList : xml::children(root, "pageList")) {
        for (const xmlNode* target : xml::children(pageList, "pageTarget")) {
            NavPoint page;
            for (const xmlNode* navLabel : xml::children(target, "navLabel"))
                page.title = label(navLabel);
            if (page.title.empty())
                page.title = xml::attribute(target, "value");
            for (const xmlNode* content : xml::children(target, "content"))
                page.href = resolveHref(ncxHref, xml::attribute(content, "src"));
            page.type = xml::attribute(target, "type");
            nav.pageList.push_back(std::move(page));
        }
    }
    return nav;
}

} // namespace tingdu::media::epub
