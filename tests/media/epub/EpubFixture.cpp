#include "EpubFixture.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <zip.h>

namespace tingdu::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    std::string pattern = (fs::temp_directory_path() / "tingdu-epub-test-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("cannot create a temporary folder");
    m_path = pattern;
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

EpubFixture& EpubFixture::add(const std::string& name, std::string content)
{
    remove(name);
    m_files.emplace_back(name, std::move(content));
    return *this;
}

EpubFixture& EpubFixture::remove(const std::string& name)
{
    std::erase_if(m_files, [&](const auto& f) { return f.first == name; });
    return *this;
}

void EpubFixture::writeZip(const std::string& path) const
{
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!zip)
        throw std::runtime_error("cannot create " + path);
    for (const auto& [name, content] : m_files) {
        zip_source_t* source = zip_source_buffer(zip, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(zip, name.c_str(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            zip_discard(zip);
            throw std::runtime_error("cannot add " + name);
        }
        zip_set_file_compression(zip, static_cast<zip_uint64_t>(index),
                                 name == "mimetype" ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(zip) != 0) {
        zip_discard(zip);
        throw std::runtime_error("cannot write " + path);
    }
}

void EpubFixture::writeFolder(const std::string& path) const
{
    for (const auto& [name, content] : m_files) {
        const fs::path target = fs::path(path) / name;
        fs::create_directories(target.parent_path());
        std::ofstream(target, std::ios::binary) << content;
    }
}

std::string xhtml(const std::string& body, const std::string& lang, const std::string& title)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
           "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" "
           "xml:lang=\"" +
           lang + "\" lang=\"" + lang + "\">\n<head><title>" + title + "</title></head>\n<body>\n" + body +
           "\n</body>\n</html>\n";
}

std::string opf(const std::string& version, const std::string& metadata,
                const std::vector<ManifestEntry>& manifest, const std::vector<std::string>& spine,
                const std::string& ncxId)
{
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<package "
                      "xmlns=\"http://www.idpf.org/2007/opf\" version=\"" +
                      version +
                      "\" unique-identifier=\"uid\">\n"
                      "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                      "xmlns:opf=\"http://www.idpf.org/2007/opf\">\n" +
                      metadata + "\n</metadata>\n<manifest>\n";
    for (const auto& m : manifest) {
        out += "  <item id=\"" + m.id + "\" href=\"" + m.href + "\" media-type=\"" + m.mediaType + "\"";
        if (!m.properties.empty())
            out += " properties=\"" + m.properties + "\"";
        if (!m.attributes.empty())
            out += " " + m.attributes;
        out += "/>\n";
    }
    out += "</manifest>\n<spine" + (ncxId.empty() ? std::string() : " toc=\"" + ncxId + "\"") + ">\n";
    for (const auto& s : spine) {
        const auto colon = s.find(':');
        out += "  <itemref idref=\"" + s.substr(0, colon) + "\"" +
               (colon == std::string::npos ? "" : " linear=\"no\"") + "/>\n";
    }
    return out + "</spine>\n</package>\n";
}

EpubFixture baseEpub()
{
    EpubFixture book;
    book.add("mimetype", "application/epub+zip");
    book.add(
        "META-INF/container.xml",
        "<?xml version=\"1.0\"?>\n<container version=\"1.0\" "
        "xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
        "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>"
        "</rootfiles></container>\n");
    return book;
}

} // namespace tingdu::test
