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

}  // namespace tingdu::accessibility
