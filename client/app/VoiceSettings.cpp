#include "VoiceSettings.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <optional>

#include "AppSettings.h"
#include "tingdu/accessibility/VoiceSelection.h"

namespace tingdu::client {

namespace {

namespace acc = tingdu::accessibility;

std::optional<std::vector<acc::Voice>>& voiceCache()
{
    static std::optional<std::vector<acc::Voice>> cache;
    return cache;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("tingdu::client", text);  // where lupdate files a namespace's tr()
}

}  // namespace

QString voiceSettingsKey(const QString& speechLanguage)
{
    return QLatin1String(keys::kVoice) + QLatin1Char('/') + speechLanguage;
}

void migrateSingleVoice(QSettings& settings)
{
    const QString single = settings.value(QLatin1String(keys::kVoice)).toString().trimmed();
    if (single.isEmpty())
        return;
    const QString language = QString::fromStdString(acc::speechLanguage(single.toStdString()));
    if (!language.isEmpty() && !settings.contains(voiceSettingsKey(language)))
        settings.setValue(voiceSettingsKey(language), single);
    settings.setValue(QLatin1String(keys::kVoice), QString());
}

std::map<std::string, std::string> storedVoiceChoices(QSettings& settings)
{
    migrateSingleVoice(settings);
    std::map<std::string, std::string> choices;
    settings.beginGroup(QLatin1String(keys::kVoice));
    for (const QString& language : settings.childKeys()) {
        const QString voice = settings.value(language).toString().trimmed();
        if (!voice.isEmpty())
            choices[language.toStdString()] = voice.toStdString();
    }
    settings.endGroup();
    return choices;
}

const std::vector<acc::Voice>& installedVoices()
{
    auto& cache = voiceCache();
    if (!cache) {
        auto engine = acc::SpeechEngine::create();
        if (!engine) {  // no eSpeak, or read-aloud's engine is alive and has not given its list
            static const std::vector<acc::Voice> none;
            return none;
        }
        cache = (*engine)->voices();
    }
    return *cache;
}

void rememberInstalledVoices(const std::vector<acc::Voice>& voices)
{
    if (!voiceCache() || voiceCache()->empty())
        voiceCache() = voices;
}

QString speechLanguageName(const QString& speechLanguage, const std::vector<acc::Voice>& voices)
{
    if (speechLanguage == QLatin1String("cmn"))
        return tr("Mandarin Chinese");
    if (speechLanguage == QLatin1String("yue"))
        return tr("Cantonese");
    const std::string name = acc::languageDisplayName(speechLanguage.toStdString(), QLocale().bcp47Name().toStdString());
    if (!name.empty()) {
        QString text = QString::fromStdString(name);
        text[0] = text[0].toUpper();  // ICU names languages in lower case in some locales ("français")
        return text;
    }
    const auto own = acc::voicesForLanguage(speechLanguage.toStdString(), voices);
    return own.empty() ? speechLanguage : voiceDisplayName(own.front());
}

QStringList speechLanguagesForSettings(const std::vector<acc::Voice>& voices)
{
    QStringList first;
    QList<QPair<QString, QString>> rest;  // name, key
    const auto covered = acc::speechLanguages(voices);
    for (const char* preferred : {"cmn", "yue", "en"})
        if (std::find(covered.begin(), covered.end(), preferred) != covered.end())
            first << QLatin1String(preferred);
    for (const std::string& key : covered) {
        const QString k = QString::fromStdString(key);
        if (!first.contains(k))
            rest.append({speechLanguageName(k, voices), k});
    }
    std::sort(rest.begin(), rest.end(), [](const auto& a, const auto& b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const auto& [name, key] : rest)
        first << key;
    return first;
}

QString voiceDisplayName(const acc::Voice& voice)
{
    QString name = QString::fromStdString(voice.name);
    name.replace(QLatin1Char('_'), QLatin1Char(' '));
    return name.isEmpty() ? QString::fromStdString(voice.identifier) : name;
}

}  // namespace tingdu::client
