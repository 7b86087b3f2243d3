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

Announcer* Announcer::instance()
{
    return g_instance;
}

void Announcer::announce(const QString& message, Priority)
{
    if (message.isEmpty() || !m_label)
        return;
    m_last = message;
    m_label->hide();
    m_label->setText(message);
    // A fresh "showing" state change per message: that is what Orca speaks.
    QTimer::singleShot(0, m_label, [label = m_label] {
        if (label)
            label->show();
    });
    Q_EMIT announced(message);
}

}  // namespace tingdu::accessibility::qt
