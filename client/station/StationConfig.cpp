#include "StationConfig.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>

#include "AppSettings.h"
#include "tingdu/accessibility/VoiceSelection.h"

namespace tingdu::station {

namespace {

namespace keys = client::keys;

// Config key → the visitor's setting it gives (and may lock).
struct UserKey {
    const char* configKey;
    const char* settingsKey;
};
constexpr UserKey kUserKeys[] = {
    {"locale", keys::kLanguage},          {"voice", keys::kVoice},
    {"rate", keys::kSpeechRate},          {"theme", keys::kTheme},
    {"text_size", keys::kTextSize},       {"catalog_url", keys::kCatalogs},
    {"audio_device", keys::kAudioDevice}, {"self_voicing", keys::kSelfVoicing},
};

// The visitor's setting a config key gives. voice=V is the voice for V's own language
// (speech/voice/en for en-gb: the app keeps one voice per language); an empty voice stands for
// all of them (speech/voice), so locking it leaves every language to Tingdu's choice.
QString settingsKeyFor(const StationConfig& config, const UserKey& key)
{
    if (QLatin1String(key.configKey) == QLatin1String("voice") && !config.voice.isEmpty())
        return QLatin1String(keys::kVoice) + QLatin1Char('/') +
               QString::fromStdString(accessibility::speechLanguage(config.voice.toStdString()));
    return QLatin1String(key.settingsKey);
}

const char* selfVoicingValue(SelfVoicingMode mode)
{
    switch (mode) {
    case SelfVoicingMode::Always: return "always";
    case SelfVoicingMode::Off: return "never";
    case SelfVoicingMode::Auto: break;
    }
    return "auto";
}

QString problem(const char* text)
{
    return QString::fromUtf8(text);
}

// Reads an integer key in [low, high]; anything else keeps FALLBACK and says why.
int readInt(const QSettings& ini, const char* key, int fallback, int low, int high, QStringList& problems)
{
    const QVariant raw = ini.value(QLatin1String(key));
    if (!raw.isValid())
        return fallback;
    bool ok = false;
    const int value = raw.toString().trimmed().toInt(&ok);
    if (!ok || value < low || value > high) {
        problems << problem("%1=%2 is not a whole number from %3 to %4; using %5.")
                        .arg(QLatin1String(key), raw.toString())
                        .arg(low)
                        .arg(high)
                        .arg(fallback);
        return fallback;
    }
    return value;
}

bool readBool(const QSettings& ini, const char* key, bool fallback, QStringList& problems)
{
    const QString raw = ini.value(QLatin1String(key)).toString().trimmed().toLower();
    if (raw.isEmpty())
        return fallback;
    if (raw == QLatin1String("true") || raw == QLatin1String("on") || raw == QLatin1String("yes") || raw == QLatin1String("1"))
        return true;
    if (raw == QLatin1String("false") || raw == QLatin1String("off") || raw == QLatin1String("no") || raw == QLatin1String("0"))
        return false;
    problems << problem("%1=%2 is neither true nor false; using %3.")
                    .arg(QLatin1String(key), raw, fallback ? QStringLiteral("true") : QStringLiteral("false"));
    return fallback;
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool validPinHash(const QString& hash)
{
    const QStringList parts = hash.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QLatin1String("sha256") || parts[1].isEmpty() || parts[2].size() != 64)
        return false;
    for (QChar c : parts[2])
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f')))
            return false;
    return true;
}

}  // namespace

QString StationConfig::defaultPath()
{
    const QString env = qEnvironmentVariable("TINGDU_STATION_CONF");
    return env.isEmpty() ? QStringLiteral("/etc/tingdu/station.conf") : env;
}

StationConfig StationConfig::load(const QString& path)
{
    StationConfig config;
    const QFileInfo info(path);
    if (!info.exists())
        return config;
    if (!info.isFile() || !info.isReadable()) {
        config.problems << problem("The station configuration %1 cannot be read; using the defaults.").arg(path);
        return config;
    }
    QSettings ini(path, QSettings::IniFormat);
    if (ini.status() != QSettings::NoError) {
        config.problems << problem("The station configuration %1 is not a valid INI file; using the defaults.").arg(path);
        return config;
    }
    ini.beginGroup(QStringLiteral("station"));
    QStringList& p = config.problems;
    config.stationMode = readBool(ini, "station", false, p);
    config.catalogUrl = ini.value(QStringLiteral("catalog_url")).toString().trimmed();
    if (!config.catalogUrl.isEmpty() && !config.catalogUrl.startsWith(QLatin1String("https://"))) {
        p << problem("catalog_url=%1 is not an https:// address; no catalog is preset.").arg(config.catalogUrl);
        config.catalogUrl.clear();
    }
    config.caFile = ini.value(QStringLiteral("ca_file")).toString().trimmed();
    if (!config.caFile.isEmpty() && !QFileInfo(config.caFile).isReadable())
        p << problem("ca_file=%1 cannot be read; secure connections to the library will fail.").arg(config.caFile);
    config.locale = ini.value(QStringLiteral("locale")).toString().trimmed();
    if (!config.locale.isEmpty() && config.locale != QLatin1String("zh_CN") && config.locale != QLatin1String("en")) {
        p << problem("locale=%1 is not zh_CN or en; using the system's language.").arg(config.locale);
        config.locale.clear();
    }
    config.voice = ini.value(QStringLiteral("voice")).toString().trimmed();
    config.rate = readInt(ini, "rate", config.rate, 80, 500, p);
    config.volumeLimitPercent = readInt(ini, "volume_limit", config.volumeLimitPercent, 0, 100, p);
    config.audioDevice = ini.value(QStringLiteral("audio_device")).toString().trimmed();
    config.idleSeconds = readInt(ini, "idle_seconds", config.idleSeconds, 5, 24 * 3600, p);
    config.countdownSeconds = readInt(ini, "countdown_seconds", config.countdownSeconds, 0, 120, p);
    if (config.countdownSeconds >= config.idleSeconds) {
        p << problem("countdown_seconds must be shorter than idle_seconds; using %1.").arg(config.idleSeconds / 2);
        config.countdownSeconds = config.idleSeconds / 2;
    }
    config.textSize = readInt(ini, "text_size", config.textSize, 8, 72, p);
    config.theme = ini.value(QStringLiteral("theme")).toString().trimmed();
    const QString voicing = ini.value(QStringLiteral("self_voicing"), QStringLiteral("auto")).toString().trimmed().toLower();
    if (voicing == QLatin1String("always"))
        config.selfVoicing = SelfVoicingMode::Always;
    else if (voicing == QLatin1String("off") || voicing == QLatin1String("never"))
        config.selfVoicing = SelfVoicingMode::Off;
    else if (voicing != QLatin1String("auto"))
        p << problem("self_voicing=%1 is not auto, always or never; using auto.").arg(voicing);
    config.visitorDirectory = ini.value(QStringLiteral("visitor_dir")).toString().trimmed();

    const QString hash = ini.value(QStringLiteral("admin_pin_hash")).toString().trimmed();
    if (!hash.isEmpty() && !validPinHash(hash))
        p << problem("admin_pin_hash is not sha256:SALT:HEX (64 hex digits); no PIN will open the station.");
    else if (!hash.isEmpty())  // sha256sum prints lower case; the salt is kept as written
        config.adminPinHash = hash.section(QLatin1Char(':'), 0, 1) + QLatin1Char(':') +
                              hash.section(QLatin1Char(':'), 2).toLower();

    // QSettings splits "a, b" into a list itself; a single value stays a string.
    QStringList lockedRaw = ini.value(QStringLiteral("locked")).toStringList();
    for (QString key : lockedRaw) {
        key = key.trimmed();
        if (key.isEmpty())
            continue;
        bool known = false;
        for (const UserKey& k : kUserKeys)
            known = known || key == QLatin1String(k.configKey);
        if (known)
            config.locked << key;
        else
            p << problem("locked names %1, which is no setting a visitor has; it is ignored.").arg(key);
    }
    return config;
}

bool StationConfig::checkPin(const QString& pin) const
{
    if (adminPinHash.isEmpty() || pin.isEmpty())
        return false;
    const QString salt = adminPinHash.section(QLatin1Char(':'), 1, 1);
    const QByteArray expected = adminPinHash.toLatin1();
    const QByteArray given = hashPin(pin, salt).toLatin1();
    // Same length always (64 hex digits); compare every byte so timing says nothing.
    if (expected.size() != given.size())
        return false;
    int difference = 0;
    for (qsizetype i = 0; i < expected.size(); ++i)
        difference |= expected[i] ^ given[i];
    return difference == 0;
}

QVariantMap StationConfig::userDefaults() const
{
    QVariantMap values;
    auto put = [&values](const char* key, const QVariant& value) { values.insert(QLatin1String(key), value); };
    if (!locale.isEmpty())
        put(keys::kLanguage, locale);
    if (!voice.isEmpty())
        values.insert(settingsKeyFor(*this, {"voice", keys::kVoice}), voice);
    put(keys::kSpeechRate, rate);
    put(keys::kTextSize, textSize);
    if (!theme.isEmpty())
        put(keys::kTheme, theme);
    if (!catalogUrl.isEmpty())
        put(keys::kCatalogs, QStringList{catalogUrl});
    if (!audioDevice.isEmpty())
        put(keys::kAudioDevice, audioDevice);
    put(keys::kSelfVoicing, QLatin1String(selfVoicingValue(selfVoicing)));
    return values;
}

QVariantMap StationConfig::lockedUserValues() const
{
    const QVariantMap defaults = userDefaults();
    QVariantMap values;
    for (const UserKey& k : kUserKeys) {
        const QString settingsKey = settingsKeyFor(*this, k);
        if (isLocked(QLatin1String(k.configKey)))
            values.insert(settingsKey, defaults.value(settingsKey));  // invalid = the app's default
    }
    return values;
}

QStringList StationConfig::lockedSettingsKeys() const
{
    QStringList result;
    for (const UserKey& k : kUserKeys)
        if (isLocked(QLatin1String(k.configKey)))
            result << settingsKeyFor(*this, k);
    return result;
}

QVariantMap StationConfig::effective(const QVariantMap& user) const
{
    QVariantMap result = user;
    const QVariantMap lockedValues = lockedUserValues();
    for (auto it = lockedValues.begin(); it != lockedValues.end(); ++it) {
        if (it.value().isValid()) {
            result.insert(it.key(), it.value());
        } else {
            // As QSettings::remove(): the key and everything below it (every language's voice).
            result.remove(it.key());
            const QString below = it.key() + QLatin1Char('/');
            for (auto k = result.begin(); k != result.end();)
                k = k.key().startsWith(below) ? result.erase(k) : std::next(k);
        }
    }
    return result;
}

QString hashPin(const QString& pin, QString salt)
{
    if (salt.isEmpty()) {
        const quint64 random = QRandomGenerator::system()->generate64();
        salt = QString::number(random, 16);
    }
    return QStringLiteral("sha256:%1:%2").arg(salt, sha256Hex(salt.toUtf8() + pin.toUtf8()));
}

}  // namespace tingdu::station
