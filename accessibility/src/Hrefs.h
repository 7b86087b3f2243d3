#pragma once
// Matching navigation hrefs ("text/ch1.xhtml#sec2") against document hrefs.
#include <string>

namespace tingdu::accessibility {

inline std::string documentPart(const std::string& href)
{
    return href.substr(0, href.find('#'));
}

inline std::string fragmentPart(const std::string& href)
{
    const auto hash = href.find('#');
    return hash == std::string::npos ? std::string() : href.substr(hash + 1);
}

/// TOC hrefs may be relative to the package document while Document::href is a package path;
/// equal, or one ends with "/" + the other, counts as the same document.
inline bool sameDocument(const std::string& navHref, const std::string& docHref)
{
    const std::string a = documentPart(navHref);
    const std::string b = documentPart(docHref);
    if (a.empty() || b.empty())
        return false;
    if (a == b)
        return true;
    const auto endsWith = [](const std::string& s, const std::string& tail) {
        return s.size() > tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0 &&
               s[s.size() - tail.size() - 1] == '/';
    };
    return endsWith(b, a) || endsWith(a, b);
}

}  // namespace tingdu::accessibility
