#include "EpubPaths.h"

#include <cctype>
#include <vector>

namespace tingdu::media::epub {

std::string folderOf(std::string_view path)
{
    const auto slash = path.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

std::string percentDecode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
            std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool isExternalUrl(std::string_view href)
{
    // A scheme ("http:", "mailto:", "data:") is letters followed by ':' before any '/'.
    for (std::size_t i = 0; i < href.size(); ++i) {
        const char c = href[i];
        if (c == ':')
            return i > 1; // one letter would be a Windows drive: treated as a path (and refused later)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
            return false;
    }
    return false;
}

std::string pathPart(std::string_view href)
{
    return std::string(href.substr(0, href.find('#')));
}

std::string fragmentPart(std::string_view href)
{
    const auto hash = href.find('#');
    return hash == std::string_view::npos ? std::string() : std::string(href.substr(hash + 1));
}

std::string resolveHref(std::string_view base, std::string_view href)
{
    if (isExternalUrl(href))
        return {};
    const auto hash = href.find('#');
    const std::string fragment = hash == std::string_view::npos ? "" : std::string(href.substr(hash));
    std::string_view pathView = href.substr(0, hash);
    if (const auto query = pathView.find('?'); query != std::string_view::npos)
        pathView = pathView.substr(0, query);
    const std::string path = percentDecode(pathView);
    if (path.empty()) // "#id": the base document itself
        return std::string(base) + fragment;
    if (path.front() == '/')
        return {};

    std::vector<std::string> parts;
    const std::string joined = folderOf(base) + path;
    std::size_t start = 0;
    while (start <= joined.size()) {
        std::size_t end = joined.find('/', start);
        if (end == std::string::npos)
            end = joined.size();
        const std::string part = joined.substr(start, end - start);
        if (part == "..") {
            if (parts.empty())
                return {};
            parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        start = end + 1;
    }
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "/") + p;
    return out.empty() ? std::string() : out + fragment;
}

} // namespace tingdu::media::epub
