#pragma once
// The listener's eSpeak NG voice per language, as stored in the settings: speech/voice/<speech
// language> (accessibility::speechLanguage(): "cmn", "yue", "en"...) → a voice identifier; a
// missing key is Tingdu's choice by language. GUI thread.
#include <QSettings>
#include <QString>
#include <map>
#include <string>
#include <vector>

#include "tingdu/accessibility/SpeechEngine.h"

namespace tingdu::client {

/// "speech/voice/cmn" for "cmn".
QString voiceSettingsKey(const QString& speechLanguage);

/// Turns the single voice of older versions (speech/voice = "en-gb") into the choice for its own
/// speech language (speech/voice/en), unless that language has one already, and then empties
/// the old value so this happens once. (QSettings::remove() would take the per-language keys
/// with it, since they live below the old key.)
void migrateSingleVoice(QSettings& settings);

/// Every stored per-language choice (migrating first), for ReadAloudSettings::voiceByLanguage.
std::map<std::string, std::string> storedVoiceChoices(QSettings& settings);

/// The installed eSpeak NG voices, listed once per process: by a short-lived SpeechEngine the
/// first time, or from the engine read-aloud created (eSpeak allows one engine at a time, so
/// read-aloud gives its list with rememberInstalledVoices()). Empty when eSpeak cannot start.
const std::vector<accessibility::Voice>& installedVoices();
void rememberInstalledVoices(const std::vector<accessibility::Voice>& voices);

/// A speech language's name in the interface language: Mandarin and Cantonese by Tingdu's own
/// words, the rest by ICU, else by the voice eSpeak has for it.
QString speechLanguageName(const QString& speechLanguage, const std::vector<accessibility::Voice>& voices);

/// The speech languages VOICES cover, in the order Settings lists them: Mandarin, Cantonese,
/// English (what Tingdu's readers use most), then the rest by name.
QStringList speechLanguagesForSettings(const std::vector<accessibility::Voice>& voices);

/// eSpeak's display name made readable: "English_(Great_Britain)" → "English (Great Britain)".
QString voiceDisplayName(const accessibility::Voice& voice);

}  // namespace tingdu::client
