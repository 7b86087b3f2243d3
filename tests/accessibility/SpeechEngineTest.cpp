// The speech engine against the real eSpeak NG: marks map to our bytes, voices by language,
// rate changes duration, stop is prompt.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "tingdu/accessibility/SpeechEngine.h"
#include "TestEngine.h"
#include "tingdu/accessibility/VoiceSelection.h"

using namespace tingdu;
using namespace tingdu::accessibility;

namespace {

// Counts frames (and keeps nothing): the real sink interface, measuring what eSpeak produced.
class CountingSink final : public media::AudioSink {
public:
    media::Result<void> open(const media::AudioFormat&) override { return {}; }
    media::Result<void> write(const std::int16_t*, std::size_t frames) override
    {
        this->frames += frames;
        return {};
    }
    void close() override {}
    std::size_t frames = 0;
};

SpeechEngine& engine()
{
    return tingdu::testing::testEngine();
}

std::vector<std::string> spokenWords(const std::string& text, const std::string& language)
{
    auto& e = engine();
    EXPECT_TRUE(e.setVoiceForLanguage(language).ok());
    CountingSink sink;
    std::vector<std::string> words;
    auto r = e.speak(text, sink, [&](const SpeechMark& m) {
        if (m.kind == SpeechMark::Kind::Word) {
            EXPECT_LE(m.begin, m.end);
            EXPECT_LE(m.end, text.size());
            words.push_back(text.substr(m.begin, m.end - m.begin));
        }
    });
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().describe());
    EXPECT_GT(sink.frames, 0u);
    return words;
}

}  // namespace

TEST(SpeechEngine, SecondEngineInProcessIsRefused)
{
    (void)engine();
    auto second = SpeechEngine::create();
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().code, media::ErrorCode::Internal);
}

TEST(SpeechEngine, EnglishWordMarksLandOnWords)
{
    const std::string text = "Hello world. The café is open!";
    const auto words = spokenWords(text, "en");
    const std::vector<std::string> expected{"Hello", "world", "The", "café", "is", "open"};
    EXPECT_EQ(words, expected);
}

TEST(SpeechEngine, ChineseWordMarksAreByteExact)
{
    // Latin text first so a byte/character confusion would shift every later offset.
    const std::string text = "你好，世界。今天天气很好。";
    const auto words = spokenWords(text, "zh-CN");
    ASSERT_FALSE(words.empty());
    std::string joined;
    for (const auto& w : words) {
        // Every mark must cover whole characters that occur in the text.
        EXPECT_NE(text.find(w), std::string::npos) << w;
        EXPECT_EQ(static_cast<unsigned char>(w[0]) & 0xC0u, 0xC0u) << "starts mid-character: " << w;
        joined += w;
    }
    EXPECT_EQ(words.front().substr(0, 3), "你");
    EXPECT_NE(joined.find("世"), std::string::npos);
    EXPECT_NE(joined.find("气"), std::string::npos);
}

TEST(SpeechEngine, MixedScriptOffsets)
{
    const std::string text = "Read 第一章 now please.";
    const auto words = spokenWords(text, "en");
    ASSERT_GE(words.size(), 3u);
    EXPECT_EQ(words.front(), "Read");
    EXPECT_EQ(words.back(), "please");
    EXPECT_EQ(words[words.size() - 2], "now");
}

TEST(SpeechEngine, MandarinVoiceSpeaksHanziWithoutEnglishSwitch)
{
    auto& e = engine();
    auto id = e.setVoiceForLanguage("zh-CN");
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, "cmn-latn-pinyin");
    auto ph = e.phonemes("你好，世界。一二三。123");
    ASSERT_TRUE(ph.ok());
    EXPECT_EQ(ph->find("(en)"), std::string::npos) << *ph;
    EXPECT_NE(ph->find("214"), std::string::npos) << "tone 3 of 好 expected: " << *ph;

    // The plain cmn voice is the one that switches to English: the reason for the choice.
    ASSERT_TRUE(e.setVoice("cmn").ok());
    auto plain = e.phonemes("你好，世界。");
    ASSERT_TRUE(plain.ok());
    EXPECT_NE(plain->find("(en)"), std::string::npos) << *plain;
}

TEST(SpeechEngine, CantoneseVoiceForHongKong)
{
    auto& e = engine();
    auto id = e.setVoiceForLanguage("zh-HK");
    ASSERT_TRUE(id.ok());
    EXPECT_EQ(*id, "yue");
    auto ph = e.phonemes("你好");
    ASSERT_TRUE(ph.ok());
    EXPECT_EQ(ph->find("(en)"), std::string::npos) << *ph;
}

TEST(SpeechEngine, RateChangesDuration)
{
    auto& e = engine();
    ASSERT_TRUE(e.setVoiceForLanguage("en").ok());
    const std::string text =
        "Reading aloud at different speeds must change how long the speech lasts, in proportion to the rate, "
        "because listeners rely on it to skim long books quickly.";
    auto durationAt = [&](int wpm) {
        e.setProsody({wpm, 50, 100});
        CountingSink sink;
        EXPECT_TRUE(e.speak(text, sink).ok());
        return static_cast<double>(sink.frames);
    };
    const double slow = durationAt(160);
    const double fast = durationAt(320);
    e.setProsody({});
    const double ratio = fast / slow;
    EXPECT_GT(ratio, 0.4) << slow << " vs " << fast;
    EXPECT_LT(ratio, 0.62) << slow << " vs " << fast;
}

TEST(SpeechEngine, ProsodyIsClamped)
{
    auto& e = engine();
    e.setProsody({1000, 150, -5});
    EXPECT_EQ(e.prosody().rateWpm, 500);
    EXPECT_EQ(e.prosody().pitch, 100);
    EXPECT_EQ(e.prosody().volume, 0);
    e.setProsody({20, 50, 100});
    EXPECT_EQ(e.prosody().rateWpm, 80);
    e.setProsody({});
}

TEST(SpeechEngine, StopFlagEndsSynthesisPromptly)
{
    auto& e = engine();
    ASSERT_TRUE(e.setVoiceForLanguage("en").ok());
    std::string longText;
    for (int i = 0; i < 200; ++i)
        longText += "This sentence is one of many that would take minutes to speak in full. ";
    std::atomic<bool> stop{false};
    CountingSink sink;
    std::chrono::steady_clock::time_point stoppedAt;
    std::thread stopper([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        stoppedAt = std::chrono::steady_clock::now();
        stop = true;
    });
    auto r = e.speak(longText, sink, {}, &stop);
    const auto returnedAt = std::chrono::steady_clock::now();
    stopper.join();
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, media::ErrorCode::Cancelled);
    EXPECT_LE(std::chrono::duration_cast<std::chrono::milliseconds>(returnedAt - stoppedAt).count(), 20);
    // The engine works again after a stop.
    CountingSink again;
    EXPECT_TRUE(e.speak("Again.", again).ok());
    EXPECT_GT(again.frames, 0u);
}

TEST(SpeechEngine, ConvertsToTheSinkFormat)
{
    auto& e = engine();
    ASSERT_TRUE(e.setVoiceForLanguage("en").ok());
    CountingSink native;
    ASSERT_TRUE(e.speak("Format conversion.", native).ok());
    e.setOutputFormat({44100, 2});
    CountingSink converted;
    ASSERT_TRUE(e.speak("Format conversion.", converted).ok());
    e.setOutputFormat(e.nativeFormat());
    EXPECT_NEAR(static_cast<double>(converted.frames), 2.0 * static_cast<double>(native.frames),
                0.005 * static_cast<double>(native.frames));
}

TEST(VoiceSelection, ChoosesByLanguage)
{
    const auto& voices = engine().voices();
    EXPECT_EQ(chooseVoice("zh", voices), "cmn-latn-pinyin");
    EXPECT_EQ(chooseVoice("zh-CN", voices), "cmn-latn-pinyin");
    EXPECT_EQ(chooseVoice("zh_Hans", voices), "cmn-latn-pinyin");
    EXPECT_EQ(chooseVoice("cmn", voices), "cmn-latn-pinyin");
    EXPECT_EQ(chooseVoice("zh-HK", voices), "yue");
    EXPECT_EQ(chooseVoice("yue", voices), "yue");
    EXPECT_EQ(chooseVoice("en", voices), "en-us");
    EXPECT_EQ(chooseVoice("en-GB", voices), "en");  // eSpeak's British voice is called "en"
    EXPECT_EQ(chooseVoice("fr-CA", voices), "fr");
    EXPECT_EQ(chooseVoice("de-AT", voices), "de");
    EXPECT_EQ(chooseVoice("xx-unknown", voices), "en-us");
    EXPECT_EQ(chooseVoice("", voices), "en-us");
}

TEST(VoiceSelection, FallsBackWhenPreferredVoiceMissing)
{
    std::vector<Voice> onlyPlain{{"cmn", "Chinese", {"zh-cmn", "zh"}, ""}, {"en", "English", {"en"}, ""}};
    EXPECT_EQ(chooseVoice("zh-CN", onlyPlain), "cmn");
    EXPECT_EQ(chooseVoice("en-US", onlyPlain), "en");
    EXPECT_EQ(chooseVoice("zh-HK", onlyPlain), "cmn");
    EXPECT_EQ(chooseVoice("ja", {}), "");
}
