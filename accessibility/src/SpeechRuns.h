#pragma once
// A sentence of a block → the runs eSpeak speaks one by one: announcement first, then the text
// cut wherever the language changes (xml:lang spans) or a note reference wants announcing.
#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "tingdu/accessibility/Announcements.h"
#include "tingdu/accessibility/Segmenter.h"
#include "tingdu/accessibility/SpeechEngine.h"
#include "tingdu/media/Content.h"

namespace tingdu::accessibility {

struct SpeechRun {
    std::string text;
    std::string language;          ///< BCP 47; picks the voice
    std::size_t sourceBegin = 0;   ///< byte offset of text[0] in the block's text
    bool announcement = false;     ///< not from the book: no source offsets
};

/// The runs for SENTENCE of BLOCK. BASELANGUAGE applies where the block and its spans say
/// nothing; WITHPREFIX puts the block's announcement (heading level, page...) first.
std::vector<SpeechRun> buildRuns(const media::Block& block, TextRange sentence, const std::string& baseLanguage,
                                 const Announcements& announcements, bool withPrefix);

/// Which voice speaks a run: EXPLICITVOICE (tingdu-cli's --voice) for runs in the book's own
/// speech language; else the listener's choice for the run's speech language (VOICEBYLANGUAGE,
/// keyed by speechLanguage()); else chooseVoice(). The same for the book's text and for
/// xml:lang spans.
struct VoicePolicy {
    std::string explicitVoice;
    std::string bookLanguage;
    std::map<std::string, std::string> voiceByLanguage;
};

/// The installed voice POLICY gives a run in LANGUAGE; a choice that is not installed falls
/// back to chooseVoice() (installedVoiceOr()), so it never silences the book. "" only when no
/// voice is installed at all.
std::string voiceFor(const VoicePolicy& policy, const std::string& language, const std::vector<Voice>& voices);

/// Speaks RUNS in order into SINK, switching voices as needed. ONWORD gets word marks with
/// offsets already translated to the block's text (announcement runs report none).
media::Result<void> speakRuns(SpeechEngine& engine, media::AudioSink& sink, const std::vector<SpeechRun>& runs,
                              const VoicePolicy& voices, const std::function<void(TextRange)>& onWord,
                              const std::atomic<bool>* stop);

}  // namespace tingdu::accessibility
