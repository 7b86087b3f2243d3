#pragma once
// Where a DAISY book's files come from: a folder or a zip. Names are relative paths with '/'
// and are matched case-insensitively when the exact name is absent (books made on Windows link
// "NCC.HTML" as "ncc.html"). Audio of a zipped book is extracted once to a private cache folder
// so FFmpeg can open real files.
#include "core/ZipArchive.h"
#include "tingdu/media/Result.h"

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace tingdu::media::daisy {

class BookSource {
public:
    /// A folder (PATH is the folder, or a file inside it) or a zip. Errors: NotFound, Corrupt, ...
    static Result<std::unique_ptr<BookSource>> open(const std::string& path);
    ~BookSource();

    /// Relative names of all files, '/'-separated.
    const std::vector<std::string>& files() const { return m_files; }
    /// The stored name for NAME (exact or case-insensitive), or "" when the book lacks it.
    std::string find(const std::string& name) const;
    /// Reads a file, at most MAX_BYTES. Errors: NotFound, TooLarge, Io.
    Result<std::string> read(const std::string& name, std::size_t maxBytes = 64u << 20) const;
    /// A local file path FFmpeg can open: the file itself, or its extracted copy for zips.
    Result<std::string> localPath(const std::string& name) const;
    /// Folder or zip path as given (for messages).
    const std::string& path() const { return m_path; }
    bool isZip() const { return m_zip != nullptr; }

private:
    BookSource() = default;
    Result<std::string> extract(const std::string& stored) const;

    std::string m_path;
    std::string m_folder; ///< folder books: the folder
    std::unique_ptr<ZipArchive> m_zip;
    std::vector<std::string> m_files;
    std::unordered_set<std::string> m_names;
    std::unordered_map<std::string, std::string> m_byLowerName;
    mutable std::string m_cacheDir; ///< zip books: where audio is extracted, made on demand
};

/// Resolves HREF (maybe with a fragment, maybe percent-encoded) against the folder of BASE_FILE.
/// Returns "" for hrefs that leave the book ("../", absolute paths, URLs).
std::string resolveHref(const std::string& baseFile, const std::string& href);
/// The part of HREF before '#'.
std::string stripFragment(const std::string& href);
/// The part after '#', "" when none.
std::string fragmentOf(const std::string& href);

} // namespace tingdu::media::daisy
