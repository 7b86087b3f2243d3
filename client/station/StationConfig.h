#pragma once
// The administrator's system-wide configuration of a library station (INI), and what it makes
// of the visitor's own settings: locked values win. QtCore only, so it is unit-tested alone.
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace tingdu::station {

/// When Tingdu speaks its own interface.
enum class SelfVoicingMode {
    Auto,    ///< when no screen reader runs (the default)
    Always,  ///< also when one seems to run (a station whose detection misleads)
    Off,
};

/// Every key of /etc/tingdu/station.conf, section [station]; see docs/station.md.
struct StationConfig {
    bool stationMode = false;           ///< station=true: start as a station without --station
    QString catalogUrl;                 ///< catalog_url: the library's OPDS catalog
    QString caFile;                     ///< ca_file: the library's own CA (PEM)
    QString locale;                     ///< locale: zh_CN or en ("" = the system's)
    QString voice;                      ///< voice: an eSpeak identifier for its own language ("" = by language)
    int rate = 175;                     ///< rate: words per minute, 80..500
    int volumeLimitPercent = 100;       ///< volume_limit: hearing safety, 0..100 %
    QString audioDevice;                ///< audio_device: output id or description ("" = default)
    int idleSeconds = 300;              ///< idle_seconds: a visitor's session ends after this quiet
    int countdownSeconds = 10;          ///< countdown_seconds: spoken before the idle reset
    int textSize = 20;                  ///< text_size: base font in points (large targets)
    QString theme;                      ///< theme: a Themes.h id ("" = standard)
    SelfVoicingMode selfVoicing = SelfVoicingMode::Auto;  ///< self_voicing: auto, always, never (or off)
    QString visitorDirectory;           ///< visitor_dir: where throw-away profiles go ("" = temp)
    QString adminPinHash;               ///< admin_pin_hash: sha256:SALT:HEX
    QStringList locked;                 ///< locked: config keys the visitor cannot change

    /// Problems found while reading: each one sentence; the value concerned kept its safe default.
    QStringList problems;

    /// /etc/tingdu/station.conf, or $TINGDU_STATION_CONF when set.
    static QString defaultPath();
    /// Reads PATH. A missing file is no problem (no station, defaults); an unreadable or
    /// malformed one is reported in problems and gives the defaults.
    static StationConfig load(const QString& path);

    /// True when PIN matches admin_pin_hash; always false when no valid hash is configured.
    bool checkPin(const QString& pin) const;
    bool hasAdminPin() const { return !adminPinHash.isEmpty(); }
    bool isLocked(const QString& configKey) const { return locked.contains(configKey); }

    /// The visitor settings (AppSettings keys) the administrator gives: seeded into every
    /// new visitor profile.
    QVariantMap userDefaults() const;
    /// The AppSettings keys of the locked config keys, with the administrator's values.
    QVariantMap lockedUserValues() const;
    /// The AppSettings keys of the locked config keys (what the visitor's Settings disables).
    QStringList lockedSettingsKeys() const;
    /// USER's settings with the locked ones replaced by the administrator's values.
    QVariantMap effective(const QVariantMap& user) const;
};

/// "sha256:SALT:HEX" for PIN: HEX = sha256 over the bytes SALT then PIN (UTF-8), as the
/// shell recipe `printf '%s%s' "$SALT" "$PIN" | sha256sum` gives. An empty SALT makes a random one.
QString hashPin(const QString& pin, QString salt = {});

}  // namespace tingdu::station
