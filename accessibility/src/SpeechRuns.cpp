#include "SpeechRuns.h"

#include <algorithm>
#include <set>

#include "tingdu/accessibility/VoiceSelection.h"

namespace tingdu::accessibility {

namespace {

bool isBlank(const std::string& s)
{
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; });
}

}  // namespace

std::vector<SpeechRun> buildRuns(const media::Block& block, TextRange sentence, const std::string& baseLanguage,
                                 const Announcements& announcements, bool withPrefix)
{
    std::vector<SpeechRun> runs;
    const std::string base = block.language.empty() ? baseLanguage : block.language;
    if (withPrefix) {
        std::string prefix = announcementFor(block, announcements);
        if (!prefix.empty())
            runs.push_back({std::move(prefix), announcements.language, 0, true});
    }
    sentence.end = std::min(sentence.end, block.text.size());
    if (sentence.begin >= sentence.end)
        return runs;

    // Cut points: the sentence edges, every language span edge and every note reference end.
    std::set<std::size_t> cuts{sentence.begin, sentence.end};
    for (const media::Span& s : block.spans) {
        if (s.kind != media::Span::Kind::Language && s.kind != media::Span::Kind::NoteReference)
            continue;
        for (std::size_t at : {s.begin, s.end})
            if (at > sentence.begin && at < sentence.end)
                cuts.insert(at);
    }
    for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
        const std::size_t from = *it;
        const std::size_t to = *std::next(it);
        // The innermost (latest-starting) language span covering this piece wins.
        std::string language = base;
        std::size_t bestBegin = 0;
        bool noteEndsHere = false;
        for (const media::Span& s : block.spans) {
            if (s.kind == media::Span::Kind::Language && s.begin <= from && to <= s.end && s.begin >= bestBegin &&
                !s.value.empty()) {
                language = s.value;
                bestBegin = s.begin;
            }
            if (s.kind == media::Span::Kind::NoteReference && s.end == to && s.begin < s.end)
                noteEndsHere = true;
        }
        const std::string piece = block.text.substr(from, to - from);
        if (!runs.empty() && !runs.back().announcement && runs.back().language == language)
            runs.back().text += piece;  // same voice: keep eSpeak's intonation across the cut
        else
            runs.push_back({piece, language, from, false});
        if (noteEndsHere && announcements.noteReferences)
            runs.push_back({announcements.noteReference, announcements.language, to, true});
    }
    runs.erase(std::remove_if(runs.begin(), runs.end(), [](const SpeechRun& r) { return isBlank(r.text); }),
               runs.end());
    return runs;
}

std::string voiceFor(const VoicePolicy& policy, const std::string& language, const std::vector<Voice>& voices)
{
    const std::string key = speechLanguage(language);
    std::string wanted;
    if (!policy.explicitVoice.empty() && key == speechLanguage(policy.bookLanguage)) {
        wanted = policy.explicitVoice;
    } else if (auto it = policy.voiceByLanguage.find(key); it != policy.voiceByLanguage.end()) {
        wanted = it->second;
    }
    return installedVoiceOr(wanted, language, voices);
}

media::Result<void> speakRuns(SpeechEngine& engine, media::AudioSink& sink, const std::vector<SpeechRun>& runs,
                              const VoicePolicy& voices, const std::function<void(TextRange)>& onWord,
                              const std::atomic<bool>* stop)
{
    for (const SpeechRun& run : runs) {
        const std::string voice = voiceFor(voices, run.language, engine.voices());
        if (voice.empty())
            return media::makeError(media::ErrorCode::NotFound, "no eSpeak NG voice for this language", run.language);
        if (auto r = engine.setVoice(voice); !r)
            return r;
        std::function<void(const SpeechMark&)> marks;
        if (onWord && !run.announcement)
            marks = [&](const SpeechMark& m) {
                if (m.kind == SpeechMark::Kind::Word)
                    onWord({run.sourceBegin + m.begin, run.sourceBegin + m.end});
            };
        if (auto r = engine.speak(run.text, sink, marks, stop); !r)
            return r;
    }
    return {};
}

}  // namespace tingdu::accessibility
