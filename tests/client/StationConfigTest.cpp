// The station configuration as an administrator writes it: keys, locking, the PIN, bad files.
#include <gtest/gtest.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include "StationConfig.h"

using tingdu::station::hashPin;
using tingdu::station::SelfVoicingMode;
using tingdu::station::StationConfig;

namespace {

class StationConfigTest : public ::testing::Test {
protected:
    QString write(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QStringLiteral("station.conf"));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
        return path;
    }
    QTemporaryDir m_dir;
};

TEST_F(StationConfigTest, ReadsEveryKey)
{
    const QString ca = write("dummy");  // any readable file stands in for the CA
    QFile::rename(ca, m_dir.filePath(QStringLiteral("ca.pem")));
    const QByteArray text = "[station]\nstation=true\ncatalog_url=https://opds.library.example/catalog\n"
                            "ca_file=" + m_dir.filePath(QStringLiteral("ca.pem")).toUtf8() +
                            "\nlocale=zh_CN\nvoice=cmn-latn-pinyin\nrate=210\nvolume_limit=60\n"
                            "audio_device=Headphones\nidle_seconds=600\ncountdown_seconds=15\ntext_size=24\n"
                            "theme=yellow-on-black\nself_voicing=always\nvisitor_dir=/run/tingdu\n"
                            "locked=locale, rate\n";
    const StationConfig c = StationConfig::load(write(text));
    EXPECT_TRUE(c.problems.isEmpty()) << c.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(c.stationMode);
    EXPECT_EQ(c.catalogUrl, QStringLiteral("https://opds.library.example/catalog"));
    EXPECT_EQ(c.locale, QStringLiteral("zh_CN"));
    EXPECT_EQ(c.voice, QStringLiteral("cmn-latn-pinyin"));
    EXPECT_EQ(c.rate, 210);
    EXPECT_EQ(c.volumeLimitPercent, 60);
    EXPECT_EQ(c.audioDevice, QStringLiteral("Headphones"));
    EXPECT_EQ(c.idleSeconds, 600);
    EXPECT_EQ(c.countdownSeconds, 15);
    EXPECT_EQ(c.textSize, 24);
    EXPECT_EQ(c.theme, QStringLiteral("yellow-on-black"));
    EXPECT_EQ(c.selfVoicing, SelfVoicingMode::Always);
    EXPECT_EQ(c.visitorDirectory, QStringLiteral("/run/tingdu"));
    EXPECT_EQ(c.locked, (QStringList{QStringLiteral("locale"), QStringLiteral("rate")}));
}

TEST_F(StationConfigTest, MissingFileIsNoStationAndNoProblem)
{
    const StationConfig c = StationConfig::load(m_dir.filePath(QStringLiteral("absent.conf")));
    EXPECT_FALSE(c.stationMode);
    EXPECT_TRUE(c.problems.isEmpty());
    EXPECT_EQ(c.volumeLimitPercent, 100);
    EXPECT_FALSE(c.hasAdminPin());
}

TEST_F(StationConfigTest, EnvironmentOverridesThePath)
{
    qputenv("TINGDU_STATION_CONF", "/tmp/some/station.conf");
    EXPECT_EQ(StationConfig::defaultPath(), QStringLiteral("/tmp/some/station.conf"));
    qunsetenv("TINGDU_STATION_CONF");
    EXPECT_EQ(StationConfig::defaultPath(), QStringLiteral("/etc/tingdu/station.conf"));
}

TEST_F(StationConfigTest, BadValuesKeepSafeDefaultsAndSayWhy)
{
    const StationConfig c = StationConfig::load(write(
        "[station]\nstation=perhaps\nvolume_limit=150\nrate=fast\nidle_seconds=2\nlocale=fr\n"
        "catalog_url=http://plain.example/\nself_voicing=loud\nadmin_pin_hash=plain1234\nlocked=rate, wallpaper\n"
        "ca_file=/nonexistent/ca.pem\n"));
    EXPECT_FALSE(c.stationMode);
    EXPECT_EQ(c.volumeLimitPercent, 100);
    EXPECT_EQ(c.rate, 175);
    EXPECT_EQ(c.idleSeconds, 300);
    EXPECT_TRUE(c.locale.isEmpty());
    EXPECT_TRUE(c.catalogUrl.isEmpty());
    EXPECT_EQ(c.selfVoicing, SelfVoicingMode::Auto);
    EXPECT_FALSE(c.hasAdminPin());
    EXPECT_EQ(c.locked, QStringList{QStringLiteral("rate")});
    const QString all = c.problems.join(QLatin1Char('\n'));
    for (const char* word : {"station=perhaps", "volume_limit=150", "rate=fast", "idle_seconds=2", "locale=fr",
                             "catalog_url=http://plain.example/", "self_voicing=loud", "admin_pin_hash",
                             "wallpaper", "ca_file=/nonexistent/ca.pem"})
        EXPECT_TRUE(all.contains(QLatin1String(word))) << word << " not in:\n" << all.toStdString();
    EXPECT_EQ(c.problems.size(), 10);
}

TEST_F(StationConfigTest, MalformedFilesGiveDefaults)
{
    StationConfig c = StationConfig::load(write("[station\nstation=true\n\"unterminated"));
    EXPECT_FALSE(c.stationMode);
    ASSERT_EQ(c.problems.size(), 1);
    EXPECT_TRUE(c.problems.front().contains(QStringLiteral("not a valid INI")));

    c = StationConfig::load(m_dir.path());  // a directory
    EXPECT_FALSE(c.stationMode);
    EXPECT_EQ(c.problems.size(), 1);
}

TEST_F(StationConfigTest, UnreadableFileGivesDefaults)
{
    const QString path = write("[station]\nstation=true\n");
    QFile::setPermissions(path, QFileDevice::WriteOwner);
    if (QFile(path).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    const StationConfig c = StationConfig::load(path);
    EXPECT_FALSE(c.stationMode);
    ASSERT_EQ(c.problems.size(), 1);
    EXPECT_TRUE(c.problems.front().contains(QStringLiteral("cannot be read")));
}

TEST_F(StationConfigTest, CountdownMustFitInTheIdleTime)
{
    const StationConfig c = StationConfig::load(write("[station]\nidle_seconds=20\ncountdown_seconds=30\n"));
    EXPECT_EQ(c.idleSeconds, 20);
    EXPECT_EQ(c.countdownSeconds, 10);
    EXPECT_EQ(c.problems.size(), 1);
}

TEST_F(StationConfigTest, PinHashMatchesTheShellRecipe)
{
    const QString line = hashPin(QStringLiteral("4711"), QStringLiteral("5a1t"));
    const QByteArray expected = QCryptographicHash::hash("5a1t4711", QCryptographicHash::Sha256).toHex();
    EXPECT_EQ(line, QStringLiteral("sha256:5a1t:") + QString::fromLatin1(expected));

    // The documented recipe, run as an administrator would (docs/station.md).
    QProcess shell;
    shell.start(QStringLiteral("sh"), {QStringLiteral("-c"),
                                       QStringLiteral("printf '%s%s' 5a1t 4711 | sha256sum | cut -d' ' -f1")});
    ASSERT_TRUE(shell.waitForFinished(5000));
    EXPECT_EQ(shell.readAllStandardOutput().trimmed(), expected);
}

TEST_F(StationConfigTest, RightPinOpensWrongPinsDoNot)
{
    const QString hash = hashPin(QStringLiteral("2468"));
    EXPECT_NE(hashPin(QStringLiteral("2468")), hash) << "each hash gets its own salt";
    const StationConfig c = StationConfig::load(write("[station]\nadmin_pin_hash=" + hash.toUtf8() + "\n"));
    ASSERT_TRUE(c.hasAdminPin()) << c.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(c.checkPin(QStringLiteral("2468")));
    for (const char* wrong : {"", "2467", "24680", " 2468", "8642"})
        EXPECT_FALSE(c.checkPin(QLatin1String(wrong))) << wrong;
}

TEST_F(StationConfigTest, UpperCaseHexFromOtherToolsIsAccepted)
{
    const QString hash = hashPin(QStringLiteral("1357"), QStringLiteral("Salt"));
    const QString upper = hash.section(QLatin1Char(':'), 0, 1) + QLatin1Char(':') + hash.section(QLatin1Char(':'), 2).toUpper();
    const StationConfig c = StationConfig::load(write("[station]\nadmin_pin_hash=" + upper.toUtf8() + "\n"));
    EXPECT_TRUE(c.checkPin(QStringLiteral("1357")));
}

TEST_F(StationConfigTest, NoPinConfiguredOpensNothing)
{
    const StationConfig c = StationConfig::load(write("[station]\nstation=true\n"));
    EXPECT_FALSE(c.checkPin(QStringLiteral("")));
    EXPECT_FALSE(c.checkPin(QStringLiteral("0000")));
}

TEST_F(StationConfigTest, LockedValuesWinOverTheVisitors)
{
    const StationConfig c = StationConfig::load(write(
        "[station]\nlocale=en\nrate=220\ntheme=high-contrast-dark\ncatalog_url=https://lib.example/opds\n"
        "locked=rate, catalog_url, voice\n"));
    ASSERT_TRUE(c.problems.isEmpty()) << c.problems.join(QLatin1Char('\n')).toStdString();
    const QVariantMap defaults = c.userDefaults();
    EXPECT_EQ(defaults.value(QStringLiteral("speech/rate")).toInt(), 220);
    EXPECT_EQ(defaults.value(QStringLiteral("general/language")).toString(), QStringLiteral("en"));
    EXPECT_EQ(defaults.value(QStringLiteral("catalog/libraries")).toStringList(),
              QStringList{QStringLiteral("https://lib.example/opds")});

    QVariantMap user{{QStringLiteral("speech/rate"), 400},
                     {QStringLiteral("appearance/theme"), QStringLiteral("standard")},
                     {QStringLiteral("catalog/libraries"), QStringList{QStringLiteral("https://elsewhere.example/")}},
                     {QStringLiteral("speech/voice"), QStringLiteral("en-gb")}};
    const QVariantMap effective = c.effective(user);
    EXPECT_EQ(effective.value(QStringLiteral("speech/rate")).toInt(), 220);             // locked
    EXPECT_EQ(effective.value(QStringLiteral("appearance/theme")).toString(), QStringLiteral("standard"));  // free
    EXPECT_EQ(effective.value(QStringLiteral("catalog/libraries")).toStringList(),
              QStringList{QStringLiteral("https://lib.example/opds")});
    // Locked without an administrator's value: the app's default, whatever the visitor chose.
    EXPECT_FALSE(effective.contains(QStringLiteral("speech/voice")));
    // … and no language's voice either: a locked empty voice leaves every language to Tingdu.
    user.insert(QStringLiteral("speech/voice/cmn"), QStringLiteral("cmn"));
    EXPECT_FALSE(c.effective(user).contains(QStringLiteral("speech/voice/cmn")));
    EXPECT_TRUE(c.lockedSettingsKeys().contains(QStringLiteral("speech/voice")));
}

TEST_F(StationConfigTest, TheVoiceIsTheChoiceForItsOwnLanguage)
{
    // The app keeps one voice per speech language: voice=en-gb is English's, cmn-latn-pinyin Mandarin's.
    const StationConfig c = StationConfig::load(write("[station]\nvoice=en-gb\nlocked=voice\n"));
    ASSERT_TRUE(c.problems.isEmpty()) << c.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(c.userDefaults().value(QStringLiteral("speech/voice/en")).toString(), QStringLiteral("en-gb"));
    EXPECT_FALSE(c.userDefaults().contains(QStringLiteral("speech/voice")));
    EXPECT_EQ(c.lockedSettingsKeys(), QStringList{QStringLiteral("speech/voice/en")});
    const QVariantMap user{{QStringLiteral("speech/voice/en"), QStringLiteral("en-us")},
                           {QStringLiteral("speech/voice/cmn"), QStringLiteral("cmn")}};
    const QVariantMap effective = c.effective(user);
    EXPECT_EQ(effective.value(QStringLiteral("speech/voice/en")).toString(), QStringLiteral("en-gb"));  // locked
    EXPECT_EQ(effective.value(QStringLiteral("speech/voice/cmn")).toString(), QStringLiteral("cmn"));   // free

    const StationConfig mandarin = StationConfig::load(write("[station]\nvoice=cmn-latn-pinyin\n"));
    EXPECT_EQ(mandarin.userDefaults().value(QStringLiteral("speech/voice/cmn")).toString(),
              QStringLiteral("cmn-latn-pinyin"));
    EXPECT_TRUE(mandarin.lockedSettingsKeys().isEmpty());
}

TEST_F(StationConfigTest, SoundOutputAndInterfaceSpeechReachTheVisitorAndLock)
{
    const StationConfig c = StationConfig::load(
        write("[station]\naudio_device=seat2\nself_voicing=never\nlocked=audio_device, self_voicing, theme\n"));
    ASSERT_TRUE(c.problems.isEmpty()) << c.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(c.selfVoicing, SelfVoicingMode::Off);  // "never" as in the app's Settings, "off" as before
    const QVariantMap defaults = c.userDefaults();
    EXPECT_EQ(defaults.value(QStringLiteral("audio/device")).toString(), QStringLiteral("seat2"));
    EXPECT_EQ(defaults.value(QStringLiteral("speech/selfVoicing")).toString(), QStringLiteral("never"));
    EXPECT_EQ(c.lockedSettingsKeys(), (QStringList{QStringLiteral("appearance/theme"), QStringLiteral("audio/device"),
                                                   QStringLiteral("speech/selfVoicing")}));

    const QVariantMap user{{QStringLiteral("audio/device"), QStringLiteral("seat7")},
                           {QStringLiteral("speech/selfVoicing"), QStringLiteral("always")}};
    const QVariantMap effective = c.effective(user);
    EXPECT_EQ(effective.value(QStringLiteral("audio/device")).toString(), QStringLiteral("seat2"));
    EXPECT_EQ(effective.value(QStringLiteral("speech/selfVoicing")).toString(), QStringLiteral("never"));

    // Unlocked and unset: every seat's default output, and speech when no screen reader runs.
    const StationConfig plain = StationConfig::load(write("[station]\nstation=true\n"));
    EXPECT_FALSE(plain.userDefaults().contains(QStringLiteral("audio/device")));
    EXPECT_EQ(plain.userDefaults().value(QStringLiteral("speech/selfVoicing")).toString(), QStringLiteral("auto"));
    EXPECT_TRUE(plain.lockedSettingsKeys().isEmpty());
}

}  // namespace
