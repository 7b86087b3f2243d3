#include "StationShell.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDialog>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTranslator>
#include <QVBoxLayout>

#include "AdminPinDialog.h"
#include "AppPaths.h"
#include "Translation.h"
#include "VisitorProfile.h"
#include "WelcomePage.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/accessibility/qt/AudioOutput.h"
#include "tingdu/accessibility/qt/SelfVoicing.h"

namespace tingdu::station {

namespace {
// Commands of the main window a visitor must not have at a station: they reach the file system
// or end the program (KeyMap ids, which are the actions' object names).
bool forbiddenAction(const QAction* action)
{
    const QString id = action->objectName();
    return id == QLatin1String("app.import") || id == QLatin1String("app.importFolder") ||
           id == QLatin1String("app.quit");
}
}  // namespace

StationShell::StationShell(const StationConfig& config, const QString& visitorRoot, const QString& language,
                           WindowFactory makeWindow, accessibility::qt::SelfVoicing& voice)
    : m_config(config), m_root(visitorRoot), m_language(language), m_makeWindow(std::move(makeWindow)), m_voice(voice)
{
    setWindowTitle(tr("Tingdu"));
    setAccessibleName(windowTitle());
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Session notice"));
    m_banner->hide();
    m_stack = new QStackedWidget(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    // Application-wide, so they work in dialogs too.
    auto* finish = new QShortcut(QKeySequence(Qt::Key_F12), this, this, &StationShell::finishKey);
    finish->setContext(Qt::ApplicationShortcut);
    auto* admin = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_A), this, this, &StationShell::adminKey);
    admin->setContext(Qt::ApplicationShortcut);

    qApp->installEventFilter(this);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StationShell::tick);
}

StationShell::~StationShell()
{
    qApp->removeEventFilter(this);
    delete m_window;
    m_profile.reset();
}

void StationShell::start()
{
    // Whatever an earlier run could not clear (it crashed, the power went) goes first.
    if (const int removed = removeLeftoverProfiles(m_root))
        qWarning("tingdu station: removed %d visitor profile(s) left by an earlier run", removed);
    buildWelcome();
    newVisitor();
    showFullScreen();
    showWelcome({});
    m_idle.start();
    m_tick.start();
}

void StationShell::buildWelcome()
{
    if (m_welcome) {  // a language change comes from the old page's own button
        m_stack->removeWidget(m_welcome);
        m_welcome->deleteLater();
    }
    m_welcome = new WelcomePage(std::max(1, (m_config.idleSeconds + 59) / 60), m_language, m_stack);
    m_stack->insertWidget(0, m_welcome);
    connect(m_welcome, &WelcomePage::startRequested, this, &StationShell::enterPlaces);
    connect(m_welcome, &WelcomePage::repeatRequested, this, [this] { m_voice.say(m_welcome->spokenText()); });
    connect(m_welcome, &WelcomePage::languageRequested, this, &StationShell::switchLanguage);
}

void StationShell::newVisitor()
{
    m_profile = std::make_unique<VisitorProfile>(m_root, m_config, nullptr);
    if (!m_profile->isValid())
        qWarning("tingdu station: cannot make a visitor profile under %s", qPrintable(m_root));
    applyVoiceSettings();
    std::unique_ptr<QMainWindow> window = m_makeWindow();
    adaptWindow(window.get());
    m_window = window.release();
    m_stack->addWidget(m_window);  // the stack owns it from here
    m_voice.follow(accessibility::qt::Announcer::instance());
}

void StationShell::adaptWindow(QMainWindow* window)
{
    // The menus stay reachable by their keys (places, help), except what a station forbids.
    for (QAction* menuAction : window->menuBar()->actions()) {
        QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction* action : menu->actions())
            if (!forbiddenAction(action) && !action->isSeparator())
                window->addAction(action);
    }
    window->menuBar()->hide();
    window->menuBar()->setEnabled(false);
    // Import buttons on the shelf: identified by their (translated) text, whatever its mnemonic.
    // The file dialog guard in eventFilter() is what really keeps the file system closed.
    auto plain = [](QString text) { return text.remove(QLatin1Char('&')); };
    QStringList importTexts;
    for (const char* source : {"&Import files…", "Import f&older…", "Import fol&der…", "Import &folder…"})
        importTexts << plain(QCoreApplication::translate("tingdu::client::ShelfPlace", source));
    for (QPushButton* button : window->findChildren<QPushButton*>())
        if (importTexts.contains(plain(button->text())))
            button->hide();
}

void StationShell::applyVoiceSettings()
{
    QSettings settings(client::settingsFilePath(), QSettings::IniFormat);
    accessibility::qt::SelfVoicing::VoiceSettings voice;
    voice.language = m_language;
    voice.voice = m_config.voice;  // an administrator's explicit voice; else by interface language
    voice.rate = settings.value(QStringLiteral("speech/rate"), m_config.rate).toInt();
    m_voice.setVoiceSettings(voice);
}

void StationShell::showWelcome(const QString& before)
{
    m_stack->setCurrentWidget(m_welcome);
    m_banner->hide();
    m_welcome->firstFocus()->setFocus(Qt::OtherFocusReason);
    const QString text = m_welcome->spokenText();
    m_voice.say(before.isEmpty() ? text : before + QLatin1Char(' ') + text);
}

void StationShell::enterPlaces()
{
    if (!m_window)
        return;
    m_stack->setCurrentWidget(m_window);
    m_idle.restart();
    if (auto* tabs = m_window->findChild<QTabWidget*>())
        tabs->tabBar()->setFocus(Qt::OtherFocusReason);
}

void StationShell::switchLanguage(const QString& language)
{
    // Translators stack; the old language's must go, or its strings would show through.
    for (QTranslator* translator : qApp->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_language = client::installTranslations(language);
    setWindowTitle(tr("Tingdu"));
    buildWelcome();
    endVisitor({});
}

void StationShell::endVisitor(const QString& why)
{
    if (m_ending)
        return;
    m_ending = true;
    m_countingDown = false;
    m_stack->setCurrentWidget(m_welcome);
    // Dialogs of the visitor run their own event loops inside the window: close them and
    // let those loops unwind before the window goes.
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() || top == this)
            continue;
        if (auto* dialog = qobject_cast<QDialog*>(top))
            dialog->reject();
        else
            top->close();
    }
    QTimer::singleShot(200, this, [this, why] { completeEndVisitor(why); });
}

void StationShell::completeEndVisitor(const QString& why)
{
    if (QApplication::activeModalWidget()) {
        QTimer::singleShot(200, this, [this, why] { completeEndVisitor(why); });
        return;
    }
    delete m_window;  // stops playback and read-aloud, closes the shelf database
    m_profile.reset();  // deletes the profile: settings, positions, history, downloads
    if (QClipboard* clipboard = QGuiApplication::clipboard())
        clipboard->clear();
    newVisitor();
    m_ending = false;
    m_idle.restart();
    showWelcome(why);
}

void StationShell::tick()
{
    if (m_ending || !m_window || m_stack->currentWidget() != m_window)
        return;
    // A visitor listening to a book or to read-aloud is not idle: the idle time starts when the
    // sound stops (the grace covers read-aloud's pauses between sentences and paragraphs).
    if (accessibility::qt::listenedWithin(std::chrono::seconds(3))) {
        if (m_countingDown)
            activity();
        m_idle.restart();
        return;
    }
    const qint64 idle = m_idle.elapsed() / 1000;
    const qint64 left = m_config.idleSeconds - idle;
    if (left <= 0) {
        endVisitor(tr("The session ended because no key was pressed for a while; everything of it was cleared."));
        return;
    }
    if (left > m_config.countdownSeconds)
        return;
    if (!m_countingDown) {
        m_countingDown = true;
        announce(tr("Your session ends in %n second(s). Press any key to keep it.", nullptr, static_cast<int>(left)));
    } else {
        m_banner->setText(tr("Your session ends in %n second(s). Press any key to keep it.", nullptr,
                             static_cast<int>(left)));
        m_voice.say(QString::number(left), false);
    }
}

void StationShell::activity()
{
    m_idle.restart();
    if (!m_countingDown)
        return;
    m_countingDown = false;
    m_banner->hide();
    // After the key press has silenced self-voicing, not before.
    QTimer::singleShot(0, this, [this] { announce(tr("Your session continues.")); });
}

void StationShell::announce(const QString& text)
{
    m_banner->setText(text);
    m_banner->show();
    if (auto* announcer = accessibility::qt::Announcer::instance(); announcer && m_window)
        announcer->announce(text, accessibility::qt::Announcer::Priority::Assertive);
    else
        m_voice.say(text, false);
}

void StationShell::finishKey()
{
    if (m_stack->currentWidget() != m_window)
        return;
    if (m_finishArmed.isValid() && m_finishArmed.elapsed() < 5000) {
        m_finishArmed.invalidate();
        endVisitor(tr("Your session is finished and everything of it was cleared. Thank you."));
        return;
    }
    m_finishArmed.start();
    announce(tr("Press F12 again to finish your session and clear everything of yours."));
}

void StationShell::adminKey()
{
    if (QApplication::activeModalWidget())
        return;
    AdminPinDialog dialog(m_config, this);
    connect(&dialog, &AdminPinDialog::refused, this, [this](const QString& message) { m_voice.say(message, false); });
    if (dialog.exec() == QDialog::Accepted) {
        m_leaving = true;
        qApp->quit();
    }
}

bool StationShell::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        activity();
        break;
    case QEvent::Show:
        // The file system is off limits: whatever still opens a file dialog gets it closed.
        if (auto* files = qobject_cast<QFileDialog*>(watched)) {
            QTimer::singleShot(0, files, &QFileDialog::reject);
            announce(tr("Files cannot be opened from this computer at a library station."));
        }
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void StationShell::closeEvent(QCloseEvent* event)
{
    if (m_leaving) {
        event->accept();
        return;
    }
    event->ignore();
    announce(tr("Only the library staff can close the station."));
}

}  // namespace tingdu::station
