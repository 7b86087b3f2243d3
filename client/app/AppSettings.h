#pragma once
// The user's settings, in the platform's standard place (or the profile given on the command line).
// The keys are also what a station's configuration sets (client/station/StationConfig.cpp).
#include <QSettings>
#include <memory>

namespace tingdu::client {

/// A QSettings on settingsFilePath(); GUI thread.
std::unique_ptr<QSettings> openSettings();

/// Gives the stored sound output (keys::kAudioDevice: an output's id or, as an administrator
/// may write it, its description) to every sound Tingdu makes. GUI thread.
void applyAudioOutput();
/// Gives the stored "speak the interface" mode and read-aloud's voice and rate (in the
/// interface language) to the application's self-voicing, when there is one. GUI thread.
void applyInterfaceSpeech();

namespace keys {
inline constexpr char kTheme[] = "appearance/theme";
inline constexpr char kTextSize[] = "appearance/textSize";
inline constexpr char kReaderFont[] = "reader/font";
inline constexpr char kReaderTextSize[] = "reader/textSize";
inline constexpr char kLineSpacing[] = "reader/lineSpacing";       ///< percent
inline constexpr char kLetterSpacing[] = "reader/letterSpacing";   ///< percent
inline constexpr char kHighlight[] = "reader/highlightSpoken";
/// Whether a book's skippable content (page numbers, notes) is played, in the Reader and Player;
/// off by default: the book's own choice (DAISY 3 customTest defaultState), as a DAISY player does.
inline constexpr char kNarrateSkippable[] = "reader/narrateSkippable";
inline constexpr char kLanguage[] = "general/language";
inline constexpr char kSpeechRate[] = "speech/rate";
inline constexpr char kSpeechPitch[] = "speech/pitch";
/// The voice per speech language below it: speech/voice/cmn = "cmn-latn-pinyin" (VoiceSettings.h).
/// Older versions kept one voice in the value itself; it is migrated when read.
inline constexpr char kVoice[] = "speech/voice";
inline constexpr char kParagraphPause[] = "speech/paragraphPause";
inline constexpr char kSentencePause[] = "speech/sentencePause";
inline constexpr char kAnnounceHeadings[] = "speech/announceHeadings";
inline constexpr char kAnnouncePages[] = "speech/announcePages";
inline constexpr char kVolume[] = "audio/volume";                 ///< percent
inline constexpr char kVolumeLimit[] = "audio/volumeLimit";       ///< 0..1, hearing safety
inline constexpr char kAudioDevice[] = "audio/device";            ///< QAudioDevice id, "" = default
inline constexpr char kSelfVoicing[] = "speech/selfVoicing";      ///< auto, always, never
inline constexpr char kSkipBack[] = "player/skipBack";            ///< seconds
inline constexpr char kSkipForward[] = "player/skipForward";
inline constexpr char kSpeed[] = "player/speed";
inline constexpr char kCatalogs[] = "catalog/libraries";          ///< list of URLs
}  // namespace keys

}  // namespace tingdu::client
