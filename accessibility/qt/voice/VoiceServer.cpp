// tingdu-voice: the speech process of self-voicing. eSpeak NG allows one engine per process and
// the app's belongs to read-aloud, so interface speech is synthesised here. Started once by
// SelfVoicing and fed one request per line, it saves the ~250 ms that starting a process per
// utterance costs (measured with `tingdu-cli speak`); what is left is eSpeak's own time.
// Not for people, no options. Plain C++ over tingdu_accessibility: no Qt, so it starts fast.
//
// Request (stdin, UTF-8, one line): RATE \t PITCH \t VOICE \t LANGUAGE \t TEXT
//   VOICE may be empty (chosen by LANGUAGE); TEXT holds no tab or newline.
// Answer (stdout): "PCM SAMPLERATE CHANNELS BYTES\n" then BYTES of 16-bit little-endian PCM,
//   or "ERR message\n". One answer per request, in order.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "tingdu/accessibility/SpeechEngine.h"
#include "tingdu/accessibility/VoiceSelection.h"

namespace {

using tingdu::media::AudioFormat;
using tingdu::media::Result;

// Keeps what the engine speaks, to be sent in one piece.
class CollectingSink final : public tingdu::media::AudioSink {
public:
    Result<void> open(const AudioFormat& format) override
    {
        m_format = format;
        m_samples.clear();
        return {};
    }
    Result<void> write(const std::int16_t* samples, std::size_t frames) override
    {
        m_samples.insert(m_samples.end(), samples, samples + frames * static_cast<std::size_t>(m_format.channels));
        return {};
    }
    void close() override {}
    const AudioFormat& format() const { return m_format; }
    const std::vector<std::int16_t>& samples() const { return m_samples; }

private:
    AudioFormat m_format;
    std::vector<std::int16_t> m_samples;
};

std::vector<std::string> splitTabs(const std::string& line, std::size_t fields)
{
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (parts.size() + 1 < fields) {
        const std::size_t tab = line.find('\t', at);
        if (tab == std::string::npos)
            break;
        parts.push_back(line.substr(at, tab - at));
        at = tab + 1;
    }
    parts.push_back(line.substr(at));
    return parts;
}

int toInt(const std::string& text, int fallback)
{
    try {
        return std::stoi(text);
    } catch (...) {  // a malformed number: the default, never a crash
        return fallback;
    }
}

void answerError(const std::string& message)
{
    std::string line = message;
    std::replace(line.begin(), line.end(), '\n', ' ');
    std::cout << "ERR " << line << '\n' << std::flush;
}

}  // namespace

int main()
{
    std::ios::sync_with_stdio(false);
    auto created = tingdu::accessibility::SpeechEngine::create();
    if (!created) {
        std::cerr << "tingdu-voice: " << created.error().message << '\n';
        return 1;
    }
    auto& engine = *created.value();
    std::string line;
    while (std::getline(std::cin, line)) {
        const std::vector<std::string> f = splitTabs(line, 5);
        if (f.size() != 5) {
            answerError("a request needs RATE, PITCH, VOICE, LANGUAGE and TEXT, separated by tabs");
            continue;
        }
        // A chosen voice that is not installed (a station's "en-gb", an old profile's) still speaks.
        const std::string voice = tingdu::accessibility::installedVoiceOr(f[2], f[3].empty() ? "en" : f[3], engine.voices());
        if (auto chosen = engine.setVoice(voice); !chosen) {
            answerError(voice.empty() ? "no eSpeak NG voice for this language" : chosen.error().message);
            continue;
        }
        engine.setProsody({std::clamp(toInt(f[0], 175), 80, 500), std::clamp(toInt(f[1], 50), 0, 100), 100});
        CollectingSink sink;
        if (auto opened = sink.open(engine.outputFormat()); !opened) {
            answerError(opened.error().message);
            continue;
        }
        if (auto spoken = engine.speak(f[4], sink); !spoken) {
            answerError(spoken.error().message);
            continue;
        }
        const auto& samples = sink.samples();
        std::cout << "PCM " << sink.format().sampleRate << ' ' << sink.format().channels << ' '
                  << samples.size() * sizeof(std::int16_t) << '\n';
        // The platform is little-endian (x86-64, arm64), as the answer's PCM is.
        std::cout.write(reinterpret_cast<const char*>(samples.data()),
                        static_cast<std::streamsize>(samples.size() * sizeof(std::int16_t)));
        std::cout << std::flush;
    }
    return 0;
}
