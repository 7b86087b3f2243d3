// tingdu: the accessible desktop reading client.
#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include "AppPaths.h"
#include "AppSettings.h"
#include "MainWindow.h"
#include "Translation.h"
#include "StationMode.h"
#include "tingdu/Version.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/QtAudioSink.h"
#include "tingdu/accessibility/qt/SystemAppearance.h"
#include "tingdu/accessibility/qt/Themes.h"

int main(int argc, char** argv)
{
    // --scale N before QApplication exists: the whole interface, not only the book, grows.
    for (int i = 1; i + 1 < argc; ++i)
        if (qstrcmp(argv[i], "--scale") == 0)
            qputenv("QT_SCALE_FACTOR", argv[i + 1]);

    QApplication app(argc, argv);
    // Qt Multimedia's device list must first be made on the GUI thread; speech and audio
    // threads open the output later (a first use from a worker finds no device).
    tingdu::accessibility::qt::hasAudioOutput();
    QApplication::setApplicationName(QStringLiteral("tingdu"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tingdu"));
    QApplication::setApplicationVersion(QStringLiteral(TINGDU_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tingdu.Tingdu"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tingdu (听读) — listen and read library books."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption profile(QStringLiteral("profile"),
                               QStringLiteral("Keep settings and data in DIR (a throw-away profile)."),
                               QStringLiteral("DIR"));
    QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: zh_CN or en."),
                            QStringLiteral("LANG"));
    QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("Scale the whole interface (e.g. 2 or 4)."),
                             QStringLiteral("FACTOR"));
    QCommandLineOption theme(QStringLiteral("theme"),
                             QStringLiteral("Theme: standard, high-contrast-dark, high-contrast-light, yellow-on-black."),
                             QStringLiteral("THEME"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of each place into DIR, then quit (documentation)."),
                                  QStringLiteral("DIR"));
    parser.addOptions({profile, lang, scale, theme, screenshot});
    parser.addPositionalArgument(QStringLiteral("book"), QStringLiteral("A book or audiobook to open."),
                                 QStringLiteral("[book]"));
    tingdu::station::addCommandLineOptions(parser);
    parser.process(app);
    // A library station (--station or /etc/tingdu/station.conf) runs its own shell; see docs/station.md.
    if (const int code = tingdu::station::runIfWanted(app, parser, [] { return std::make_unique<tingdu::client::MainWindow>(); });
        code != tingdu::station::kNotAStation)
        return code;

    tingdu::client::useProfileDirectory(parser.value(profile));
    auto settings = tingdu::client::openSettings();
    const QString language = parser.isSet(lang)
        ? parser.value(lang)
        : settings->value(QLatin1String(tingdu::client::keys::kLanguage)).toString();
    tingdu::client::installTranslations(language);

    namespace aqt = tingdu::accessibility::qt;
    aqt::installAccessibleFactories();
    // Until the reader picks a theme, the desktop's high-contrast setting picks it.
    const QString chosenTheme = parser.isSet(theme)
        ? parser.value(theme)
        : settings->value(QLatin1String(tingdu::client::keys::kTheme), QLatin1String(aqt::kSystemThemeId)).toString();
    const QString themeId = aqt::resolveThemeId(chosenTheme);
    // Hearing safety: an administrator's limit (0..1) caps every sound Tingdu makes.
    aqt::setVolumeLimit(settings->value(QStringLiteral("audio/volumeLimit"), 1.0).toDouble());
    app.setProperty("tingduTheme", chosenTheme);  // Settings shows the theme in force, not only the stored one
    aqt::applyTheme(app, aqt::themeById(themeId),
                    settings->value(QLatin1String(tingdu::client::keys::kTextSize), aqt::defaultTextPointSize()).toInt());

    tingdu::client::MainWindow window;
    window.show();
    window.showPlace(tingdu::client::MainWindow::Shelf);
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    if (parser.isSet(screenshot)) {
        // Named <place>-<theme>-<scale>.png; the guide books are given time to reach the shelf.
        const QString suffix = QStringLiteral("%1-%2").arg(themeId, parser.isSet(scale) ? parser.value(scale) + QStringLiteral("x")
                                                                                      : QStringLiteral("1x"));
        QTimer::singleShot(2500, &window, [&window, dir = parser.value(screenshot), suffix] {
            window.saveScreenshots(dir, suffix);
            QApplication::quit();
        });
    }
    return app.exec();
}
