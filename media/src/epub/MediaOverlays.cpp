#include "MediaOverlays.h"

#include "EpubPaths.h"
#include "smil/ClipSourceLength.h"
#include "smil/Smil.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <system_error>


namespace tingdu::media::epub {

namespace fs = std::filesystem;

namespace {


constexpr std::uint64_t kMaxSmilBytes = 16u << 20;

// A private folder per book (path, size and date), so a changed book never reuses stale audio.
fs::path cacheFolderFor(const std::string& bookPath)
{
    fs::path base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = fs::path(home) / ".cache";
    else
        base = fs::temp_directory_path();
    std::error_code ec;
    const auto absolute = fs::absolute(bookPath, ec).string();
    const auto size = fs::file_size(bookPath, ec);
    const auto stamp = fs::last_write_time(bookPath, ec).time_since_epoch().count();
    std::uint64_t hash = 1469598103934665603ull; // FNV-1a
    for (const char c : absolute + "|" + std::to_string(size) + "|" + std::to_string(stamp)) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ull;
    }
    char name[32];
    std::snprintf(name, sizeof name, "%016llx", static_cast<unsigned long long>(hash));
    return base / "tingdu" / "epub-audio" / name;
}

class AudioFiles {
public:
    explicit AudioFiles(const EpubSource& source) : m_source(source) {}

    // The file the audio engine can open for the resource HREF; "" with a warning when not.
    std::string pathFor(const std::string& href, std::vector<std::string>& warnings)
    {
        if (const auto it = m_paths.find(href); it != m_paths.end())
            return it->second;
        std::string path;
        if (!m_source.isZip()) {
            if (m_source.exists(href))
                path = (fs::path(m_source.folder()) / href).string();
            else
                warnings.push_back("the narration file " + href + " is missing");
        } else {
            path = extract(href, warnings);
        }
        m_paths.emplace(href, path);
        return path;
    }

private:
    std::string extract(const std::string& href, std::vector<std::string>& warnings)
    {
        if (m_folder.empty())
            m_folder = cacheFolderFor(m_source.path());
        const fs::path target = m_folder / href;
        std::error_code ec;
        const std::uint64_t expected = m_source.size(href);
        if (expected > 0 && fs::file_size(target, ec) == expected && !ec)
            return target.string(); // extracted by an earlier opening
        auto bytes = m_source.read(href);
        if (!bytes) {
            warnings.push_back("the narration file " + href + " cannot be read: " + bytes.error().message);
            return {};
        }
        fs::create_directories(target.parent_path(), ec);
        const fs::path partial = target.string() + ".part";
        {
            std::ofstream out(partial, std::ios::binary | std::ios::trunc);
            out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
            if (!out) {
                warnings.push_back("the narration file " + href + " cannot be stored in " +
                                   m_folder.string());
                return {};
            }
        }
        fs::rename(partial, target, ec);
        if (ec) {
            warnings.push_back("the narration file " + href + " cannot be stored in " + m_folder.string());
            return {};
        }
        return target.string();
    }

    const EpubSource& m_source;
    fs::path m_folder;
    std::map<std::string, std::string> m_paths;
};

} // namespace

Result<Overlays> readMediaOverlays(const EpubSource& source, const Package& package)
{
    Overlays out;
    AudioFiles files(source);
    std::map<std::string, std::optional<double>> lengths;
    std::string previous;
    for (const std::string& smilHref : package.overlayHrefs) {
        if (smilHref.empty() || smilHref == previous) // several spine items may share one SMIL
            continue;
        previous = smilHref;
        auto bytes = source.read(smilHref, kMaxSmilBytes);
        if (!bytes) {
            out.warnings.push_back("the media overlay " + smilHref +
                                   " cannot be read: " + bytes.error().message);
            continue;
        }
        auto doc = smil::parse(*bytes, smilHref);
        if (!doc) {
            out.warnings.push_back("the media overlay " + smilHref + " is broken: " + doc.error().message);
            continue;
        }
        for (auto& w : doc->warnings)
            out.warnings.push_back(std::move(w));
        for (const smil::Par& par : doc->pars) {
            OverlayPar info;
            info.firstClip = out.clips.size();
            info.smilRef = smilHref + "#" + par.id;
            info.textRef = par.textSrc.empty() ? std::string() : resolveHref(smilHref, par.textSrc);
            info.type = par.type;
            info.skippable = par.skippable;
            info.escapableId = par.escapableId;
            for (const smil::Clip& clip : par.audio) {
                AudioClip c;
                if (isExternalUrl(clip.src)) {
                    c.source = clip.src;
                } else {
                    const std::string href = pathPart(resolveHref(smilHref, clip.src));
                    c.source = href.empty() ? std::string() : files.pathFor(href, out.warnings);
                }
                if (c.source.empty())
                    continue;
                c.begin = clip.begin;
                c.end = clip.end;
                if (c.end < 0 && !isExternalUrl(c.source)) {
                    auto length = lengths.find(c.source);
                    if (length == lengths.end())
                        length = lengths.emplace(c.source, smil::clipSourceLength(c.source)).first;
                    if (length->second && *length->second > c.begin)
                        c.end = *length->second;
                    else
                        out.warnings.push_back(smilHref + ": the length of " + c.source + " cannot be found");
                }
                c.textRef = info.textRef;
                out.clips.push_back(std::move(c));
            }
            info.clipCount = out.clips.size() - info.firstClip;
            out.pars.push_back(std::move(info));
        }
    }
    return out;
}

} // namespace tingdu::media::epub
