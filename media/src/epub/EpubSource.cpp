#include "EpubSource.h"

#include <filesystem>
#include <fstream>
#include <system_error>

namespace tingdu::media::epub {

namespace fs = std::filesystem;

namespace {

constexpr std::uint64_t kMaxFileBytes = 512ull << 20; // same bound as ZipLimits::maxEntrySize

} // namespace

Result<std::unique_ptr<EpubSource>> EpubSource::open(const std::string& path)
{
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (ec || !fs::exists(status))
        return makeError(ErrorCode::NotFound, "the book does not exist", path);
    std::unique_ptr<EpubSource> source(new EpubSource);
    source->m_path = path;
    if (fs::is_directory(status)) {
        source->m_folder = fs::canonical(path, ec).string();
        if (ec)
            return makeError(ErrorCode::PermissionDenied, "the book's folder cannot be read", path);
        return source;
    }
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    source->m_zip = std::move(*zip);
    return source;
}

Result<std::string> EpubSource::read(const std::string& name, std::uint64_t maxBytes) const
{
    if (!isSafeArchivePath(name))
        return makeError(ErrorCode::UnsafeContent, "the book refers to a file outside itself (" + name + ")",
                         m_path);
    if (m_zip)
        return m_zip->read(name, maxBytes);

    // A folder: resolve symlinks and make sure the result is still inside the book.
    std::error_code ec;
    const fs::path full = fs::weakly_canonical(fs::path(m_folder) / name, ec);
    if (ec || !fs::exists(full, ec))
        return makeError(ErrorCode::NotFound, "the book has no file " + name, m_path);
    const std::string fullText = full.string();
    if (fullText.compare(0, m_folder.size(), m_folder) != 0 ||
        (fullText.size() > m_folder.size() && fullText[m_folder.size()] != '/'))
        return makeError(ErrorCode::UnsafeContent, "the book links outside its folder (" + name + ")",
                         m_path);
    const std::uint64_t cap = maxBytes ? std::min(maxBytes, kMaxFileBytes) : kMaxFileBytes;
    const auto bytes = fs::file_size(full, ec);
    if (ec)
        return makeError(ErrorCode::Io, "the file " + name + " cannot be read", m_path);
    if (bytes > cap)
        return makeError(ErrorCode::TooLarge, "the file " + name + " is too large", m_path);
    std::ifstream in(full, std::ios::binary);
    if (!in)
        return makeError(ErrorCode::PermissionDenied, "the file " + name + " cannot be opened", m_path);
    std::string out(static_cast<std::size_t>(bytes), '\0');
    in.read(out.data(), static_cast<std::streamsize>(bytes));
    if (static_cast<std::uint64_t>(in.gcount()) != bytes)
        return makeError(ErrorCode::Io, "the file " + name + " was cut short while reading", m_path);
    return out;
}

bool EpubSource::exists(const std::string& name) const
{
    if (!isSafeArchivePath(name))
        return false;
    if (m_zip)
        return m_zip->find(name).has_value();
    std::error_code ec;
    return fs::is_regular_file(fs::path(m_folder) / name, ec);
}

std::uint64_t EpubSource::size(const std::string& name) const
{
    if (!isSafeArchivePath(name))
        return 0;
    if (m_zip) {
        const auto index = m_zip->find(name);
        return index ? m_zip->entries()[*index].size : 0;
    }
    std::error_code ec;
    const auto bytes = fs::file_size(fs::path(m_folder) / name, ec);
    return ec ? 0 : bytes;
}

} // namespace tingdu::media::epub
