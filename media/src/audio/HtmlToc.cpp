#include "HtmlToc.h"

#include "../core/Xml.h"
#include "ManifestReader.h"

namespace tingdu::media::audio {

namespace {

constexpr std::size_t kMaxTocBytes = 4u << 20;

// The TOC's own nav: role="doc-toc" (W3C), then epub:type="toc", then the first nav at all.
const xmlNode* tocNav(const xmlNode* root)
{
    const auto navs = xml::descendants(root, "nav");
    for (const xmlNode* nav : navs)
        if (xml::attribute(nav, "role") == "doc-toc")
            return nav;
    for (const xmlNode* nav : navs)
        if (xml::attribute(nav, "type") == "toc")
            return nav;
    return navs.empty() ? root : navs.front();
}

void readList(const xmlNode* list, int level, const std::string& tocFolder, std::vector<HtmlTocEntry>& out)
{
    for (const xmlNode* item : xml::children(list, "li")) {
        // The entry is the item's first link (or its label, for headings without one).
        const auto links = xml::children(item, "a");
        const auto labels = links.empty() ? xml::children(item, "span") : links;
        if (!labels.empty()) {
            HtmlTocEntry entry;
            entry.title = xml::collapseWhitespace(xml::text(labels.front()));
            const std::string href = xml::attribute(labels.front(), "href");
            if (!href.empty())
                entry.href = href.front() == '#' ? href : resolveHref(tocFolder, href);
            entry.level = level;
            if (!entry.title.empty() || !entry.href.empty())
                out.push_back(std::move(entry));
        }
        for (const xmlNode* sub : xml::children(item))
            if (xml::isElement(sub, "ol") || xml::isElement(sub, "ul"))
                readList(sub, level + 1, tocFolder, out);
    }
}

}  // namespace

Result<std::vector<HtmlTocEntry>> readHtmlToc(const std::string& html, const std::string& tocHref,
                                              const std::string& subject)
{
    xml::Options options;
    options.maxBytes = kMaxTocBytes;
    auto doc = xml::parseHtml(html, subject, options);
    if (!doc)
        return doc.error();
    // Links in the TOC are relative to it; the manifest's resolver expects them relative to
    // the manifest, so the TOC's folder ("nav/toc.html" -> "nav") goes in front.
    const auto slash = tocHref.find_last_of('/');
    const std::string folder = slash == std::string::npos ? "" : tocHref.substr(0, slash);
    std::vector<HtmlTocEntry> entries;
    const xmlNode* nav = tocNav(xml::root(*doc));
    const auto lists = xml::descendants(nav, "ol");
    const auto bullets = lists.empty() ? xml::descendants(nav, "ul") : lists;
    if (!bullets.empty())
        readList(bullets.front(), 1, folder, entries);
    return entries;
}

}  // namespace tingdu::media::audio
