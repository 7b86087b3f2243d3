#pragma once
// A read-only zip archive with the safety bounds every untrusted archive needs:
// entry count, per-entry and total uncompressed size, compression ratio, and safe names.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tingdu/media/Result.h"

namespace tingdu::media {

struct ZipLimits {
    std::uint64_t maxEntries = 100000;
    std::uint64_t maxEntrySize = 512ull << 20;   ///< one uncompressed entry
    std::uint64_t maxTotalSize = 4096ull << 20;  ///< all entries, uncompressed
    std::uint64_t maxRatio = 200;                ///< uncompressed / compressed for entries > 1 MiB
};

class ZipArchive {
public:
    struct Entry {
        std::string name;
        std::uint64_t size = 0;
        std::uint64_t compressedSize = 0;
        bool encrypted = false;
    };

    /// Opens and validates the central directory. Errors: NotFound, Corrupt, TooLarge,
    /// UnsafeContent (absolute or "../" names).
    static Result<std::unique_ptr<ZipArchive>> open(const std::string& path, ZipLimits limits = {});
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    const std::vector<Entry>& entries() const { return m_entries; }
    /// Exact name match first, then a case-insensitive one (DAISY books from Windows).
    std::optional<std::size_t> find(const std::string& name) const;
    /// Reads a whole entry, enforcing the limits while inflating (sizes in the header can lie).
    Result<std::string> read(const std::string& name, std::uint64_t maxBytes = 0) const;
    const std::string& path() const { return m_path; }

private:
    ZipArchive() = default;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    std::vector<Entry> m_entries;
    ZipLimits m_limits;
    std::string m_path;
};

/// True when NAME is safe to use as a relative path: not absolute, no "..", no drive letter.
bool isSafeArchivePath(const std::string& name);

}  // namespace tingdu::media
