#pragma once
// A small EPUB writer for tests: books are made at test time from strings, with libzip.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tingdu::test {

/// A folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::string& path() const { return m_path; }
    std::string file(const std::string& name) const { return m_path + "/" + name; }

private:
    std::string m_path;
};

/// The files of a book; written as a zip (mimetype first, stored) or as a folder.
class EpubFixture {
public:
    /// An EPUB 3 package at OEBPS/content.opf with META-INF/container.xml pointing at it.
    EpubFixture& add(const std::string& name, std::string content);
    EpubFixture& remove(const std::string& name);
    /// Writes PATH as a zip. Entries named in DEFLATE are compressed (default: all but mimetype).
    void writeZip(const std::string& path) const;
    void writeFolder(const std::string& path) const;

private:
    std::vector<std::pair<std::string, std::string>> m_files;
};

/// An XHTML content document with BODY inside <body>, language LANG.
std::string xhtml(const std::string& body, const std::string& lang = "en",
                  const std::string& title = "Chapter");

struct ManifestEntry {
    std::string id;
    std::string href; ///< relative to OEBPS/
    std::string mediaType;
    std::string properties; ///< "nav", "cover-image", ...
    std::string attributes; ///< extra raw attributes (media-overlay="...")
};

/// An OPF (VERSION "3.0" or "2.0") with METADATA (raw XML inside <metadata>), MANIFEST and a
/// spine of the ids in SPINE ("id" or "id:no" for a non-linear item). NCX_ID names the spine toc.
std::string opf(const std::string& version, const std::string& metadata,
                const std::vector<ManifestEntry>& manifest, const std::vector<std::string>& spine,
                const std::string& ncxId = {});

/// A fixture holding mimetype, META-INF/container.xml (-> OEBPS/content.opf) and nothing else.
EpubFixture baseEpub();

} // namespace tingdu::test
