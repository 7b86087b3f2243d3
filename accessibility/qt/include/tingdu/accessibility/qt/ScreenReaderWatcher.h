#pragma once
// Is a screen reader running? Self-voicing steps aside when one is, so nobody hears double.
#include <QObject>
#include <QTimer>
#include <QVariantMap>

namespace tingdu::accessibility::qt {

/// Two signs, either one is enough:
///  - org.a11y.Status.ScreenReaderEnabled on the session bus (object /org/a11y/bus of
///    org.a11y.Bus), which GNOME's screen-reader switch sets; changes arrive as PropertiesChanged;
///  - a process named "orca" (what Orca names itself, and what its own otherOrcas() looks for)
///    in this desktop (the same session bus, else the same display: the Orca of another login
///    on a shared machine is not ours), checked every two seconds on Linux, for desktops that
///    start Orca without that switch.
/// Thread: GUI thread. The first answer from the bus arrives asynchronously; until then only
/// the process check counts.
class ScreenReaderWatcher : public QObject {
    Q_OBJECT
public:
    explicit ScreenReaderWatcher(QObject* parent = nullptr);
    bool screenReaderRunning() const { return m_busSaysRunning || m_processRunning; }
    /// Why screenReaderRunning() is true ("ScreenReaderEnabled", "orca process"), or "".
    QString reason() const;

Q_SIGNALS:
    void runningChanged(bool running);

private Q_SLOTS:
    void onPropertiesChanged(const QString& interface, const QVariantMap& changed, const QStringList& invalidated);

private:
    void queryBus();
    void checkProcesses();
    void update(bool bus, bool process);

    bool m_busSaysRunning = false;
    bool m_processRunning = false;
    QTimer m_poll;
};

/// True when a process whose name (/proc/PID/comm) is a known screen reader runs in this desktop.
bool screenReaderProcessRunning();

}  // namespace tingdu::accessibility::qt
