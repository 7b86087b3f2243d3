#include "tingdu/accessibility/SpeechEngine.h"

#include <espeak-ng/espeak_ng.h>
#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>

#include "PcmConverter.h"
#include "Utf8.h"
#include "tingdu/accessibility/Segmenter.h"
#include "tingdu/accessibility/VoiceSelection.h"

namespace tingdu::accessibility {

using media::ErrorCode;
using media::makeError;

namespace {

// eSpeak has one global state; this flag makes the second engine in a process an error
// instead of two objects silently sharing (and terminating) it.
std::atomic<bool> g_engineAlive{false};

constexpr int kBufferMs = 10;  // callback granularity: bounds how late a stop is noticed

std::string statusText(espeak_ng_STATUS status)
{
    char buffer[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

std::vector<std::string> parseLanguages(const char* p)
{
    // eSpeak packs languages as: priority byte, NUL-terminated name, ..., terminating 0 byte.
    std::vector<std::string> out;
    while (p && *p) {
        ++p;  // priority
        std::string lang(p);
        p += lang.size() + 1;
        out.push_back(normaliseLanguageTag(lang));
    }
    return out;
}

}  // namespace

// What the eSpeak callback needs for one speak() call; passed through espeak's user_data.
struct SynthRun {
    media::AudioSink* sink = nullptr;
    const std::function<void(const SpeechMark&)>* marks = nullptr;
    const std::atomic<bool>* stop = nullptr;
    const Utf8Index* index = nullptr;
    const std::vector<TextRange>* sentences = nullptr;
    PcmConverter* converter = nullptr;
    std::size_t framesWritten = 0;
    int outRate = 22050;
    bool cancelled = false;
    std::optional<media::Error> sinkError;

    bool shouldStop() const { return stop && stop->load(std::memory_order_relaxed); }

    void onEvent(const espeak_EVENT& e)
    {
        if (!marks || !*marks || (e.type != espeakEVENT_WORD && e.type != espeakEVENT_SENTENCE))
            return;
        SpeechMark m;
        m.sampleOffset = static_cast<std::size_t>(e.audio_position) * static_cast<std::size_t>(outRate) / 1000;
        // eSpeak counts characters from 1; map them back to our byte offsets.
        m.begin = index->byteOffset(static_cast<std::size_t>(std::max(0, e.text_position - 1)));
        if (e.type == espeakEVENT_WORD) {
            m.kind = SpeechMark::Kind::Word;
            m.end = index->byteOffset(static_cast<std::size_t>(std::max(0, e.text_position - 1 + e.length)));
        } else {
            m.kind = SpeechMark::Kind::Sentence;
            m.end = index->size();
            for (const TextRange& s : *sentences)
                if (s.begin <= m.begin && m.begin < s.end)
                    m.end = s.end;
        }
        (*marks)(m);
    }
};

namespace {

int synthCallback(short* wav, int count, espeak_EVENT* events)
{
    auto* run = events ? static_cast<SynthRun*>(events->user_data) : nullptr;
    if (!run)
        return 0;
    for (espeak_EVENT* e = events; e->type != espeakEVENT_LIST_TERMINATED; ++e)
        run->onEvent(*e);
    if (run->shouldStop()) {
        run->cancelled = true;
        return 1;
    }
    if (wav && count > 0 && run->sink) {
        auto written = run->converter->push(wav, static_cast<std::size_t>(count), *run->sink);
        if (!written) {
            run->sinkError = written.error();
            return 1;
        }
        run->framesWritten += *written;
    }
    return run->shouldStop() ? (run->cancelled = true, 1) : 0;
}

}  // namespace

// eSpeak NG 1.51 cannot be initialised again after espeak_ng_Terminate() (the second terminate
// deadlocks joining its threads), so the library is started once per process and stopped at exit.
struct EspeakRuntime {
    espeak_ng_STATUS status = ENS_OK;
    EspeakRuntime()
    {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status == ENS_OK)
            status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, kBufferMs, nullptr);
    }
    ~EspeakRuntime()
    {
        if (status == ENS_OK)
            espeak_ng_Terminate();
    }
};

media::Result<std::unique_ptr<SpeechEngine>> SpeechEngine::create()
{
    bool expected = false;
    if (!g_engineAlive.compare_exchange_strong(expected, true))
        return makeError(ErrorCode::Internal, "eSpeak NG is already in use by another speech engine in this process");
    static EspeakRuntime runtime;
    std::unique_ptr<SpeechEngine> engine(new SpeechEngine());
    if (runtime.status != ENS_OK)
        return makeError(ErrorCode::Internal, "eSpeak NG failed to start: " + statusText(runtime.status));
    espeak_SetSynthCallback(synthCallback);
    engine->m_nativeRate = espeak_ng_GetSampleRate();
    engine->m_output = engine->nativeFormat();
    for (const espeak_VOICE** v = espeak_ListVoices(nullptr); v && *v; ++v) {
        // MBROLA voices need separately installed diphone data; eSpeak's own voices always work.
        if ((*v)->identifier && std::string_view((*v)->identifier).substr(0, 3) == "mb/")
            continue;
        Voice voice;
        voice.identifier = (*v)->identifier ? std::string((*v)->identifier) : std::string();
        // Identifiers are paths ("sit/cmn-Latn-pinyin"); setVoice takes the file name.
        if (auto slash = voice.identifier.rfind('/'); slash != std::string::npos)
            voice.identifier = voice.identifier.substr(slash + 1);
        voice.identifier = normaliseLanguageTag(voice.identifier);
        voice.name = (*v)->name ? (*v)->name : voice.identifier;
        voice.languages = parseLanguages((*v)->languages);
        voice.gender = (*v)->gender == 1 ? "male" : (*v)->gender == 2 ? "female" : "";
        engine->m_voices.push_back(std::move(voice));
    }
    if (auto r = engine->setVoiceForLanguage("en"); !r)
        return r.error();
    engine->setProsody(engine->m_prosody);
    return engine;
}

SpeechEngine::~SpeechEngine()
{
    g_engineAlive = false;
}

media::AudioFormat SpeechEngine::nativeFormat() const
{
    return media::AudioFormat{m_nativeRate, 1};
}

media::Result<void> SpeechEngine::setVoice(const std::string& identifier)
{
    const std::string id = normaliseLanguageTag(identifier);
    if (id == m_currentVoice)
        return {};  // switching reloads the dictionary: skip when nothing changes
    const bool known = std::any_of(m_voices.begin(), m_voices.end(), [&](const Voice& v) { return v.identifier == id; });
    if (!known)
        return makeError(ErrorCode::NotFound, "no such eSpeak NG voice", identifier);
    const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(id.c_str());
    if (status != ENS_OK)
        return makeError(ErrorCode::Internal, "eSpeak NG could not load the voice: " + statusText(status), identifier);
    m_currentVoice = id;
    setProsody(m_prosody);  // eSpeak resets some parameters with the voice
    return {};
}

media::Result<std::string> SpeechEngine::setVoiceForLanguage(const std::string& language)
{
    const std::string id = chooseVoice(language, m_voices);
    if (id.empty())
        return makeError(ErrorCode::NotFound, "no eSpeak NG voice for this language", language);
    if (auto r = setVoice(id); !r)
        return r.error();
    return id;
}

void SpeechEngine::setProsody(const Prosody& p)
{
    m_prosody.rateWpm = std::clamp(p.rateWpm, 80, 500);
    m_prosody.pitch = std::clamp(p.pitch, 0, 100);
    m_prosody.volume = std::clamp(p.volume, 0, 200);
    espeak_ng_SetParameter(espeakRATE, m_prosody.rateWpm, 0);
    espeak_ng_SetParameter(espeakPITCH, m_prosody.pitch, 0);
    espeak_ng_SetParameter(espeakVOLUME, m_prosody.volume, 0);
}

media::Result<void> SpeechEngine::speak(std::string_view utf8, media::AudioSink& sink,
                                        const std::function<void(const SpeechMark&)>& marks,
                                        const std::atomic<bool>* stop)
{
    if (stop && stop->load())
        return makeError(ErrorCode::Cancelled, "speech was stopped");
    const std::string text(utf8);  // eSpeak needs NUL termination
    const Utf8Index index(text);
    const std::vector<TextRange> sentences = marks ? splitSentences(text, m_currentVoice) : std::vector<TextRange>{};
    PcmConverter converter(nativeFormat(), m_output);
    SynthRun run;
    run.sink = &sink;
    run.marks = &marks;
    run.stop = stop;
    run.index = &index;
    run.sentences = &sentences;
    run.converter = &converter;
    run.outRate = m_output.sampleRate;
    const espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                         espeakCHARS_UTF8, nullptr, &run);
    if (run.sinkError)
        return *run.sinkError;
    if (run.cancelled)
        return makeError(ErrorCode::Cancelled, "speech was stopped");
    if (status != ENS_OK)
        return makeError(ErrorCode::Internal, "eSpeak NG failed to synthesise: " + statusText(status));
    return {};
}

media::Result<void> SpeechEngine::silence(int milliseconds, media::AudioSink& sink, const std::atomic<bool>* stop)
{
    const std::size_t frames = static_cast<std::size_t>(std::max(0, milliseconds)) *
                               static_cast<std::size_t>(m_output.sampleRate) / 1000;
    const std::size_t chunk = static_cast<std::size_t>(m_output.sampleRate) * kBufferMs / 1000;
    std::vector<std::int16_t> zeros(chunk * static_cast<std::size_t>(m_output.channels), 0);
    for (std::size_t done = 0; done < frames; done += chunk) {
        if (stop && stop->load())
            return makeError(ErrorCode::Cancelled, "speech was stopped");
        if (auto r = sink.write(zeros.data(), std::min(chunk, frames - done)); !r)
            return r;
    }
    return {};
}

media::Result<std::string> SpeechEngine::phonemes(std::string_view utf8)
{
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* trace = open_memstream(&buffer, &size);
    if (!trace)
        return makeError(ErrorCode::Internal, "cannot capture eSpeak NG phonemes");
    espeak_SetPhonemeTrace(espeakPHONEMES_SHOW, trace);
    auto sink = media::makeNullSink(m_output);
    auto spoken = speak(utf8, *sink);
    espeak_SetPhonemeTrace(0, nullptr);
    std::fclose(trace);
    std::string out(buffer ? buffer : "", size);
    std::free(buffer);  // NOLINT: open_memstream allocates with malloc
    if (!spoken)
        return spoken.error();
    return out;
}

}  // namespace tingdu::accessibility
