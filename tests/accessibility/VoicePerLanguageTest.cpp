// The listener's voice per language (Settings → "Voice for this language", --voice-for): the
// keys it is stored under, the voices offered for each language, and that the chosen voice is
// the one eSpeak NG really speaks with, for the book's text and xml:lang spans alike.
#include <gtest/gtest.h>

#include <algorithm>

#include "SpeechRuns.h"
#include "TestEngine.h"
#include "tingdu/accessibility/VoiceSelection.h"

using namespace tingdu;
using namespace tingdu::accessibility;

namespace {

// Keeps the samples: what eSpeak said, to compare two voices' audio.
class RecordingSink final : public media::AudioSink {
public:
    media::Result<void> open(const media::AudioFormat&) override { return {}; }
    media::Result<void> write(const std::int16_t* samples, std::size_t frames) override
    {
        pcm.insert(pcm.end(), samples, samples + frames);
        return {};
    }
    void close() override {}
    std::vector<std::int16_t> pcm;
};

std::vector<std::string> identifiers(const std::vector<Voice>& voices)
{
    std::vector<std::string> out;
    for (const Voice& v : voices)
        out.push_back(v.identifier);
    return out;
}

bool contains(const std::vector<std::string>& list, const std::string& item)
{
    return std::find(list.begin(), list.end(), item) != list.end();
}

SpeechRun textRun(const std::string& text, const std::string& language)
{
    return SpeechRun{text, language, 0, false};
}

// The voice eSpeak had loaded at each word of RUNS, spoken under POLICY: "word=voice".
std::vector<std::string> voicesAtWords(const std::vector<SpeechRun>& runs, const VoicePolicy& policy,
                                       const std::string& text)
{
    auto& engine = tingdu::testing::testEngine();
    RecordingSink sink;
    std::vector<std::string> out;
    const auto r = speakRuns(engine, sink, runs, policy,
                             [&](TextRange w) { out.push_back(text.substr(w.begin, w.end - w.begin) + '=' + engine.currentVoice()); },
                             nullptr);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    EXPECT_FALSE(sink.pcm.empty());
    return out;
}

}  // namespace

TEST(VoicePerLanguage, SpeechLanguageKeys)
{
    for (const char* mandarin : {"zh", "zh-CN", "zh_CN", "zh-Hans", "zh-Hans-CN", "zh-TW", "zh-Hant-TW", "cmn",
                                 "cmn-Latn-pinyin", "ZH-cn"})
        EXPECT_EQ(speechLanguage(mandarin), "cmn") << mandarin;
    for (const char* cantonese : {"zh-HK", "zh-MO", "zh-Hant-HK", "yue", "yue-Latn-jyutping", "zh-yue"})
        EXPECT_EQ(speechLanguage(cantonese), "yue") << cantonese;
    EXPECT_EQ(speechLanguage("en-US"), "en");
    EXPECT_EQ(speechLanguage("en-GB-x-rp"), "en");
    EXPECT_EQ(speechLanguage("EN"), "en");
    EXPECT_EQ(speechLanguage("fr_CA"), "fr");
    EXPECT_EQ(speechLanguage(""), "");
    // The same split as chooseVoice(): a Mandarin key picks a Mandarin voice, a Cantonese key Cantonese.
    const auto& voices = tingdu::testing::testEngine().voices();
    EXPECT_EQ(chooseVoice(speechLanguage("zh-TW"), voices), chooseVoice("zh-TW", voices));
    EXPECT_EQ(chooseVoice(speechLanguage("zh-HK"), voices), chooseVoice("zh-HK", voices));
}

TEST(VoicePerLanguage, InstalledVoicesOfALanguageBestFirst)
{
    const auto& voices = tingdu::testing::testEngine().voices();
    const auto english = voicesForLanguage("en", voices);
    const auto englishIds = identifiers(english);
    ASSERT_FALSE(english.empty());
    EXPECT_EQ(englishIds.front(), "en-us");  // Tingdu's own choice for English first
    EXPECT_TRUE(contains(englishIds, "en-us"));
    // eSpeak's British voice is the file gmw/en: identifier "en", named for Great Britain.
    const auto british = std::find_if(english.begin(), english.end(), [](const Voice& v) {
        return v.languages.size() > 0 && v.languages.front() == "en-gb";
    });
    ASSERT_NE(british, english.end());
    EXPECT_EQ(british->identifier, "en");
    EXPECT_TRUE(contains(englishIds, "en-gb-x-rp"));
    EXPECT_FALSE(contains(englishIds, "fr-fr"));
    EXPECT_EQ(voicesForLanguage("en-US", voices).size(), english.size());  // a tag means its speech language

    const auto mandarin = identifiers(voicesForLanguage("cmn", voices));
    ASSERT_FALSE(mandarin.empty());
    EXPECT_EQ(mandarin.front(), "cmn-latn-pinyin");
    EXPECT_TRUE(contains(mandarin, "cmn"));
    EXPECT_FALSE(contains(mandarin, "yue")) << "the Cantonese voice declares zh only as a fallback";
    EXPECT_EQ(identifiers(voicesForLanguage("zh-CN", voices)), mandarin);

    const auto cantonese = identifiers(voicesForLanguage("yue", voices));
    ASSERT_FALSE(cantonese.empty());
    EXPECT_EQ(cantonese.front(), "yue");
    EXPECT_TRUE(contains(cantonese, "yue-latn-jyutping"));
    EXPECT_TRUE(voicesForLanguage("xx", voices).empty());
}

TEST(VoicePerLanguage, LanguagesTheVoicesCover)
{
    const auto& voices = tingdu::testing::testEngine().voices();
    const auto languages = speechLanguages(voices);
    for (const char* l : {"cmn", "yue", "en", "fr", "de", "ja"})
        EXPECT_TRUE(contains(languages, l)) << l;
    EXPECT_FALSE(contains(languages, "zh")) << "Mandarin and Cantonese are keyed apart";
    EXPECT_TRUE(std::is_sorted(languages.begin(), languages.end()));
    EXPECT_EQ(std::adjacent_find(languages.begin(), languages.end()), languages.end());
    // Every language listed has voices to choose from.
    for (const auto& l : languages)
        EXPECT_FALSE(voicesForLanguage(l, voices).empty()) << l;
}

TEST(VoicePerLanguage, TheChoiceIsTheVoiceThatSpeaks)
{
    auto& engine = tingdu::testing::testEngine();
    const std::string text = "I say tomato, you say tomato.";
    const std::vector<SpeechRun> runs{textRun(text, "en-US")};

    RecordingSink byTingdu;
    ASSERT_TRUE(speakRuns(engine, byTingdu, runs, VoicePolicy{"", "en", {}}, {}, nullptr).ok());
    EXPECT_EQ(engine.currentVoice(), "en-us");
    const auto american = engine.phonemes("tomato");
    ASSERT_TRUE(american.ok());

    RecordingSink byChoice;
    ASSERT_TRUE(speakRuns(engine, byChoice, runs, VoicePolicy{"", "en", {{"en", "en"}}}, {}, nullptr).ok());
    EXPECT_EQ(engine.currentVoice(), "en");
    const auto british = engine.phonemes("tomato");
    ASSERT_TRUE(british.ok());
    // Different voices say it differently: "t@m'eIRoU" against "t@m'A:t@U".
    EXPECT_NE(*american, *british);
    ASSERT_FALSE(byTingdu.pcm.empty());
    ASSERT_FALSE(byChoice.pcm.empty());
    EXPECT_NE(byTingdu.pcm, byChoice.pcm);
}

TEST(VoicePerLanguage, ASpanInAnotherLanguageUsesThatLanguagesChoice)
{
    media::Block b;
    b.kind = media::BlockKind::Paragraph;
    b.text = "She said 你好世界 and left.";
    b.language = "en";
    b.spans.push_back({media::Span::Kind::Language, b.text.find("你"), b.text.find(" and"), "zh-CN"});
    const auto runs = buildRuns(b, {0, b.text.size()}, "en", {}, false);
    ASSERT_EQ(runs.size(), 3u);

    const auto byTingdu = voicesAtWords(runs, VoicePolicy{"", "en", {}}, b.text);
    EXPECT_TRUE(contains(byTingdu, "She=en-us")) << ::testing::PrintToString(byTingdu);
    EXPECT_TRUE(std::any_of(byTingdu.begin(), byTingdu.end(),
                            [](const std::string& w) { return w.rfind("你", 0) == 0 && w.ends_with("=cmn-latn-pinyin"); }))
        << ::testing::PrintToString(byTingdu);

    // The Mandarin choice speaks the zh-CN span; the English choice the book's text around it.
    const auto chosen = voicesAtWords(runs, VoicePolicy{"", "en", {{"cmn", "cmn"}, {"en", "en-gb-x-rp"}}}, b.text);
    EXPECT_TRUE(contains(chosen, "She=en-gb-x-rp")) << ::testing::PrintToString(chosen);
    EXPECT_TRUE(contains(chosen, "left=en-gb-x-rp")) << ::testing::PrintToString(chosen);
    EXPECT_TRUE(std::any_of(chosen.begin(), chosen.end(),
                            [](const std::string& w) { return w.rfind("你", 0) == 0 && w.ends_with("=cmn"); }))
        << ::testing::PrintToString(chosen);

    // tingdu-cli's --voice still wins for the book's own language, not for the span.
    const auto explicitVoice = voicesAtWords(runs, VoicePolicy{"en", "en", {{"cmn", "cmn"}, {"en", "en-us"}}}, b.text);
    EXPECT_TRUE(contains(explicitVoice, "She=en")) << ::testing::PrintToString(explicitVoice);
    EXPECT_TRUE(std::any_of(explicitVoice.begin(), explicitVoice.end(),
                            [](const std::string& w) { return w.rfind("你", 0) == 0 && w.ends_with("=cmn"); }))
        << ::testing::PrintToString(explicitVoice);
}

TEST(VoicePerLanguage, ACantoneseChoiceDoesNotTouchMandarin)
{
    media::Block b;
    b.kind = media::BlockKind::Paragraph;
    b.text = "你好 早晨";
    b.language = "zh-CN";
    b.spans.push_back({media::Span::Kind::Language, b.text.find("早"), b.text.size(), "zh-HK"});
    const auto runs = buildRuns(b, {0, b.text.size()}, "zh-CN", {}, false);
    ASSERT_EQ(runs.size(), 2u);
    const auto words = voicesAtWords(runs, VoicePolicy{"", "zh-CN", {{"yue", "yue-latn-jyutping"}}}, b.text);
    EXPECT_TRUE(std::any_of(words.begin(), words.end(),
                            [](const std::string& w) { return w.rfind("你", 0) == 0 && w.ends_with("=cmn-latn-pinyin"); }))
        << ::testing::PrintToString(words);
    EXPECT_TRUE(std::any_of(words.begin(), words.end(),
                            [](const std::string& w) { return w.rfind("早", 0) == 0 && w.ends_with("=yue-latn-jyutping"); }))
        << ::testing::PrintToString(words);
}

TEST(VoicePerLanguage, AVoiceThatIsNotInstalledFallsBackToOneThatSpeaks)
{
    auto& engine = tingdu::testing::testEngine();
    const auto& voices = engine.voices();
    const std::vector<SpeechRun> runs{textRun("Still reading.", "en")};

    RecordingSink bogus;
    ASSERT_TRUE(speakRuns(engine, bogus, runs, VoicePolicy{"", "en", {{"en", "no-such-voice"}}}, {}, nullptr).ok());
    EXPECT_EQ(engine.currentVoice(), "en-us");
    EXPECT_FALSE(bogus.pcm.empty());

    // A bogus explicit voice too: speech, not an error.
    RecordingSink bogusExplicit;
    ASSERT_TRUE(speakRuns(engine, bogusExplicit, runs, VoicePolicy{"no-such-voice", "en", {}}, {}, nullptr).ok());
    EXPECT_EQ(engine.currentVoice(), "en-us");
    EXPECT_FALSE(bogusExplicit.pcm.empty());

    // A tag of the same language finds eSpeak's voice for it (a station's "en-gb" is the file "en").
    EXPECT_EQ(voiceFor(VoicePolicy{"", "en", {{"en", "en-gb"}}}, "en-US", voices), "en");
    EXPECT_EQ(voiceFor(VoicePolicy{"", "zh", {{"cmn", "cmn-latn-nonexistent"}}}, "zh-CN", voices), "cmn-latn-pinyin");
    // An empty choice is Tingdu's.
    EXPECT_EQ(voiceFor(VoicePolicy{"", "en", {{"en", ""}}}, "en", voices), "en-us");
    EXPECT_EQ(voiceFor(VoicePolicy{"", "en", {{"yue", "yue-latn-jyutping"}}}, "zh-HK", voices), "yue-latn-jyutping");
}

TEST(VoicePerLanguage, LanguagesAreNamedInTheInterfaceLanguage)
{
    EXPECT_EQ(languageDisplayName("fr", "en"), "French");
    EXPECT_EQ(languageDisplayName("fr", "zh-CN"), "法语");
    EXPECT_EQ(languageDisplayName("de", "zh_CN"), "德语");
    EXPECT_EQ(languageDisplayName("qdb", "en"), "");  // eSpeak's Belter: no name, the caller uses the voice's
}
