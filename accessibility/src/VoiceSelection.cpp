#include "tingdu/accessibility/VoiceSelection.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace tingdu::accessibility {

namespace {

bool hasVoice(const std::vector<Voice>& voices, const std::string& identifier)
{
    return std::any_of(voices.begin(), voices.end(), [&](const Voice& v) { return v.identifier == identifier; });
}

// The first of CANDIDATES that is installed.
std::string firstInstalled(const std::vector<Voice>& voices, std::initializer_list<const char*> candidates)
{
    for (const char* c : candidates)
        if (hasVoice(voices, c))
            return c;
    return {};
}

bool startsWithTag(const std::string& tag, const std::string& prefix)
{
    return tag == prefix || (tag.size() > prefix.size() && tag.compare(0, prefix.size(), prefix) == 0 &&
                             tag[prefix.size()] == '-');
}

bool isCantonese(const std::string& tag)
{
    return startsWithTag(tag, "yue") || startsWithTag(tag, "zh-yue") || startsWithTag(tag, "zh-hk") ||
           startsWithTag(tag, "zh-mo") || startsWithTag(tag, "zh-hant-hk") || startsWithTag(tag, "zh-hant-mo");
}

bool isMandarin(const std::string& tag)
{
    return startsWithTag(tag, "zh") || startsWithTag(tag, "cmn");
}

}  // namespace

std::string normaliseLanguageTag(const std::string& tag)
{
    std::string out;
    out.reserve(tag.size());
    for (char c : tag)
        out.push_back(c == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

std::string chooseVoice(const std::string& language, const std::vector<Voice>& voices)
{
    const std::string tag = normaliseLanguageTag(language);
    if (!tag.empty() && tag != "en" && !isMandarin(tag) && hasVoice(voices, tag))
        return tag;
    if (isCantonese(tag)) {
        if (auto v = firstInstalled(voices, {"yue"}); !v.empty())
            return v;
    }
    if (isMandarin(tag)) {
        if (auto v = firstInstalled(voices, {"cmn-latn-pinyin", "cmn"}); !v.empty())
            return v;
    }
    if (tag.empty() || startsWithTag(tag, "en")) {
        if (startsWithTag(tag, "en-gb"))
            if (auto v = firstInstalled(voices, {"en-gb", "en"}); !v.empty())
                return v;
        if (auto v = firstInstalled(voices, {"en-us", "en", "en-gb"}); !v.empty())
            return v;
    }
    // A voice that declares the tag, then its primary subtag (eSpeak lists its languages in
    // priority order, so the first declaring voice is the preferred one).
    for (std::string probe = tag; !probe.empty();) {
        for (const Voice& v : voices)
            for (const std::string& l : v.languages)
                if (l == probe)
                    return v.identifier;
        const auto dash = probe.rfind('-');
        probe = dash == std::string::npos ? std::string() : probe.substr(0, dash);
        if (hasVoice(voices, probe))
            return probe;
    }
    return firstInstalled(voices, {"en-us", "en", "en-gb"});
}

}  // namespace tingdu::accessibility
