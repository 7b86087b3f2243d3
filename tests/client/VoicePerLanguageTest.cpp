// Settings' voice per language, driven by the keyboard as a blind reader drives it, over the
// real eSpeak NG voice list and a real settings file in a throw-away profile.
#include <gtest/gtest.h>

#include <QApplication>
#include <algorithm>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include "AppPaths.h"
#include "AppSettings.h"
#include "VoicePerLanguage.h"
#include "VoiceSettings.h"
#include "tingdu/accessibility/VoiceSelection.h"

using namespace tingdu;
using namespace tingdu::client;

namespace {

class VoicePerLanguageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        qApp->setProperty("tingduLockedSettings", QVariant());
        ASSERT_TRUE(profile.isValid());
        useProfileDirectory(profile.path());
        ASSERT_FALSE(installedVoices().empty()) << "eSpeak NG must be installed";
    }
    void TearDown() override { useProfileDirectory(QString()); }

    // The page's two rows, as Settings builds them.
    struct Page {
        QWidget window;
        QFormLayout* form = new QFormLayout(&window);
        VoicePerLanguage voices{form, &window};
    };

    static QStringList itemData(const QComboBox* box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemData(i).toString();
        return out;
    }

    // Down arrow on the closed combo until its current item has DATA, as a keyboard user does.
    static bool arrowTo(QComboBox* box, const QString& data)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < box->count(); ++i) {
            if (box->currentData().toString() == data)
                return true;
            QTest::keyClick(box, Qt::Key_Down);
        }
        return box->currentData().toString() == data;
    }

    QTemporaryDir profile;
};

QLabel* buddyOf(QWidget& window, QWidget* control)
{
    for (QLabel* label : window.findChildren<QLabel*>())
        if (label->buddy() == control)
            return label;
    return nullptr;
}

}  // namespace

TEST_F(VoicePerLanguageTest, ControlsAreNamedAndReachableByMnemonic)
{
    Page page;
    for (QComboBox* box : {page.voices.languageBox(), page.voices.voiceBox()}) {
        EXPECT_FALSE(box->accessibleName().isEmpty());
        QLabel* label = buddyOf(page.window, box);
        ASSERT_NE(label, nullptr) << box->accessibleName().toStdString();
        EXPECT_TRUE(label->text().contains(QLatin1Char('&'))) << label->text().toStdString();
    }
    EXPECT_EQ(page.voices.languageBox()->accessibleName(), QStringLiteral("Voice language"));
    EXPECT_EQ(page.voices.voiceBox()->accessibleName(), QStringLiteral("Voice for this language"));
}

TEST_F(VoicePerLanguageTest, LanguagesReadersUseMostComeFirst)
{
    Page page;
    const QComboBox* languages = page.voices.languageBox();
    ASSERT_GT(languages->count(), 10);
    EXPECT_EQ(itemData(languages).mid(0, 3), (QStringList{QStringLiteral("cmn"), QStringLiteral("yue"), QStringLiteral("en")}));
    EXPECT_EQ(languages->itemText(0), QStringLiteral("Mandarin Chinese"));
    EXPECT_EQ(languages->itemText(1), QStringLiteral("Cantonese"));
    EXPECT_EQ(languages->itemText(2), QStringLiteral("English"));
    EXPECT_TRUE(itemData(languages).contains(QStringLiteral("fr")));
    EXPECT_EQ(languages->itemText(languages->findData(QStringLiteral("fr"))), QStringLiteral("French"));
    EXPECT_FALSE(itemData(languages).contains(QStringLiteral("zh")));
    // The interface's own language (English here) is the one shown first.
    EXPECT_EQ(languages->currentData().toString(), QStringLiteral("en"));
    // The rest by name.
    QStringList restNames;
    for (int i = 3; i < languages->count(); ++i)
        restNames << languages->itemText(i);
    for (int i = 1; i < restNames.size(); ++i)
        EXPECT_LE(QString::localeAwareCompare(restNames[i - 1], restNames[i]), 0) << restNames[i].toStdString();
}

TEST_F(VoicePerLanguageTest, ChoosingMandarinThenAVoiceStoresItAtOnce)
{
    Page page;
    QSignalSpy changed(&page.voices, &VoicePerLanguage::changed);
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("cmn")));
    EXPECT_EQ(changed.count(), 0) << "choosing a language changes no voice";

    // The voice row lists eSpeak's own Mandarin voices, after Tingdu's choice.
    QComboBox* voice = page.voices.voiceBox();
    const QStringList offered = itemData(voice);
    ASSERT_GE(offered.size(), 3);
    EXPECT_EQ(offered.first(), QString());
    EXPECT_EQ(voice->itemText(0), QStringLiteral("Chosen by Tingdu: Chinese (Mandarin, latin as Pinyin)"));
    EXPECT_TRUE(offered.contains(QStringLiteral("cmn-latn-pinyin")));
    EXPECT_TRUE(offered.contains(QStringLiteral("cmn")));
    EXPECT_FALSE(offered.contains(QStringLiteral("yue")));
    for (const QString& id : offered.mid(1)) {
        const auto& installed = installedVoices();
        const auto it = std::find_if(installed.begin(), installed.end(),
                                     [&](const accessibility::Voice& v) { return v.identifier == id.toStdString(); });
        ASSERT_NE(it, installed.end()) << id.toStdString() << " is not an installed voice";
        EXPECT_EQ(accessibility::speechLanguageOf(*it), "cmn");
    }
    EXPECT_EQ(voice->currentIndex(), 0);

    ASSERT_TRUE(arrowTo(voice, QStringLiteral("cmn")));
    EXPECT_EQ(openSettings()->value(QStringLiteral("speech/voice/cmn")).toString(), QStringLiteral("cmn"));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(storedVoiceChoices(*openSettings()), (std::map<std::string, std::string>{{"cmn", "cmn"}}));

    // Another language shows its own choice; coming back shows Mandarin's again.
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("en")));
    EXPECT_EQ(voice->currentIndex(), 0);
    EXPECT_TRUE(itemData(voice).contains(QStringLiteral("en-us")));
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("cmn")));
    EXPECT_EQ(voice->currentData().toString(), QStringLiteral("cmn"));

    // Back to Tingdu's choice: nothing stored for Mandarin.
    ASSERT_TRUE(arrowTo(voice, QString()));
    EXPECT_FALSE(openSettings()->contains(QStringLiteral("speech/voice/cmn")));
    EXPECT_TRUE(storedVoiceChoices(*openSettings()).empty());
}

TEST_F(VoicePerLanguageTest, AnOldSingleVoiceBecomesItsLanguagesChoiceOnce)
{
    openSettings()->setValue(QLatin1String(keys::kVoice), QStringLiteral("en-gb"));
    {
        auto settings = openSettings();
        EXPECT_EQ(storedVoiceChoices(*settings), (std::map<std::string, std::string>{{"en", "en-gb"}}));
    }
    auto settings = openSettings();
    EXPECT_EQ(settings->value(QStringLiteral("speech/voice/en")).toString(), QStringLiteral("en-gb"));
    EXPECT_EQ(settings->value(QLatin1String(keys::kVoice)).toString(), QString()) << "migrated once";

    // Settings shows it: "en-gb" is the file eSpeak calls "en", its British voice.
    Page page;
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("en")));
    EXPECT_EQ(page.voices.voiceBox()->currentData().toString(), QStringLiteral("en"));
    EXPECT_TRUE(page.voices.voiceBox()->currentText().contains(QStringLiteral("Great Britain")));

    // An old value never overwrites a per-language choice made since.
    settings->setValue(QLatin1String(keys::kVoice), QStringLiteral("en-us"));
    EXPECT_EQ(storedVoiceChoices(*settings), (std::map<std::string, std::string>{{"en", "en-gb"}}));
    settings->setValue(QStringLiteral("speech/voice/cmn"), QStringLiteral("cmn"));
    settings->setValue(QLatin1String(keys::kVoice), QStringLiteral("cmn-latn-pinyin"));
    EXPECT_EQ(storedVoiceChoices(*settings),
              (std::map<std::string, std::string>{{"cmn", "cmn"}, {"en", "en-gb"}}));
    // A Cantonese one lands on Cantonese.
    settings->setValue(QLatin1String(keys::kVoice), QStringLiteral("yue"));
    EXPECT_EQ(storedVoiceChoices(*settings).at("yue"), "yue");
}

TEST_F(VoicePerLanguageTest, AStationsLockedVoiceCannotBeChanged)
{
    qApp->setProperty("tingduLockedSettings", QStringList{QStringLiteral("speech/voice/en")});
    openSettings()->setValue(QStringLiteral("speech/voice/en"), QStringLiteral("en-gb"));
    Page page;
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("en")));
    EXPECT_FALSE(page.voices.voiceBox()->isEnabled());
    EXPECT_EQ(page.voices.voiceBox()->accessibleDescription(), QStringLiteral("Set by the library"));
    ASSERT_TRUE(arrowTo(page.voices.languageBox(), QStringLiteral("cmn")));
    EXPECT_TRUE(page.voices.voiceBox()->isEnabled());

    qApp->setProperty("tingduLockedSettings", QStringList{QStringLiteral("speech/voice")});
    Page all;
    ASSERT_TRUE(arrowTo(all.voices.languageBox(), QStringLiteral("cmn")));
    EXPECT_FALSE(all.voices.voiceBox()->isEnabled());
}

// The application lives in main(), not in a static: destroyed at exit after Qt's own statics,
// it crashes the test process once every test has passed.
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
