#include "tingdu/accessibility/VoiceSelection.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include <unicode/locid.h>
#include <unicode/unistr.h>

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

std::string speechLanguage(const std::string& tag)
{
    const std::string t = normaliseLanguageTag(tag);
    if (isCantonese(t))
        return "yue";
    if (isMandarin(t))
        return "cmn";
    return t.substr(0, t.find('-'));
}

std::string speechLanguageOf(const Voice& voice)
{
    return speechLanguage(voice.languages.empty() ? voice.identifier : voice.languages.front());
}

std::vector<Voice> voicesForLanguage(const std::string& language, const std::vector<Voice>& voices)
{
    const std::string key = speechLanguage(language);
    std::vector<Voice> out;
    for (const Voice& v : voices)
        if (!key.empty() && speechLanguageOf(v) == key)
            out.push_back(v);
    const std::string preferred = chooseVoice(key, voices);
    std::stable_sort(out.begin(), out.end(), [&](const Voice& a, const Voice& b) {
        const bool aFirst = a.identifier == preferred;
        const bool bFirst = b.identifier == preferred;
        if (aFirst != bFirst)
            return aFirst;
        return a.name < b.name;
    });
    return out;
}

std::vector<std::string> speechLanguages(const std::vector<Voice>& voices)
{
    std::set<std::string> keys;
    for (const Voice& v : voices)
        if (std::string key = speechLanguageOf(v); !key.empty())
            keys.insert(std::move(key));
    return {keys.begin(), keys.end()};
}

std::string languageDisplayName(const std::string& code, const std::string& inLanguage)
{
    if (code.empty())
        return {};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale language = icu::Locale::forLanguageTag(normaliseLanguageTag(code), status);
    const icu::Locale display = icu::Locale::forLanguageTag(normaliseLanguageTag(inLanguage), status);
    if (U_FAILURE(status))
        return {};
    icu::UnicodeString name;
    language.getDisplayLanguage(display, name);
    std::string out;
    name.toUTF8String(out);
    // ICU echoes codes it has no name for.
    return normaliseLanguageTag(out) == normaliseLanguageTag(code) ? std::string() : out;
}

std::string installedVoiceOr(const std::string& wanted, const std::string& language,
                             const std::vector<Voice>& voices)
{
    const std::string id = normaliseLanguageTag(wanted);
    if (!id.empty() && hasVoice(voices, id))
        return id;
    if (!id.empty() && speechLanguage(id) == speechLanguage(language))
        if (std::string v = chooseVoice(id, voices); !v.empty())
            return v;
    return chooseVoice(language, voices);
}

}  // namespace tingdu::accessibility
