#include "StationMode.h"

#include <QApplication>
#include <QAudioDevice>
#include <QCommandLineParser>
#include <QTextStream>

#include "AppPaths.h"
#include "StationConfig.h"
#include "StationShell.h"
#include "Translation.h"
#include "VisitorProfile.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/AudioOutput.h"
#include "tingdu/accessibility/qt/QtAudioSink.h"
#include "tingdu/accessibility/qt/SelfVoicing.h"
#include "tingdu/accessibility/qt/SystemAppearance.h"
#include "tingdu/accessibility/qt/Themes.h"

namespace tingdu::station {

namespace {
const QString kStation = QStringLiteral("station");
const QString kHashPin = QStringLiteral("hash-pin");

int printPinHash()
{
    QTextStream in(stdin);
    QTextStream out(stdout);
    const QString pin = in.readLine().trimmed();
    if (pin.isEmpty()) {
        QTextStream(stderr) << "tingdu --hash-pin: give the PIN on standard input\n";
        return 2;
    }
    out << "admin_pin_hash=" << hashPin(pin) << Qt::endl;
    return 0;
}
// audio_device names an output by id or description; the visitor's settings carry it to every
// sound (client::applyAudioOutput()). The administrator hears here whether the name is right.
void reportAudioDevice(const QString& name)
{
    if (!accessibility::qt::findOutput(name).isEmpty())
        return;
    QStringList available;
    for (const QAudioDevice& device : accessibility::qt::availableOutputs())
        available << QStringLiteral("%1 (%2)").arg(QString::fromUtf8(device.id()), device.description());
    qWarning("tingdu station: audio_device=%s is not connected; sound plays on the default output until it is. "
             "Outputs now: %s", qPrintable(name), qPrintable(available.join(QStringLiteral(", "))));
}

// The desktop app speaks its interface too when no screen reader runs (or as its settings say):
// made here, off until the main window's Settings gives it the user's mode (applyInterfaceSpeech()).
void startDesktopSelfVoicing(QApplication& app)
{
    auto* voice = new accessibility::qt::SelfVoicing(&app);
    voice->setMode(accessibility::qt::SelfVoicing::Mode::Off);
    voice->attach();
}
}  // namespace

void addCommandLineOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        kStation, QStringLiteral("Run as a library station (full screen, visitor privacy, admin PIN to leave).")));
    parser.addOption(QCommandLineOption(
        kHashPin, QStringLiteral("Read an administrator PIN on standard input and print its admin_pin_hash= line.")));
}

int runIfWanted(QApplication& app, const QCommandLineParser& parser,
                const std::function<std::unique_ptr<QMainWindow>()>& makeWindow)
{
    if (parser.isSet(kHashPin))
        return printPinHash();
    const QString path = StationConfig::defaultPath();
    const StationConfig config = StationConfig::load(path);
    for (const QString& problem : config.problems)
        qWarning("tingdu station: %s: %s", qPrintable(path), qPrintable(problem));
    if (!parser.isSet(kStation) && !config.stationMode) {
        startDesktopSelfVoicing(app);
        return kNotAStation;
    }

    // The catalog's own CA reaches the HTTPS client the way a test's does.
    if (!config.caFile.isEmpty())
        qputenv("TINGDU_CA_FILE", config.caFile.toLocal8Bit());
    const QString requested = parser.isSet(QStringLiteral("lang")) ? parser.value(QStringLiteral("lang")) : config.locale;
    const QString language = client::installTranslations(requested);

    namespace aqt = accessibility::qt;
    aqt::installAccessibleFactories();
    aqt::setVolumeLimit(config.volumeLimitPercent / 100.0);
    // Dialogs of our own (Qt's), never the desktop's, whose file chooser reaches everything.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    // No theme in station.conf: the desktop's high-contrast setting chooses, as in the desktop app.
    aqt::applyTheme(app, aqt::themeById(aqt::resolveThemeId(config.theme)),
                    config.textSize);
    if (!config.audioDevice.isEmpty())
        reportAudioDevice(config.audioDevice);
    // The visitor's Settings shows what the administrator locked as unavailable.
    app.setProperty("tingduLockedSettings", config.lockedSettingsKeys());

    aqt::SelfVoicing voice;
    voice.setMode(config.selfVoicing == SelfVoicingMode::Always ? aqt::SelfVoicing::Mode::Always
                  : config.selfVoicing == SelfVoicingMode::Off  ? aqt::SelfVoicing::Mode::Off
                                                                : aqt::SelfVoicing::Mode::Auto);
    voice.attach();

    QString root = config.visitorDirectory;
    if (root.isEmpty())
        root = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile")) : defaultVisitorRoot();
    StationShell shell(config, root, language, makeWindow, voice);
    shell.start();
    return app.exec();
}

}  // namespace tingdu::station
