#include "ZipArchive.h"
#include "AsciiCase.h"

#include <zip.h>

#include <algorithm>
#include <cctype>

namespace tingdu::media {

struct ZipArchive::Handle {
    zip_t* zip = nullptr;
    ~Handle()
    {
        if (zip)
            zip_discard(zip);
    }
};

namespace {

struct ZipFile {
    zip_file_t* file = nullptr;
    ~ZipFile()
    {
        if (file)
            zip_fclose(file);
    }
};

}  // namespace

bool isSafeArchivePath(const std::string& name)
{
    if (name.empty() || name.front() == '/' || name.front() == '\\')
        return false;
    if (name.size() > 1 && name[1] == ':')
        return false;
    std::size_t start = 0;
    while (start <= name.size()) {
        std::size_t end = name.find_first_of("/\\", start);
        if (end == std::string::npos)
            end = name.size();
        if (name.compare(start, end - start, "..") == 0)
            return false;
        start = end + 1;
    }
    return true;
}

Result<std::unique_ptr<ZipArchive>> ZipArchive::open(const std::string& path, ZipLimits limits)
{
    int err = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_RDONLY, &err);
    if (!z) {
        if (err == ZIP_ER_NOENT)
            return makeError(ErrorCode::NotFound, "the file does not exist", path);
        if (err == ZIP_ER_OPEN || err == ZIP_ER_READ)
            return makeError(ErrorCode::PermissionDenied, "the file cannot be read", path);
        return makeError(ErrorCode::Corrupt, "not a readable zip archive", path);
    }
    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_handle = std::make_unique<Handle>();
    archive->m_handle->zip = z;
    archive->m_limits = limits;
    archive->m_path = path;

    const zip_int64_t count = zip_get_num_entries(z, 0);
    if (count < 0 || static_cast<std::uint64_t>(count) > limits.maxEntries)
        return makeError(ErrorCode::TooLarge, "the archive has too many entries", path);
    std::uint64_t total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z, static_cast<zip_uint64_t>(i), 0, &st) != 0 || !st.name)
            return makeError(ErrorCode::Corrupt, "the archive's directory is damaged", path);
        Entry e;
        e.name = st.name;
        e.size = (st.valid & ZIP_STAT_SIZE) ? st.size : 0;
        e.compressedSize = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
        e.encrypted = (st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE;
        if (!isSafeArchivePath(e.name))
            return makeError(ErrorCode::UnsafeContent,
                             "the archive contains an unsafe path (" + e.name + ")", path);
        if (e.size > limits.maxEntrySize)
            return makeError(ErrorCode::TooLarge, "an entry is too large (" + e.name + ")", path);
        if (e.size > (1u << 20) && e.size / std::max<std::uint64_t>(e.compressedSize, 1) > limits.maxRatio)
            return makeError(ErrorCode::TooLarge, "an entry is suspiciously compressed (" + e.name + ")", path);
        total += e.size;
        if (total > limits.maxTotalSize)
            return makeError(ErrorCode::TooLarge, "the archive is too large when unpacked", path);
        archive->m_entries.push_back(std::move(e));
    }
    return archive;
}

ZipArchive::~ZipArchive() = default;

std::optional<std::size_t> ZipArchive::find(const std::string& name) const
{
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].name == name)
            return i;
    const std::string wanted = lower(name);
    for (std::size_t i = 0; i < m_entries.size(); ++i)
        if (lower(m_entries[i].name) == wanted)
            return i;
    return std::nullopt;
}

Result<std::string> ZipArchive::read(const std::string& name, std::uint64_t maxBytes) const
{
    const auto index = find(name);
    if (!index)
        return makeError(ErrorCode::NotFound, "the archive has no entry " + name, m_path);
    const Entry& entry = m_entries[*index];
    if (entry.encrypted)
        return makeError(ErrorCode::DrmProtected, "the entry " + name + " is encrypted", m_path);
    const std::uint64_t cap = maxBytes ? std::min(maxBytes, m_limits.maxEntrySize) : m_limits.maxEntrySize;
    if (entry.size > cap)
        return makeError(ErrorCode::TooLarge, "the entry " + name + " is too large", m_path);

    ZipFile file{zip_fopen_index(m_handle->zip, *index, 0)};
    if (!file.file)
        return makeError(ErrorCode::Corrupt, "the entry " + name + " cannot be read", m_path);
    std::string out;
    out.reserve(static_cast<std::size_t>(entry.size));
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(file.file, buffer, sizeof buffer);
        if (n < 0)
            return makeError(ErrorCode::Corrupt, "the entry " + name + " is damaged", m_path);
        if (n == 0)
            break;
        // The header's size can lie: bound what is actually inflated.
        if (out.size() + static_cast<std::uint64_t>(n) > cap)
            return makeError(ErrorCode::TooLarge, "the entry " + name + " is too large", m_path);
        out.append(buffer, static_cast<std::size_t>(n));
    }
    return out;
}

}  // namespace tingdu::media
