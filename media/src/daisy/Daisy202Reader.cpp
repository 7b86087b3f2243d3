// DAISY 2.02: the NCC (ncc.html) is the book's table of contents and metadata; every NCC item
// links into a SMIL 1.0 file, and the SMIL files in NCC order make the timeline.
#include "DaisyBook.h"
#include "core/AsciiCase.h"
#include "DaisyMarkup.h"
#include "core/Readers.h"

#include <algorithm>
#include <functional>

namespace tingdu::media {

namespace {

using daisy::DaisyBook;

std::string baseName(const std::string& path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The shallowest ncc.html (a zip may wrap the book in a folder).
std::string findNcc(const daisy::BookSource& source)
{
    std::string best;
    for (const auto& f : source.files()) {
        const std::string name = lower(baseName(f));
        if (name != "ncc.html" && name != "ncc.htm")
            continue;
        if (best.empty() || std::count(f.begin(), f.end(), '/') < std::count(best.begin(), best.end(), '/'))
            best = f;
    }
    return best;
}

struct NccCounts {
    int front = 0, normal = 0, special = 0, headings = 0, maxLevel = 0;
};

void readMetadata(const xmlNode* head, DaisyBook& book, std::map<std::string, std::string>& meta)
{
    Metadata& md = book.editMetadata();
    for (const xmlNode* m : xml::children(head, "meta")) {
        const std::string name = lower(xml::attribute(m, "name"));
        const std::string content = xml::collapseWhitespace(xml::attribute(m, "content"));
        if (name.empty() || content.empty())
            continue;
        meta.emplace(name, content);
        if (name == "dc:title" && md.title.empty())
            md.title = content;
        else if (name == "dc:creator")
            md.authors.push_back(Contributor{content, "aut"});
        else if (name == "ncc:narrator")
            md.narrators.push_back(Contributor{content, "nrt"});
        else if (name == "dc:language")
            md.languages.push_back(content);
        else if (name == "dc:identifier")
            md.identifiers.push_back(content);
        else if (name == "dc:publisher")
            md.publisher = content;
        else if (name == "dc:date")
            md.date = content;
        else if (name == "dc:description")
            md.description = content;
        else if (name == "ncc:multimediatype")
            md.multimediaType = content;
    }
    if (md.title.empty())
        for (const xmlNode* t : xml::children(head, "title"))
            md.title = xml::collapseWhitespace(xml::text(t));
}

// The NCC item's link: the element's own <a>, or the element itself when it is one.
const xmlNode* itemLink(const xmlNode* item)
{
    if (xml::isElement(item, "a"))
        return item;
    const auto links = xml::descendants(item, "a");
    return links.empty() ? nullptr : links.front();
}

std::string itemHref(const xmlNode* item)
{
    return xml::attribute(itemLink(item), "href");
}

// The link's text: tag soup may nest the next item inside an unclosed one.
std::string itemTitle(const xmlNode* item)
{
    const xmlNode* link = itemLink(item);
    return xml::collapseWhitespace(xml::text(link ? link : item));
}

bool hasClass(const xmlNode* node, std::string_view cls)
{
    const std::string classes = " " + lower(xml::attribute(node, "class")) + " ";
    return classes.find(" " + std::string(cls) + " ") != std::string::npos;
}

void readItems(const xmlNode* body, const std::string& ncc, DaisyBook& book, NccCounts& counts)
{
    std::function<void(const xmlNode*)> walk = [&](const xmlNode* parent) {
        for (const xmlNode* n : xml::children(parent)) {
            const std::string_view name = xml::localName(n);
            const std::string title = itemTitle(n);
            if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
                const int level = name[1] - '0';
                book.addToc(
                    book.navPoint(title, level, ncc, itemHref(n), hasClass(n, "title") ? "title" : ""));
                ++counts.headings;
                counts.maxLevel = std::max(counts.maxLevel, level);
            } else if (hasClass(n, "page-front") || hasClass(n, "page-normal") ||
                       hasClass(n, "page-special")) {
                const std::string type = hasClass(n, "page-front")    ? "front"
                                         : hasClass(n, "page-normal") ? "normal"
                                                                      : "special";
                (type == "front" ? counts.front : type == "normal" ? counts.normal : counts.special) += 1;
                book.addPage(book.navPoint(title, 1, ncc, itemHref(n), type));
            } else if (hasClass(n, "sidebar") || hasClass(n, "noteref") || hasClass(n, "optional-prodnote") ||
                       hasClass(n, "prodnote") || hasClass(n, "group")) {
                const std::string list = hasClass(n, "sidebar")   ? "sidebar"
                                         : hasClass(n, "noteref") ? "noteref"
                                         : hasClass(n, "group")   ? "group"
                                                                  : "prodnote";
                book.addToNavList(list, book.navPoint(title, 1, ncc, itemHref(n), list));
            }
            // Tag soup wraps items in divs, or nests the next item in an unclosed one.
            walk(n);
        }
    };
    walk(body);
}

void checkDeclared(const std::map<std::string, std::string>& meta, const NccCounts& counts, DaisyBook& book)
{
    auto declared = [&](const char* key) -> std::optional<int> {
        const auto it = meta.find(key);
        if (it == meta.end())
            return std::nullopt;
        try {
            return std::stoi(it->second);
        } catch (...) {
            return std::nullopt;
        }
    };
    const struct {
        const char* key;
        int found;
        const char* what;
    } checks[] = {{"ncc:pagefront", counts.front, "front pages"},
                  {"ncc:pagenormal", counts.normal, "normal pages"},
                  {"ncc:pagespecial", counts.special, "special pages"},
                  {"ncc:depth", counts.maxLevel, "heading levels"}};
    for (const auto& c : checks)
        if (const auto n = declared(c.key); n && *n != c.found)
            book.warn("ncc.html declares " + std::to_string(*n) + " " + c.what + " (" + c.key +
                      ") but lists " + std::to_string(c.found));
}

} // namespace

Result<std::unique_ptr<Publication>> openDaisy202(const std::string& path)
{
    auto source = daisy::BookSource::open(path);
    if (!source)
        return source.error();
    const std::string ncc = findNcc(**source);
    if (ncc.empty())
        return makeError(ErrorCode::Corrupt, "the DAISY 2.02 book has no ncc.html", path);
    auto bytes = (*source)->read(ncc);
    if (!bytes)
        return bytes.error();
    auto doc = daisy::parseMarkup(*bytes, ncc);
    if (!doc)
        return doc.error();
    const xmlNode* html = xml::root(*doc);
    if (!xml::isElement(html, "html"))
        return makeError(ErrorCode::Corrupt, "the NCC is not an HTML document", ncc);
    auto book = std::make_unique<DaisyBook>(Format::Daisy202, std::move(*source));
    std::map<std::string, std::string> meta;
    for (const xmlNode* head : xml::children(html, "head"))
        readMetadata(head, *book, meta);
    const auto bodies = xml::children(html, "body");
    if (bodies.empty())
        return makeError(ErrorCode::Corrupt, "the NCC has no body, so the book has no contents", ncc);

    // The SMIL files in the order the NCC first links them.
    std::vector<std::string> smilFiles;
    for (const xmlNode* a : xml::descendants(bodies.front(), "a")) {
        const std::string file = daisy::resolveHref(ncc, xml::attribute(a, "href"));
        if (!file.empty() && lower(file).ends_with(".smil") &&
            std::find(smilFiles.begin(), smilFiles.end(), file) == smilFiles.end())
            smilFiles.push_back(file);
    }
    for (const auto& smil : smilFiles)
        book->appendSmil(smil);

    NccCounts counts;
    readItems(bodies.front(), ncc, *book, counts);
    if (counts.headings == 0)
        book->warn(ncc + ": the NCC lists no headings");
    checkDeclared(meta, counts, *book);

    // Full text: the XHTML files the SMIL text elements point at.
    for (const auto& text : book->referencedTextFiles()) {
        if (book->source().find(text).empty())
            book->warn(text + ": the text file is missing, so the book opens without its full text");
        else
            book->addTextFile(text, false);
    }
    const auto total = meta.find("ncc:totaltime");
    book->finishTimeline(total == meta.end() ? std::nullopt : daisy::parseTotalTime(total->second),
                         total == meta.end() ? std::string() : total->second);
    return std::unique_ptr<Publication>(std::move(book));
}

} // namespace tingdu::media
