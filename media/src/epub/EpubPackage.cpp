#include "EpubPackage.h"

#include "EpubPaths.h"
#include "core/Xml.h"
#include "smil/Smil.h"

#include <map>

namespace tingdu::media::epub {

namespace {

constexpr std::uint64_t kMaxPackageBytes = 16u << 20;

std::string textOf(const xmlNode* node)
{
    return xml::collapseWhitespace(xml::text(node));
}

// EPUB 3 <meta property="role" refines="#creator1">nrt</meta> and friends, keyed by the id
// they refine, then by property.
using Refinements = std::map<std::string, std::map<std::string, std::string>>;

Refinements collectRefinements(const xmlNode* metadata)
{
    Refinements out;
    for (const xmlNode* meta : xml::children(metadata, "meta")) {
        const std::string refines = xml::attribute(meta, "refines");
        if (refines.size() > 1 && refines.front() == '#')
            out[refines.substr(1)].emplace(xml::attribute(meta, "property"), textOf(meta));
    }
    return out;
}

void addAccessibility(AccessibilityMetadata& a, const std::string& property, const std::string& value)
{
    if (value.empty())
        return;
    if (property == "schema:accessMode")
        a.accessModes.push_back(value);
    else if (property == "schema:accessModeSufficient")
        a.accessModesSufficient.push_back(value);
    else if (property == "schema:accessibilityFeature")
        a.features.push_back(value);
    else if (property == "schema:accessibilityHazard")
        a.hazards.push_back(value);
    else if (property == "schema:accessibilitySummary")
        a.summary = value;
    else if (property == "dcterms:conformsTo")
        a.conformsTo.push_back(value);
    else if (property == "a11y:certifiedBy" && a.certifiedBy.empty())
        a.certifiedBy = value;
}

void readMetadata(const xmlNode* metadata, Package& package)
{
    Metadata& m = package.metadata;
    const Refinements refinements = collectRefinements(metadata);
    auto refinement = [&](const xmlNode* node, const char* property) -> std::string {
        const auto it = refinements.find(xml::attribute(node, "id"));
        if (it == refinements.end())
            return {};
        const auto p = it->second.find(property);
        return p == it->second.end() ? std::string() : p->second;
    };

    const std::string wantedId = package.uniqueIdentifier;
    std::string uniqueId;
    std::string firstTitle;
    for (const xmlNode* node = metadata ? metadata->children : nullptr; node; node = node->next) {
        const std::string_view name = xml::localName(node);
        if (name.empty())
            continue;
        if (name == "title") {
            const std::string title = textOf(node);
            if (firstTitle.empty())
                firstTitle = title;
            if (m.title.empty() && refinement(node, "title-type") == "main")
                m.title = title;
        } else if (name == "creator" || name == "contributor") {
            Contributor c{textOf(node), xml::attribute(node, "role")};
            if (c.role.empty())
                c.role = refinement(node, "role");
            if (c.name.empty())
                continue;
            if (c.role == "nrt")
                m.narrators.push_back(std::move(c));
            else if (name == "creator")
                m.authors.push_back(std::move(c));
        } else if (name == "language") {
            if (const std::string lang = textOf(node); !lang.empty())
                m.languages.push_back(lang);
        } else if (name == "identifier") {
            const std::string id = textOf(node);
            if (!id.empty())
                m.identifiers.push_back(id);
            if (!wantedId.empty() && xml::attribute(node, "id") == wantedId)
                uniqueId = id;
        } else if (name == "publisher" && m.publisher.empty()) {
            m.publisher = textOf(node);
        } else if (name == "date") {
            // EPUB 2 may list several events; the publication date is the one a reader wants.
            const std::string event = xml::attribute(node, "event");
            if (m.date.empty() || event == "publication")
                m.date = textOf(node);
        } else if (name == "description" && m.description.empty()) {
            m.description = textOf(node);
        } else if (name == "meta") {
            const std::string property = xml::attribute(node, "property");
            const std::string refines = xml::attribute(node, "refines");
            if (!property.empty() && refines.empty()) { // EPUB 3 form
                const std::string value = textOf(node);
                addAccessibility(m.accessibility, property, value);
                if (property == "media:duration")
                    m.durationSeconds = smil::parseClockValue(value).value_or(0.0);
                else if (property == "media:narrator" && !value.empty())
                    m.narrators.push_back({value, "nrt"});
            } else if (property.empty()) { // EPUB 2 form: name / content
                const std::string metaName = xml::attribute(node, "name");
                const std::string content = xml::collapseWhitespace(xml::attribute(node, "content"));
                addAccessibility(m.accessibility, metaName, content);
                if (metaName == "cover")
                    m.coverHref = content; // an item id for now, resolved after the manifest
            }
        } else if (name == "link") {
            if (xml::attribute(node, "rel") == "dcterms:conformsTo")
                addAccessibility(m.accessibility, "dcterms:conformsTo", xml::attribute(node, "href"));
        }
    }
    if (m.title.empty())
        m.title = firstTitle;
    package.uniqueIdentifier = uniqueId.empty() && !m.identifiers.empty() ? m.identifiers.front() : uniqueId;
}

Result<std::string> findRootfile(const EpubSource& source)
{
    auto bytes = source.read("META-INF/container.xml", 1u << 20);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Corrupt, "the book has no META-INF/container.xml", source.path());
        return bytes.error();
    }
    auto doc = xml::parseXml(*bytes, "META-INF/container.xml");
    if (!doc)
        return doc.error();
    for (const xmlNode* rootfile : xml::descendants(xml::root(*doc), "rootfile")) {
        const std::string type = xml::attribute(rootfile, "media-type");
        const std::string path = percentDecode(xml::attribute(rootfile, "full-path"));
        if (!path.empty() && (type.empty() || type == "application/oebps-package+xml"))
            return path;
    }
    return makeError(ErrorCode::Corrupt, "the book's container names no package document", source.path());
}

} // namespace

const ManifestItem* Package::itemById(const std::string& id) const
{
    for (const auto& item : manifest)
        if (item.id == id)
            return &item;
    return nullptr;
}

const ManifestItem* Package::itemByHref(const std::string& href) const
{
    for (const auto& item : manifest)
        if (item.href == href)
            return &item;
    return nullptr;
}

Result<Package> readPackage(const EpubSource& source)
{
    auto rootfile = findRootfile(source);
    if (!rootfile)
        return rootfile.error();
    if (!isSafeArchivePath(*rootfile))
        return makeError(ErrorCode::UnsafeContent,
                         "the package document lies outside the book (" + *rootfile + ")", source.path());
    auto bytes = source.read(*rootfile, kMaxPackageBytes);
    if (!bytes) {
        if (bytes.error().code == ErrorCode::NotFound)
            return makeError(ErrorCode::Corrupt, "the package document " + *rootfile + " is missing",
                             source.path());
        return bytes.error();
    }
    auto doc = xml::parseXml(*bytes, *rootfile);
    if (!doc)
        return doc.error();
    const xmlNode* root = xml::root(*doc);

    Package package;
    package.opfPath = *rootfile;
    package.version = xml::attribute(root, "version");
    package.uniqueIdentifier = xml::attribute(root, "unique-identifier");
    const auto metadataNodes = xml::children(root, "metadata");
    readMetadata(metadataNodes.empty() ? nullptr : metadataNodes.front(), package);

    for (const xmlNode* manifest : xml::children(root, "manifest")) {
        for (const xmlNode* node : xml::children(manifest, "item")) {
            ManifestItem item;
            item.id = xml::attribute(node, "id");
            item.href = pathPart(resolveHref(package.opfPath, xml::attribute(node, "href")));
            item.mediaType = xml::attribute(node, "media-type");
            item.properties = xml::attribute(node, "properties");
            item.mediaOverlay = xml::attribute(node, "media-overlay");
            if (item.href.empty()) {
                package.warnings.push_back("the manifest item " + item.id + " has an unusable href");
                continue;
            }
            if (item.properties.find("nav") != std::string::npos && package.navHref.empty())
                package.navHref = item.href;
            if (item.properties.find("cover-image") != std::string::npos)
                package.metadata.coverHref = item.href;
            package.manifest.push_back(std::move(item));
        }
    }
    // EPUB 2 names the cover by manifest id in <meta name="cover">.
    if (const ManifestItem* cover = package.itemById(package.metadata.coverHref))
        package.metadata.coverHref = cover->href;
    else if (!package.metadata.coverHref.empty() && !package.itemByHref(package.metadata.coverHref))
        package.metadata.coverHref.clear();

    const auto spines = xml::children(root, "spine");
    if (spines.empty())
        return makeError(ErrorCode::Corrupt, "the package document has no spine", source.path());
    if (const ManifestItem* ncx = package.itemById(xml::attribute(spines.front(), "toc")))
        package.ncxHref = ncx->href;
    for (const xmlNode* itemref : xml::children(spines.front(), "itemref")) {
        const ManifestItem* item = package.itemById(xml::attribute(itemref, "idref"));
        if (!item) {
            package.warnings.push_back("the spine names a missing item " + xml::attribute(itemref, "idref"));
            continue;
        }
        ReadingOrderItem r;
        r.href = item->href;
        r.mediaType = item->mediaType;
        r.linear = xml::attribute(itemref, "linear") != "no";
        package.readingOrder.push_back(std::move(r));
        const ManifestItem* overlay = package.itemById(item->mediaOverlay);
        package.overlayHrefs.push_back(overlay ? overlay->href : std::string());
    }
    if (package.readingOrder.empty())
        return makeError(ErrorCode::Corrupt, "the book's reading order is empty", source.path());
    if (package.ncxHref.empty())
        for (const auto& item : package.manifest)
            if (item.mediaType == "application/x-dtbncx+xml")
                package.ncxHref = item.href;

    for (const xmlNode* guide : xml::children(root, "guide"))
        for (const xmlNode* reference : xml::children(guide, "reference")) {
            const std::string href = resolveHref(package.opfPath, xml::attribute(reference, "href"));
            if (!href.empty())
                package.guide.push_back(
                    {textOf(reference).empty() ? xml::attribute(reference, "title") : textOf(reference), 1,
                     href, xml::attribute(reference, "type"), -1});
        }
    return package;
}

} // namespace tingdu::media::epub
