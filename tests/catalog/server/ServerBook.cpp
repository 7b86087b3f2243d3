// Catalog test server: the book a loan delivers is a real EPUB 3 (so a client can shelve and open
// what it borrowed), written once per book: mimetype stored first, container, package, nav and
// chapters with headings, stored rather than deflated so a download (~100 KB) takes many reads.
#include <Poco/DateTime.h>
#include <Poco/Zip/Compress.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ServerState.h"

namespace tingdu::testing {

namespace {

constexpr int kChapters = 3;

std::string chapter(const TestBook& b, int n)
{
    std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" xml:lang=\"en\">"
                       "<head><title>" + xmlEscape(b.title) + "</title></head><body><section><h1>Chapter " +
                       std::to_string(n) + "</h1>";
    for (int p = 1; p <= 400; ++p)
        body += "<p>Paragraph " + std::to_string(p) + " of chapter " + std::to_string(n) + " of " + xmlEscape(b.title) +
                " by " + xmlEscape(b.author) + ", reference " + std::to_string((p * 7919 + n * 104729) % 1000003) + ".</p>";
    return body + "</section></body></html>";
}

void add(Poco::Zip::Compress& zip, const std::string& name, const std::string& text,
         Poco::Zip::ZipCommon::CompressionMethod method = Poco::Zip::ZipCommon::CM_DEFLATE)
{
    std::istringstream in(text);
    zip.addFile(in, Poco::DateTime(2026, 1, 1), name, method, Poco::Zip::ZipCommon::CL_NORMAL);
}

void writeEpub(const TestBook& b, const std::string& path)
{
    std::ofstream out(path, std::ios::binary);
    Poco::Zip::Compress zip(out, true);
    add(zip, "mimetype", "application/epub+zip", Poco::Zip::ZipCommon::CM_STORE);
    add(zip, "META-INF/container.xml",
        "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
        "<rootfiles><rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
    std::string manifest, spine, nav;
    for (int n = 1; n <= kChapters; ++n) {
        const std::string id = "c" + std::to_string(n);
        manifest += "<item id=\"" + id + "\" href=\"" + id + ".xhtml\" media-type=\"application/xhtml+xml\"/>";
        spine += "<itemref idref=\"" + id + "\"/>";
        nav += "<li><a href=\"" + id + ".xhtml\">Chapter " + std::to_string(n) + "</a></li>";
        add(zip, "OEBPS/" + id + ".xhtml", chapter(b, n), Poco::Zip::ZipCommon::CM_STORE);
    }
    add(zip, "OEBPS/nav.xhtml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
        "xmlns:epub=\"http://www.idpf.org/2007/ops\"><head><title>Contents</title></head><body>"
        "<nav epub:type=\"toc\"><h1>Contents</h1><ol>" + nav + "</ol></nav></body></html>");
    add(zip, "OEBPS/package.opf",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
        "unique-identifier=\"uid\" xml:lang=\"en\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        "<dc:identifier id=\"uid\">urn:tingdu:test:" + b.id + "</dc:identifier><dc:title>" + xmlEscape(b.title) +
        "</dc:title><dc:creator>" + xmlEscape(b.author) + "</dc:creator><dc:language>en</dc:language>"
        "<meta property=\"dcterms:modified\">2026-01-01T00:00:00Z</meta></metadata><manifest>"
        "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>" + manifest +
        "</manifest><spine>" + spine + "</spine></package>");
    zip.close();
}

}  // namespace

std::string CatalogTestServer::State::bookFile(const std::string& id)
{
    const std::string path = tempDir + "/" + id + ".epub";
    std::lock_guard lock(mutex);  // two downloads of one book must not write it twice at once
    if (!std::filesystem::exists(path))
        if (const TestBook* b = book(id)) writeEpub(*b, path);
    return path;
}

}  // namespace tingdu::testing
