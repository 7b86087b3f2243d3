#pragma once
// Which installed eSpeak voice speaks a language well. Pure logic over a voice list, so the
// choice is testable and the UI can show it before speaking.
#include <string>
#include <vector>

#include "tingdu/accessibility/SpeechEngine.h"

namespace tingdu::accessibility {

/// Lower-cases a BCP 47 tag and turns '_' into '-' ("zh_CN" → "zh-cn").
std::string normaliseLanguageTag(const std::string& tag);

/// The identifier of the voice for LANGUAGE (BCP 47 or an eSpeak identifier), or "" when the
/// list has nothing usable. Mandarin (zh, zh-CN, zh-Hans, zh-TW, cmn...) gets cmn-latn-pinyin,
/// because in eSpeak NG 1.51 the plain cmn voice reads hanzi as pinyin with English digits;
/// Cantonese (zh-HK, zh-MO, yue) gets yue; English gets en-us. Unknown languages fall back to
/// the base language, then English.
std::string chooseVoice(const std::string& language, const std::vector<Voice>& voices);

/// The "speech language" of a BCP 47 tag: the key a listener's voice choice per language is kept
/// under. Mandarin tags (zh, zh-CN, zh-Hans, zh-TW, cmn...) give "cmn", Cantonese (zh-HK, zh-MO,
/// yue, zh-yue) "yue", the same split chooseVoice() makes; any other tag its primary subtag
/// ("en-US" → "en"). "" for "".
std::string speechLanguage(const std::string& tag);

/// The speech language VOICE speaks: that of its first (highest-priority) language, else of
/// its identifier. So the Cantonese voice, which also declares "zh" at a lower priority, is
/// not offered for Mandarin.
std::string speechLanguageOf(const Voice& voice);

/// The installed voices that speak SPEECHLANGUAGE (see speechLanguageOf()): chooseVoice()'s
/// pick first, then by name.
std::vector<Voice> voicesForLanguage(const std::string& speechLanguage, const std::vector<Voice>& voices);

/// Every speech language the installed voices speak, once each, sorted by key.
std::vector<std::string> speechLanguages(const std::vector<Voice>& voices);

/// SPEECHLANGUAGE's name in the language INLANGUAGE (BCP 47, "zh-CN", "en"), from ICU's locale
/// data: "French" / "法语". "" when ICU has no name for it (the caller names it otherwise).
std::string languageDisplayName(const std::string& speechLanguage, const std::string& inLanguage);

/// WANTED when it is installed; otherwise chooseVoice() for it when it is of LANGUAGE's speech
/// language (a station's "en-gb" finds eSpeak's British voice), else chooseVoice(LANGUAGE).
/// So a stale or mistyped choice still speaks. "" only when nothing is installed.
std::string installedVoiceOr(const std::string& wanted, const std::string& language,
                             const std::vector<Voice>& voices);

}  // namespace tingdu::accessibility
