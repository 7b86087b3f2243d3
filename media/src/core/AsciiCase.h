#pragma once
// Case-insensitive matching of file names and XML tokens (DAISY books made on Windows say
// "NCC.HTML"); ASCII only, on purpose: names are compared, never shown.
#include <algorithm>
#include <cctype>
#include <string>

namespace tingdu::media {

inline std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace tingdu::media
