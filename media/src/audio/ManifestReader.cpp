#include "ManifestReader.h"

#include "../smil/Smil.h"
#include "HtmlToc.h"

#include <cmath>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace tingdu::media::audio {

namespace {

using Json = nlohmann::json;

// Readium allows a string, a language map {"en": "..."} or, for contributors, objects and lists.
std::string text(const Json& v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_object()) {
        if (v.contains("name"))
            return text(v["name"]);
        for (const auto& [key, value] : v.items())
            if (value.is_string())
                return value.get<std::string>();
    }
    if (v.is_array() && !v.empty())
        return text(v.front());
    return {};
}

std::vector<Contributor> contributors(const Json& v, const char* role)
{
    std::vector<Contributor> list;
    if (v.is_array()) {
        for (const auto& e : v)
            if (auto name = text(e); !name.empty())
                list.push_back({name, role});
    } else if (auto name = text(v); !name.empty()) {
        list.push_back({name, role});
    }
    return list;
}

// Readium durations are numbers of seconds; W3C ones are ISO 8601 ("PT1H2M3.5S").
double seconds(const Json& v)
{
    if (v.is_number())
        return std::max(0.0, v.get<double>());
    if (!v.is_string())
        return 0;
    const std::string s = v.get<std::string>();
    if (s.rfind("PT", 0) != 0)
        return std::max(0.0, std::atof(s.c_str()));
    double total = 0;
    std::size_t i = 2;
    while (i < s.size()) {
        char* end = nullptr;
        const double n = std::strtod(s.c_str() + i, &end);
        if (end == s.c_str() + i || !*end)
            break;
        total += n * (*end == 'H' ? 3600 : *end == 'M' ? 60 : 1);
        i = static_cast<std::size_t>(end - s.c_str()) + 1;
    }
    return total;
}

std::string stripFragment(const std::string& href, double* t)
{
    const auto hash = href.find('#');
    if (hash == std::string::npos)
        return href;
    const std::string fragment = href.substr(hash + 1);
    if (t && fragment.rfind("t=", 0) == 0) {
        // Media fragments: "t=71", "t=71,80", "t=npt:0:01:11", "t=1:11.5"; the start is what we need.
        std::string start = fragment.substr(2, fragment.find(',') == std::string::npos ? std::string::npos
                                                                                           : fragment.find(',') - 2);
        if (start.rfind("npt:", 0) == 0)
            start.erase(0, 4);
        if (auto seconds = smil::parseClockValue(start))
            *t = *seconds;
    }
    return href.substr(0, hash);
}

void readMetadata(const Json& root, Metadata& m)
{
    // Readium keeps metadata in "metadata"; W3C LPF puts it at the top level.
    const Json& md = root.contains("metadata") && root["metadata"].is_object() ? root["metadata"] : root;
    m.title = text(md.value("title", Json()));
    if (m.title.empty())
        m.title = text(md.value("name", Json()));
    m.authors = contributors(md.value("author", Json()), "aut");
    if (m.authors.empty())
        m.authors = contributors(md.value("authors", Json()), "aut");
    m.narrators = contributors(md.value("narrator", Json()), "nrt");
    if (m.narrators.empty())
        m.narrators = contributors(md.value("readBy", Json()), "nrt");
    for (const char* key : {"language", "inLanguage"}) {
        const Json& l = md.value(key, Json());
        if (l.is_string())
            m.languages.push_back(l.get<std::string>());
        else if (l.is_array())
            for (const auto& e : l)
                if (e.is_string())
                    m.languages.push_back(e.get<std::string>());
    }
    if (auto id = text(md.value("identifier", Json())); !id.empty())
        m.identifiers.push_back(id);
    else if (auto lpfId = text(md.value("id", Json())); !lpfId.empty())
        m.identifiers.push_back(lpfId);
    m.publisher = text(md.value("publisher", Json()));
    m.date = text(md.value("published", Json()));
    if (m.date.empty())
        m.date = text(md.value("datePublished", Json()));
    m.description = text(md.value("description", Json()));
    m.durationSeconds = seconds(md.value("duration", Json()));
}

void addTocEntry(NavPoint point, const std::string& href, const std::map<std::string, double>& trackStart,
                 const HrefResolver& resolve, AudiobookData& data)
{
    double offset = 0;
    const std::string source = href.empty() ? "" : resolve(stripFragment(href, &offset));
    point.href = source.empty() ? href : source + href.substr(std::min(href.find('#'), href.size()));
    if (auto it = trackStart.find(source); it != trackStart.end())
        point.timeSeconds = it->second + offset;
    else if (!href.empty())
        data.warnings.push_back("a table of contents entry points outside the reading order: " + href);
    data.toc.push_back(std::move(point));
}

void readToc(const Json& list, int level, const std::map<std::string, double>& trackStart, const HrefResolver& resolve,
             AudiobookData& data)
{
    if (!list.is_array())
        return;
    for (const auto& e : list) {
        if (!e.is_object())
            continue;
        NavPoint point;
        point.title = text(e.value("title", Json()));
        point.level = level;
        const std::string href = e.value("href", Json()).is_string() ? e["href"].get<std::string>() : "";
        addTocEntry(std::move(point), href, trackStart, resolve, data);
        readToc(e.value("children", Json()), level + 1, trackStart, resolve, data);
    }
}

// W3C: the HTML table of contents is the resource with rel "contents" (a string or a list).
bool isContents(const Json& e)
{
    if (!e.is_object())
        return false;
    const Json& rel = e.value("rel", Json());
    if (rel.is_string())
        return rel.get<std::string>() == "contents";
    if (rel.is_array())
        for (const auto& r : rel)
            if (r.is_string() && r.get<std::string>() == "contents")
                return true;
    return false;
}

std::string hrefOf(const Json& e)
{
    const Json& href = e.contains("href") ? e["href"] : e.value("url", Json());
    return href.is_string() ? href.get<std::string>() : std::string();
}

// The HTML TOC of a W3C publication without a JSON "toc"; a TOC that cannot be read is a
// warning: the book still plays, track by track.
void readHtmlContents(const std::string& tocHref, const ResourceLoader& load,
                      const std::map<std::string, double>& trackStart, const HrefResolver& resolve,
                      AudiobookData& data)
{
    auto html = load(stripFragment(tocHref, nullptr));
    if (!html) {
        data.warnings.push_back("the table of contents cannot be read: " + html.error().describe());
        return;
    }
    auto entries = readHtmlToc(*html, stripFragment(tocHref, nullptr), tocHref);
    if (!entries) {
        data.warnings.push_back("the table of contents cannot be read: " + entries.error().describe());
        return;
    }
    for (auto& e : *entries)
        addTocEntry(NavPoint{e.title, e.level, "", "", -1}, e.href, trackStart, resolve, data);
}

}  // namespace

namespace {

// RFC 3986 5.2.4: "a/./b/../c" -> "a/c", so servers see the path they publish.
std::string removeDotSegments(const std::string& path)
{
    std::vector<std::string> kept;
    std::size_t start = 0;
    bool trailingSlash = false;
    while (start <= path.size()) {
        const std::size_t slash = std::min(path.find('/', start), path.size());
        const std::string segment = path.substr(start, slash - start);
        trailingSlash = segment == "." || segment == "..";
        if (segment == "..") {
            if (kept.size() > 1)
                kept.pop_back();
        } else if (segment != ".") {
            kept.push_back(segment);
        }
        start = slash + 1;
    }
    std::string out;
    for (std::size_t i = 0; i < kept.size(); ++i)
        out += (i ? "/" : "") + kept[i];
    return trailingSlash ? out + "/" : out;
}

std::string resolveUrl(const std::string& base, const std::string& href)
{
    const std::size_t schemeEnd = base.find("://") + 3;
    const std::size_t pathStart = std::min(base.find_first_of("/?#", schemeEnd), base.size());
    const std::string origin = base.substr(0, pathStart);
    const std::size_t pathEnd = std::min(base.find_first_of("?#", pathStart), base.size());
    std::string basePath = base.substr(pathStart, pathEnd - pathStart);
    if (basePath.empty())
        basePath = "/";
    if (href.rfind("//", 0) == 0)  // same scheme, another host
        return base.substr(0, schemeEnd - 2) + href;
    if (href.front() == '?' || href.front() == '#')
        return origin + basePath + href;
    const std::size_t queryAt = std::min(href.find_first_of("?#"), href.size());
    const std::string hrefPath = href.substr(0, queryAt);
    const std::string merged = hrefPath.front() == '/' ? hrefPath : basePath.substr(0, basePath.rfind('/') + 1) + hrefPath;
    return origin + removeDotSegments(merged) + href.substr(queryAt);
}

}  // namespace

std::string resolveHref(const std::string& base, const std::string& href)
{
    if (href.find("://") != std::string::npos || href.empty())
        return href;
    if (base.find("://") != std::string::npos)
        return resolveUrl(base, href);
    if (href.front() == '/')
        return href;
    return (std::filesystem::path(base) / href).lexically_normal().string();
}

Result<void> readManifest(const std::string& json, const HrefResolver& resolve, AudiobookData& data,
                          const std::string& subject, const AudioSourceOptions* remote, const ResourceLoader& load)
{
    Json root;
    try {
        root = Json::parse(json);
    } catch (const Json::parse_error& e) {
        return makeError(ErrorCode::Corrupt, std::string("the audiobook manifest is not valid JSON (") + e.what() + ")",
                         subject);
    }
    if (!root.is_object())
        return makeError(ErrorCode::Corrupt, "the audiobook manifest is not a JSON object", subject);
    const Json& order = root.contains("readingOrder") ? root["readingOrder"] : root.value("spine", Json());
    if (order.is_null())
        return makeError(ErrorCode::Corrupt, "the audiobook manifest has no readingOrder", subject);
    if (!order.is_array())
        return makeError(ErrorCode::Corrupt, "the audiobook manifest's readingOrder is not a list", subject);
    if (order.empty())
        return makeError(ErrorCode::Empty, "the audiobook manifest's readingOrder is empty", subject);

    readMetadata(root, data.metadata);
    const double declared = data.metadata.durationSeconds;
    std::string tocHref;
    for (const auto& e : root.value("resources", Json::array()))
        if (isContents(e) && tocHref.empty())
            tocHref = hrefOf(e);
    std::vector<TrackRef> tracks;
    for (const auto& e : order) {
        if (isContents(e)) {  // W3C allows the HTML TOC in the reading order: it is no track
            if (tocHref.empty())
                tocHref = hrefOf(e);
            continue;
        }
        TrackRef t;
        if (e.is_string()) {
            t.source = resolve(e.get<std::string>());
        } else if (e.is_object()) {
            const Json& href = e.contains("href") ? e["href"] : e.value("url", Json());
            if (href.is_string())
                t.source = resolve(stripFragment(href.get<std::string>(), nullptr));
            t.title = text(e.value("title", Json()));
            if (t.title.empty())
                t.title = text(e.value("name", Json()));
            t.mediaType = text(e.contains("type") ? e["type"] : e.value("encodingFormat", Json()));
            t.duration = seconds(e.value("duration", Json()));
            t.encrypted = e.contains("properties") && e["properties"].is_object() &&
                          e["properties"].contains("encrypted");
            if (t.encrypted && e["properties"]["encrypted"].is_object())
                t.encryptionScheme = text(e["properties"]["encrypted"].value("scheme", Json()));
            // LCP tracks are ciphertext: nothing here can be played (other schemes, such as
            // Feedbooks' access restriction, are bearer-token streams and stay playable).
            if (t.encryptionScheme == kLcpScheme)
                return lcpProtected(subject);
        } else {
            return makeError(ErrorCode::Corrupt, "the audiobook manifest's readingOrder holds a malformed entry",
                             subject);
        }
        tracks.push_back(std::move(t));
    }
    data.metadata.durationSeconds = 0;
    if (auto r = addTracks(data, tracks, false, remote); !r)
        return makeError(r.error().code, r.error().message, subject);
    const double summed = data.metadata.durationSeconds;
    if (declared > 0) {
        data.metadata.durationSeconds = declared;  // what the publisher declares is what we show
        if (std::abs(declared - summed) > 2)
            data.warnings.push_back("the declared duration differs from the sum of the tracks' durations");
    }
    std::map<std::string, double> trackStart;
    double start = 0;
    for (const auto& item : data.readingOrder) {
        trackStart.emplace(item.href, start);
        start += item.durationSeconds;
    }
    readToc(root.value("toc", Json()), 1, trackStart, resolve, data);
    if (data.toc.empty() && !tocHref.empty() && load)
        readHtmlContents(tocHref, load, trackStart, resolve, data);
    if (data.toc.empty() && data.readingOrder.size() > 1) {  // no TOC: each track is a chapter
        for (std::size_t i = 0; i < data.readingOrder.size(); ++i) {
            const auto& item = data.readingOrder[i];
            data.toc.push_back(NavPoint{item.title.empty() ? "Track " + std::to_string(i + 1) : item.title, 1,
                                        item.href, "", trackStart[item.href]});
        }
    }
    return {};
}

}  // namespace tingdu::media::audio
