#pragma once
// Text to speech over eSpeak NG (synchronous mode): PCM into a media::AudioSink, with word and
// sentence marks as UTF-8 byte offsets into the caller's text.
#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "tingdu/media/AudioSink.h"
#include "tingdu/media/Result.h"

namespace tingdu::accessibility {

/// One installed eSpeak NG voice.
struct Voice {
    std::string identifier;              ///< what setVoice() takes ("cmn-latn-pinyin", "en-us")
    std::string name;                    ///< eSpeak's display name
    std::vector<std::string> languages;  ///< BCP 47-ish tags in eSpeak's priority order ("zh-cmn", "zh")
    std::string gender;                  ///< "male", "female" or ""
};

/// Where eSpeak is in the text: [begin, end) are UTF-8 byte offsets into the text given to speak().
struct SpeechMark {
    enum class Kind { Word, Sentence };
    Kind kind = Kind::Word;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t sampleOffset = 0;  ///< frames written to the sink before this mark, in this speak() call
};

/// Rate, pitch and volume as eSpeak takes them.
struct Prosody {
    int rateWpm = 175;  ///< 80..500 words per minute
    int pitch = 50;     ///< 0..100
    int volume = 100;   ///< 0..200 (100 = normal)
};

/// eSpeak NG is a process-wide singleton, so at most one SpeechEngine exists per process:
/// create() fails with ErrorCode::Internal while another is alive. eSpeak itself is started by
/// the first create() and stopped at process exit (1.51 cannot be restarted after terminating).
/// Threading: every member except format()/voices() must be called from one thread at a time
/// (the owner's worker); the stop flag given to speak() may be set from any thread, and speak()
/// then returns ErrorCode::Cancelled within one eSpeak buffer (10 ms of audio).
class SpeechEngine {
public:
    static media::Result<std::unique_ptr<SpeechEngine>> create();
    ~SpeechEngine();
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;

    /// eSpeak's native output: mono s16 at its sample rate (22050 Hz).
    media::AudioFormat nativeFormat() const;
    /// What speak() writes; native by default. Other rates/channel counts are converted
    /// (linear interpolation, duplicated channels).
    void setOutputFormat(media::AudioFormat format) { m_output = format; }
    media::AudioFormat outputFormat() const { return m_output; }

    const std::vector<Voice>& voices() const { return m_voices; }
    /// Selects a voice by identifier ("en-us", "cmn-latn-pinyin"). NotFound if not installed.
    media::Result<void> setVoice(const std::string& identifier);
    /// Selects the voice that speaks LANGUAGE well (see chooseVoice()) and returns its identifier.
    media::Result<std::string> setVoiceForLanguage(const std::string& language);
    const std::string& currentVoice() const { return m_currentVoice; }

    /// Clamped to the documented ranges.
    void setProsody(const Prosody& prosody);
    const Prosody& prosody() const { return m_prosody; }

    /// Speaks UTF8 into SINK (already opened with outputFormat()). MARKS, if set, is called on
    /// this thread as eSpeak reaches each word and sentence. Returns Cancelled when *STOP became
    /// true, Io when the sink failed, Internal when eSpeak did.
    media::Result<void> speak(std::string_view utf8, media::AudioSink& sink,
                              const std::function<void(const SpeechMark&)>& marks = {},
                              const std::atomic<bool>* stop = nullptr);

    /// Writes MILLISECONDS of silence in outputFormat() (pauses between sentences and paragraphs).
    media::Result<void> silence(int milliseconds, media::AudioSink& sink, const std::atomic<bool>* stop = nullptr);

    /// eSpeak's phoneme mnemonics for UTF8 in the current voice, as `espeak-ng -x` prints them,
    /// including its language switches such as "(en)".
    media::Result<std::string> phonemes(std::string_view utf8);

private:
    SpeechEngine() = default;
    friend struct SynthRun;

    std::vector<Voice> m_voices;
    std::string m_currentVoice;
    Prosody m_prosody;
    media::AudioFormat m_output;
    int m_nativeRate = 22050;
};

}  // namespace tingdu::accessibility
