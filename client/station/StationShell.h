#pragma once
// The station's one full-screen window: the welcome, then one visitor's Tingdu; idle and
// "finish" resets that clear everything of the visitor's; the administrator's PIN to leave.
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

#include "StationConfig.h"

class QLabel;
class QMainWindow;
class QStackedWidget;

namespace tingdu::accessibility::qt {
class SelfVoicing;
}

namespace tingdu::station {

class VisitorProfile;
class WelcomePage;

/// Keys: F12 twice (within five seconds) finishes a visitor's session; Ctrl+Alt+A asks for the
/// administrator PIN and leaves station mode. Any key or click counts as activity, and so does
/// a book or read-aloud playing; the last countdown_seconds of idle_seconds are counted aloud
/// and any key keeps the session.
/// Thread: GUI thread.
class StationShell : public QWidget {
    Q_OBJECT
public:
    using WindowFactory = std::function<std::unique_ptr<QMainWindow>()>;

    StationShell(const StationConfig& config, const QString& visitorRoot, const QString& language,
                 WindowFactory makeWindow, accessibility::qt::SelfVoicing& voice);
    ~StationShell() override;

    /// Prepares the first visitor and shows the welcome (full screen).
    void start();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void newVisitor();
    void endVisitor(const QString& why);
    void completeEndVisitor(const QString& why);
    void showWelcome(const QString& before);
    void enterPlaces();
    void buildWelcome();
    void switchLanguage(const QString& language);
    void adaptWindow(QMainWindow* window);
    void tick();
    void activity();
    void finishKey();
    void adminKey();
    void announce(const QString& text);
    void applyVoiceSettings();

    StationConfig m_config;
    QString m_root;
    QString m_language;
    WindowFactory m_makeWindow;
    accessibility::qt::SelfVoicing& m_voice;

    QStackedWidget* m_stack = nullptr;
    WelcomePage* m_welcome = nullptr;
    QPointer<QMainWindow> m_window;
    std::unique_ptr<VisitorProfile> m_profile;
    QLabel* m_banner = nullptr;

    QTimer m_tick;
    QElapsedTimer m_idle;
    bool m_countingDown = false;
    bool m_ending = false;
    QElapsedTimer m_finishArmed;
    bool m_leaving = false;
};

}  // namespace tingdu::station
