#include "tingdu/accessibility/qt/Announcer.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QLabel>
#include <QTimer>

namespace tingdu::accessibility::qt {

namespace {

Announcer* g_instance = nullptr;
const char* const kAnnouncerObjectName = "tingdu-announcer";

class NotificationAccessible : public QAccessibleWidget {
public:
    explicit NotificationAccessible(QWidget* w) : QAccessibleWidget(w, QAccessible::Notification) {}
    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Name)
            return static_cast<QLabel*>(widget())->text();
        return QAccessibleWidget::text(t);
    }
};

QAccessibleInterface* factory(const QString& className, QObject* object)
{
    if (className == QLatin1String("QLabel") && object &&
        object->objectName() == QLatin1String(kAnnouncerObjectName))
        return new NotificationAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

}  // namespace

void installAccessibleFactories()
{
    static bool installed = false;
    if (!installed) {
        QAccessible::installFactory(factory);
        installed = true;
    }
}

Announcer::Announcer(QWidget* window) : QObject(window)
{
    installAccessibleFactories();
    m_label = new QLabel(window);
    m_label->setObjectName(QLatin1String(kAnnouncerObjectName));
    m_label->setGeometry(-10, -10, 1, 1);  // present to AT-SPI, invisible on screen
    m_label->hide();
    g_instance = this;
}

Announcer::~Announcer()
{
    if (g_instance == this)
        g_instance = nullptr;  // a station rebuilds its window; say() must not reach a dead one
}

Announcer* Announcer::instance()
{
    return g_instance;
}

void Announcer::announce(const QString& message, Priority)
{
    if (message.isEmpty() || !m_label)
        return;
    // Orca speaks the label when it becomes showing, with the text it has then: messages given in
    // the same turn of the event loop ("Borrowed X." then "Download started.") are joined into one
    // showing, else all but the last would be lost.
    if (!m_pending.contains(message))
        m_pending.append(message);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &Announcer::flush);
}

void Announcer::flush()
{
    m_flushScheduled = false;
    if (m_pending.isEmpty() || !m_label)
        return;
    const QString text = m_pending.join(QLatin1Char(' '));
    m_pending.clear();
    m_last = text;
    m_label->hide();
    m_label->setText(text);
    // A fresh "showing" state change per message: that is what Orca speaks.
    QTimer::singleShot(0, m_label, [label = m_label] {
        if (label)
            label->show();
    });
    Q_EMIT announced(text);
}

}  // namespace tingdu::accessibility::qt
