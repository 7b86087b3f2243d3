// DAISY 3 / Z39.86-2005: the OPF (OEB 1.2 package) gives metadata and the SMIL spine, the NCX
// gives headings, pages and nav lists (and which customTests mean what), DTBook gives the text.
#include "DaisyBook.h"
#include "core/AsciiCase.h"
#include "core/Readers.h"
#include "core/Xml.h"

#include <algorithm>
#include <functional>

namespace tingdu::media {

namespace {

using daisy::DaisyBook;

bool looksLikeDaisyOpf(const std::string& text)
{
    return text.find("dtb:") != std::string::npos || text.find("x-dtbncx") != std::string::npos ||
           text.find("Z39.86") != std::string::npos;
}

// The shallowest DAISY OPF (a zip may wrap the book in a folder; a folder may hold others below).
std::string findOpf(const daisy::BookSource& source, const std::string& path)
{
    if (lower(path).ends_with(".opf")) {
        const auto slash = path.find_last_of("/\\");
        std::string given = source.find(slash == std::string::npos ? path : path.substr(slash + 1));
        if (!given.empty())
            return given;
    }
    std::string best;
    for (const auto& f : source.files()) {
        if (!lower(f).ends_with(".opf"))
            continue;
        if (!best.empty() && std::count(f.begin(), f.end(), '/') >= std::count(best.begin(), best.end(), '/'))
            continue;
        auto head = source.read(f, 4u << 20);
        if (head && looksLikeDaisyOpf(*head))
            best = f;
    }
    return best;
}

struct Package {
    std::map<std::string, std::pair<std::string, std::string>> manifest; // id → (href, media type)
    std::vector<std::string> manifestOrder;
    std::vector<std::string> spine;          // SMIL hrefs
    std::map<std::string, std::string> meta; // x-metadata, lower-case names
};

Package readOpf(const xmlNode* package, const std::string& opf, DaisyBook& book)
{
    Package pkg;
    Metadata& md = book.editMetadata();
    for (const xmlNode* metadata : xml::children(package, "metadata")) {
        std::function<void(const xmlNode*)> walk = [&](const xmlNode* parent) {
            for (const xmlNode* n : xml::children(parent)) {
                const std::string name = lower(std::string(xml::localName(n)));
                const std::string value = xml::collapseWhitespace(xml::text(n));
                if (name == "dc-metadata" || name == "x-metadata") {
                    walk(n);
                } else if (name == "meta") {
                    pkg.meta.emplace(lower(xml::attribute(n, "name")),
                                     xml::collapseWhitespace(xml::attribute(n, "content")));
                } else if (value.empty()) {
                    continue;
                } else if (name == "title" && md.title.empty()) {
                    md.title = value;
                } else if (name == "creator") {
                    md.authors.push_back(Contributor{value, xml::attribute(n, "role")});
                } else if (name == "language") {
                    md.languages.push_back(value);
                } else if (name == "identifier") {
                    md.identifiers.push_back(value);
                } else if (name == "publisher") {
                    md.publisher = value;
                } else if (name == "date" && md.date.empty()) {
                    md.date = value;
                } else if (name == "description") {
                    md.description = value;
                }
            }
        };
        walk(metadata);
    }
    if (auto it = pkg.meta.find("dtb:multimediatype"); it != pkg.meta.end())
        md.multimediaType = it->second;
    if (auto it = pkg.meta.find("dtb:narrator"); it != pkg.meta.end() && !it->second.empty())
        md.narrators.push_back(Contributor{it->second, "nrt"});
    for (const xmlNode* manifest : xml::children(package, "manifest"))
        for (const xmlNode* item : xml::children(manifest, "item")) {
            const std::string id = xml::attribute(item, "id");
            pkg.manifest[id] = {daisy::resolveHref(opf, xml::attribute(item, "href")),
                                xml::attribute(item, "media-type")};
            pkg.manifestOrder.push_back(id);
        }
    for (const xmlNode* spine : xml::children(package, "spine"))
        for (const xmlNode* ref : xml::children(spine, "itemref")) {
            const auto it = pkg.manifest.find(xml::attribute(ref, "idref"));
            if (it == pkg.manifest.end())
                book.warn(opf + ": the spine names \"" + xml::attribute(ref, "idref") +
                          "\", which the manifest lacks");
            else
                pkg.spine.push_back(it->second.first);
        }
    return pkg;
}

std::string labelOf(const xmlNode* n)
{
    for (const xmlNode* label : xml::children(n, "navLabel"))
        for (const xmlNode* text : xml::children(label, "text"))
            return xml::collapseWhitespace(xml::text(text));
    return {};
}

std::string contentOf(const xmlNode* n)
{
    for (const xmlNode* c : xml::children(n, "content"))
        return xml::attribute(c, "src");
    return {};
}

struct NcxCounts {
    int maxLevel = 0;
};

void readNavMap(const xmlNode* parent, int level, const std::string& ncx, DaisyBook& book, NcxCounts& counts)
{
    for (const xmlNode* p : xml::children(parent, "navPoint")) {
        book.addToc(book.navPoint(labelOf(p), level, ncx, contentOf(p), xml::attribute(p, "class")));
        counts.maxLevel = std::max(counts.maxLevel, level);
        readNavMap(p, level + 1, ncx, book, counts);
    }
}

void readNcx(const xmlNode* ncxRoot, const std::string& ncx, DaisyBook& book,
             const std::map<std::string, std::string>& meta)
{
    NcxCounts counts;
    for (const xmlNode* map : xml::children(ncxRoot, "navMap"))
        readNavMap(map, 1, ncx, book, counts);
    int pages = 0;
    for (const xmlNode* list : xml::children(ncxRoot, "pageList"))
        for (const xmlNode* t : xml::children(list, "pageTarget")) {
            std::string type = lower(xml::attribute(t, "type"));
            book.addPage(book.navPoint(labelOf(t), 1, ncx, contentOf(t), type.empty() ? "normal" : type));
            ++pages;
        }
    for (const xmlNode* list : xml::children(ncxRoot, "navList")) {
        std::string name = xml::attribute(list, "class");
        if (name.empty())
            name = labelOf(list);
        for (const xmlNode* t : xml::children(list, "navTarget"))
            book.addToNavList(name,
                              book.navPoint(labelOf(t), 1, ncx, contentOf(t), xml::attribute(t, "class")));
    }
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
    if (const auto n = declared("dtb:totalpagecount"); n && *n != pages)
        book.warn(ncx + " declares " + std::to_string(*n) + " pages (dtb:totalPageCount) but lists " +
                  std::to_string(pages));
    if (const auto n = declared("dtb:depth"); n && *n != counts.maxLevel)
        book.warn(ncx + " declares " + std::to_string(*n) + " heading levels (dtb:depth) but lists " +
                  std::to_string(counts.maxLevel));
    if (book.toc().empty())
        book.warn(ncx + ": the NCX lists no headings");
}

} // namespace

Result<std::unique_ptr<Publication>> openDaisy3(const std::string& path)
{
    auto source = daisy::BookSource::open(path);
    if (!source)
        return source.error();
    const std::string opf = findOpf(**source, path);
    if (opf.empty())
        return makeError(ErrorCode::Corrupt, "the DAISY 3 book has no package file (.opf)", path);
    auto opfBytes = (*source)->read(opf);
    if (!opfBytes)
        return opfBytes.error();
    auto opfDoc = xml::parseXml(*opfBytes, opf);
    if (!opfDoc)
        return opfDoc.error();
    if (!xml::isElement(xml::root(*opfDoc), "package"))
        return makeError(ErrorCode::Corrupt, "the package file has no <package> element", opf);
    auto book = std::make_unique<DaisyBook>(Format::Daisy3, std::move(*source));
    const Package pkg = readOpf(xml::root(*opfDoc), opf, *book);

    // The NCX first: its smilCustomTest elements say what each SMIL customTest means.
    std::string ncx;
    for (const auto& id : pkg.manifestOrder) {
        const auto& [href, type] = pkg.manifest.at(id);
        if (type == "application/x-dtbncx+xml" || (ncx.empty() && lower(href).ends_with(".ncx")))
            ncx = href;
    }
    xml::DocPtr ncxDoc;
    smil::CustomTests tests;
    std::map<std::string, std::string> ncxMeta;
    if (ncx.empty()) {
        book->warn(opf + ": the package lists no NCX, so the book has no headings or pages");
    } else if (auto bytes = book->source().read(ncx); !bytes) {
        book->warn(ncx + ": the NCX is missing, so the book has no headings or pages");
    } else if (auto parsed = xml::parseXml(*bytes, ncx); !parsed) {
        book->warn(parsed.error().describe());
    } else {
        ncxDoc = std::move(*parsed);
        for (const xmlNode* head : xml::children(xml::root(ncxDoc), "head")) {
            for (const xmlNode* m : xml::children(head, "meta"))
                ncxMeta.emplace(lower(xml::attribute(m, "name")), xml::attribute(m, "content"));
            Skippable off = Skippable::None;
            for (const xmlNode* t : xml::children(head, "smilCustomTest")) {
                Skippable kind = smil::classifySkippable(xml::attribute(t, "bookStruct"));
                if (!any(kind))
                    kind = smil::classifySkippable(xml::attribute(t, "id"));
                tests.emplace(xml::attribute(t, "id"), kind);
                if (xml::attribute(t, "defaultState") == "false")
                    off = off | kind;
            }
            book->setDefaultSkipped(off);
        }
    }
    if (pkg.spine.empty())
        book->warn(opf + ": the spine is empty, so the book has no audio or synchronised text");
    for (const auto& smilFile : pkg.spine)
        book->appendSmil(smilFile, tests);
    if (ncxDoc)
        readNcx(xml::root(ncxDoc), ncx, *book, ncxMeta);

    // DTBook text: the files the SMIL points at first, then any other the manifest holds.
    std::vector<std::string> texts = book->referencedTextFiles();
    for (const auto& id : pkg.manifestOrder) {
        const auto& [href, type] = pkg.manifest.at(id);
        if (type == "application/x-dtbook+xml" && std::find(texts.begin(), texts.end(), href) == texts.end())
            texts.push_back(href);
    }
    for (const auto& text : texts) {
        if (book->source().find(text).empty())
            book->warn(text + ": the DTBook file is missing, so the book opens without its text");
        else
            book->addTextFile(text, true);
    }
    const auto total = pkg.meta.find("dtb:totaltime");
    book->finishTimeline(total == pkg.meta.end() ? std::nullopt : daisy::parseTotalTime(total->second),
                         total == pkg.meta.end() ? std::string() : total->second);
    return std::unique_ptr<Publication>(std::move(book));
}

} // namespace tingdu::media
