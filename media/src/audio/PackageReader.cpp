#include "PackageReader.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "../core/ZipArchive.h"
#include "AudiobookPublication.h"
#include "ManifestReader.h"

namespace fs = std::filesystem;

namespace tingdu::media::audio {

namespace {

Result<fs::path> makePrivateDir()
{
    std::error_code ec;
    std::string templ = (fs::temp_directory_path(ec) / "tingdu-audiobook-XXXXXX").string();
    if (ec || !mkdtemp(templ.data()))  // mkdtemp makes it 0700: other users cannot read the book
        return makeError(ErrorCode::Io, "cannot create a folder for the unpacked audiobook");
    return fs::path(templ);
}

// Extracts one entry to dir/name (names were checked safe by ZipArchive::open).
Result<std::string> extract(const ZipArchive& zip, const std::string& name, const fs::path& dir)
{
    auto bytes = zip.read(name);
    if (!bytes)
        return bytes.error();
    const fs::path target = dir / fs::path(name).lexically_normal();
    std::error_code ec;
    fs::create_directories(target.parent_path(), ec);
    std::ofstream out(target, std::ios::binary);
    out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
    out.close();
    if (!out)
        return makeError(ErrorCode::Io, "cannot write the unpacked track (disk full?)", target.string());
    return target.string();
}

bool isHiddenPath(const std::string& name)
{
    return name.front() == '.' || name.find("/.") != std::string::npos || name.find("__MACOSX") != std::string::npos;
}

}  // namespace

Result<std::unique_ptr<Publication>> openPackage(const std::string& path)
{
    auto zip = ZipArchive::open(path);
    if (!zip)
        return zip.error();
    const ZipArchive& archive = **zip;
    auto dir = makePrivateDir();
    if (!dir)
        return dir.error();
    AudiobookData data;
    data.format = Format::AudiobookPackage;
    data.cacheDir = *dir;  // from here on, AudiobookPublication (or this scope) removes it
    struct Cleanup {
        fs::path* dir;
        ~Cleanup()
        {
            std::error_code ec;
            if (dir && !dir->empty())
                fs::remove_all(*dir, ec);
        }
    } cleanup{&data.cacheDir};

    // A Readium LCP package (.lcpa) carries its license: refuse before unpacking ciphertext.
    if (archive.find("META-INF/license.lcpl"))
        return lcpProtected(path);
    std::string manifest;
    std::vector<std::string> audio;
    for (const auto& e : archive.entries()) {
        if (e.name.empty() || e.name.back() == '/' || isHiddenPath(e.name))
            continue;
        const std::string file = fs::path(e.name).filename().string();
        if ((file == "manifest.json" || file == "publication.json") &&
            (manifest.empty() || e.name.size() < manifest.size()))
            manifest = e.name;
        else if (hasAudioExtension(file))
            audio.push_back(e.name);
        if (e.encrypted)
            return makeError(ErrorCode::DrmProtected, "the audiobook's tracks are encrypted", path);
    }
    for (const auto& name : audio)
        if (auto r = extract(archive, name, *dir); !r)
            return makeError(r.error().code, r.error().message, path);

    if (!manifest.empty()) {
        auto text = archive.read(manifest, 16u << 20);
        if (!text)
            return text.error();
        const fs::path base = *dir / fs::path(manifest).parent_path();
        const auto resolve = [&](const std::string& href) { return resolveHref(base.string(), href); };
        // Resources other than tracks stay in the zip: the HTML TOC is read from there.
        const fs::path manifestFolder = fs::path(manifest).parent_path();
        const auto load = [&](const std::string& href) {
            return archive.read((manifestFolder / href).lexically_normal().generic_string(), 4u << 20);
        };
        if (auto r = readManifest(*text, resolve, data, path, nullptr, load); !r)
            return r.error();
    } else {
        if (audio.empty())
            return makeError(ErrorCode::Empty, "the package holds no audio tracks", path);
        std::sort(audio.begin(), audio.end(), naturalLess);
        std::vector<TrackRef> tracks;
        for (const auto& name : audio)
            tracks.push_back({(*dir / name).lexically_normal().string(), fs::path(name).stem().string(), "", 0, false, {}});
        if (auto r = addTracks(data, tracks, true); !r)
            return makeError(r.error().code, r.error().message, path);
    }
    if (data.metadata.title.empty())
        data.metadata.title = fs::path(path).stem().string();
    cleanup.dir = nullptr;
    return std::unique_ptr<Publication>(std::make_unique<AudiobookPublication>(std::move(data)));
}

}  // namespace tingdu::media::audio
