#include "BookSource.h"
#include "core/AsciiCase.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <system_error>
#include <unistd.h>

namespace tingdu::media::daisy {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxFiles = 100000;

bool isZipFile(const fs::path& p)
{
    std::ifstream in(p, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
}

std::string percentDecode(const std::string& s)
{
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

// The per-user cache (XDG), one folder per zip identity (path, size, time) so a replaced file
// never reuses stale audio.
fs::path cacheRoot()
{
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        return fs::path(xdg) / "tingdu" / "daisy-audio";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".cache" / "tingdu" / "daisy-audio";
    return fs::temp_directory_path() / "tingdu-daisy-audio";
}

} // namespace

std::string stripFragment(const std::string& href)
{
    return href.substr(0, href.find('#'));
}

std::string fragmentOf(const std::string& href)
{
    const auto hash = href.find('#');
    return hash == std::string::npos ? std::string() : href.substr(hash + 1);
}

std::string resolveHref(const std::string& baseFile, const std::string& href)
{
    const std::string path = percentDecode(stripFragment(href));
    if (path.empty())
        return baseFile;
    if (path.find("://") != std::string::npos || path.front() == '/' || path.front() == '\\')
        return {};
    const auto slash = baseFile.rfind('/');
    const std::string joined =
        (slash == std::string::npos ? std::string() : baseFile.substr(0, slash + 1)) + path;
    std::vector<std::string> parts;
    std::stringstream in(joined);
    for (std::string part; std::getline(in, part, '/');) {
        if (part.empty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.empty())
                return {};
            parts.pop_back();
        } else {
            parts.push_back(part);
        }
    }
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "/") + p;
    return out;
}

Result<std::unique_ptr<BookSource>> BookSource::open(const std::string& path)
{
    std::error_code ec;
    fs::path p(path);
    if (!fs::exists(p, ec))
        return makeError(ErrorCode::NotFound, "the book does not exist", path);
    std::unique_ptr<BookSource> source(new BookSource);
    source->m_path = path;
    if (fs::is_regular_file(p, ec) && isZipFile(p)) {
        auto zip = ZipArchive::open(path);
        if (!zip)
            return zip.error();
        source->m_zip = std::move(*zip);
        for (const auto& e : source->m_zip->entries())
            if (!e.name.empty() && e.name.back() != '/')
                source->m_files.push_back(e.name);
    } else {
        if (!fs::is_directory(p, ec))
            p = p.parent_path(); // ncc.html or an .opf given directly
        source->m_folder = p.string();
        fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            if (it.depth() > 8) {
                it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec))
                source->m_files.push_back(fs::relative(it->path(), p, ec).generic_string());
            if (source->m_files.size() > kMaxFiles)
                return makeError(ErrorCode::TooLarge, "the book folder holds too many files", path);
        }
        if (ec)
            return makeError(ErrorCode::PermissionDenied, "the book folder cannot be read", path);
    }
    for (const auto& f : source->m_files) {
        source->m_names.insert(f);
        source->m_byLowerName.emplace(lower(f), f);
    }
    return source;
}

BookSource::~BookSource() = default;

std::string BookSource::find(const std::string& name) const
{
    if (m_names.count(name))
        return name;
    const auto it = m_byLowerName.find(lower(name));
    return it == m_byLowerName.end() ? std::string() : it->second;
}

Result<std::string> BookSource::read(const std::string& name, std::size_t maxBytes) const
{
    const std::string stored = find(name);
    if (stored.empty())
        return makeError(ErrorCode::NotFound, "the book has no such file", name);
    if (m_zip)
        return m_zip->read(stored, maxBytes);
    const fs::path p = fs::path(m_folder) / stored;
    std::error_code ec;
    const auto size = fs::file_size(p, ec);
    if (ec)
        return makeError(ErrorCode::Io, "the file cannot be read", p.string());
    if (size > maxBytes)
        return makeError(ErrorCode::TooLarge, "the file is too large", p.string());
    std::ifstream in(p, std::ios::binary);
    std::string bytes(size, '\0');
    if (!in.read(bytes.data(), static_cast<std::streamsize>(size)))
        return makeError(ErrorCode::Io, "the file cannot be read", p.string());
    return bytes;
}

Result<std::string> BookSource::localPath(const std::string& name) const
{
    const std::string stored = find(name);
    if (stored.empty())
        return makeError(ErrorCode::NotFound, "the book has no such file", name);
    if (!m_zip)
        return (fs::path(m_folder) / stored).string();
    return extract(stored);
}

Result<std::string> BookSource::extract(const std::string& stored) const
{
    std::error_code ec;
    if (m_cacheDir.empty()) {
        const auto size = fs::file_size(m_path, ec);
        const auto time = fs::last_write_time(m_path, ec).time_since_epoch().count();
        const std::string identity =
            fs::absolute(m_path, ec).string() + '\n' + std::to_string(size) + '\n' + std::to_string(time);
        std::ostringstream hex;
        hex << std::hex << std::hash<std::string>{}(identity);
        m_cacheDir = (cacheRoot() / hex.str()).string();
    }
    const auto index = m_zip->find(stored);
    const fs::path target = fs::path(m_cacheDir) / stored; // ZipArchive refused unsafe names
    if (index && fs::file_size(target, ec) == m_zip->entries()[*index].size && !ec)
        return target.string();
    auto bytes = m_zip->read(stored);
    if (!bytes)
        return bytes.error();
    fs::create_directories(target.parent_path(), ec);
    // Write aside (one name per process) and rename, so neither a crash nor a second process
    // opening the same book leaves a truncated file that looks complete.
    const fs::path partial = target.string() + ".part" + std::to_string(::getpid());
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        if (!out.write(bytes->data(), static_cast<std::streamsize>(bytes->size())))
            return makeError(ErrorCode::Io, "the audio cannot be written to the cache folder",
                             partial.string());
    }
    fs::rename(partial, target, ec);
    if (ec)
        return makeError(ErrorCode::Io, "the audio cannot be written to the cache folder", target.string());
    return target.string();
}

} // namespace tingdu::media::daisy
