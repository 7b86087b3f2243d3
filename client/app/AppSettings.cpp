#include "AppSettings.h"

#include <QLocale>

#include "AppPaths.h"
#include "VoiceSettings.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/AudioOutput.h"
#include "tingdu/accessibility/qt/SelfVoicing.h"

namespace tingdu::client {

namespace aqt = tingdu::accessibility::qt;

std::unique_ptr<QSettings> openSettings()
{
    return std::make_unique<QSettings>(settingsFilePath(), QSettings::IniFormat);
}

void applyAudioOutput()
{
    const QString stored = openSettings()->value(QLatin1String(keys::kAudioDevice)).toString().trimmed();
    const QByteArray id = aqt::findOutput(stored);
    // One not connected now stays chosen: sound goes to the default and the user is told so.
    aqt::setChosenOutput(id.isEmpty() ? stored.toUtf8() : id);
}

void applyInterfaceSpeech()
{
    aqt::SelfVoicing* voicing = aqt::SelfVoicing::instance();
    if (!voicing)
        return;
    auto settings = openSettings();
    const QString mode = settings->value(QLatin1String(keys::kSelfVoicing), QStringLiteral("auto")).toString();
    voicing->setMode(mode == QLatin1String("always")                                   ? aqt::SelfVoicing::Mode::Always
                     : mode == QLatin1String("never") || mode == QLatin1String("off") ? aqt::SelfVoicing::Mode::Off
                                                                                        : aqt::SelfVoicing::Mode::Auto);
    // The interface's language (installTranslations() made it the default locale), spoken by
    // the listener's voice for that language (Mandarin for zh_CN), as read-aloud would.
    aqt::SelfVoicing::VoiceSettings voice;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    voice.language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    const auto chosen = storedVoiceChoices(*settings);
    if (auto it = chosen.find(chinese ? "cmn" : "en"); it != chosen.end())
        voice.voice = QString::fromStdString(it->second);
    voice.rate = settings->value(QLatin1String(keys::kSpeechRate), 175).toInt();
    voice.pitch = settings->value(QLatin1String(keys::kSpeechPitch), 50).toInt();
    voicing->setVoiceSettings(voice);
    voicing->follow(aqt::Announcer::instance());
}

}  // namespace tingdu::client
