#pragma once
// Speaks a state change ("Download finished") to the screen reader without moving focus.
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace tingdu::accessibility::qt {

/// Qt 6.4 has no announcement API; Orca speaks an object of role Notification when it becomes
/// showing. The announcer owns a hidden label of that role and re-shows it per message.
/// Thread: GUI thread only. Every message is also kept as the last announcement and emitted, so
/// self-voicing and tests can hear it.
class Announcer : public QObject {
    Q_OBJECT
public:
    /// The label becomes a child of WINDOW (the main window), off-screen and tiny.
    explicit Announcer(QWidget* window);
    ~Announcer() override;
    static Announcer* instance();
    /// Announces through the instance when there is one (there is none before the first window).
    static void say(const QString& message)
    {
        if (Announcer* a = instance())
            a->announce(message);
    }

    enum class Priority { Polite, Assertive };
    /// Messages given within one turn of the event loop are spoken as one, in order (duplicates
    /// dropped); announced() is emitted with that text when it is handed to the screen reader.
    void announce(const QString& message, Priority priority = Priority::Polite);
    QString lastMessage() const { return m_last; }

Q_SIGNALS:
    void announced(const QString& message);

private:
    void flush();

    QPointer<QLabel> m_label;
    QStringList m_pending;
    bool m_flushScheduled = false;
    QString m_last;
};

/// Registers the accessible-interface factory that gives the announcer its Notification role.
/// Call once, before the first window is shown.
void installAccessibleFactories();

}  // namespace tingdu::accessibility::qt
