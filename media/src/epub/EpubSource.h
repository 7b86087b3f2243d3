#pragma once
// Where an EPUB's files come from: a zip archive (bounded by ZipArchive) or an unpacked folder
// (bounded by the same per-file cap, and never allowed to leave the folder).
#include "core/ZipArchive.h"
#include "tingdu/media/Result.h"

#include <cstdint>
#include <memory>
#include <string>

namespace tingdu::media::epub {

class EpubSource {
public:
    /// PATH is a .epub file or a folder holding META-INF/container.xml.
    static Result<std::unique_ptr<EpubSource>> open(const std::string& path);

    /// Reads a file by its path inside the publication ("OEBPS/ch1.xhtml").
    /// Errors: NotFound, UnsafeContent (escapes the publication), TooLarge, Corrupt, Io.
    Result<std::string> read(const std::string& name, std::uint64_t maxBytes = 0) const;
    bool exists(const std::string& name) const;
    /// Uncompressed size, or 0 when unknown or absent (used to weigh progression).
    std::uint64_t size(const std::string& name) const;
    bool isZip() const { return m_zip != nullptr; }
    /// The unpacked folder (canonical), "" for a zip.
    const std::string& folder() const { return m_folder; }
    const std::string& path() const { return m_path; }

private:
    std::unique_ptr<ZipArchive> m_zip;
    std::string m_folder; ///< canonical folder path when unpacked
    std::string m_path;
};

} // namespace tingdu::media::epub
