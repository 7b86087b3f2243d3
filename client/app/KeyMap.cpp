#include "KeyMap.h"

#include <QAction>
#include <QWidget>

#include "AppSettings.h"

namespace tingdu::client {

namespace {
QString settingsKey(const QString& id)
{
    return QStringLiteral("keys/") + id;
}

QString scopeOf(const QString& id)
{
    return id.section(QLatin1Char('.'), 0, 0);
}
}  // namespace

KeyMap& KeyMap::instance()
{
    static KeyMap* map = new KeyMap;  // lives as long as the app; actions are owned by widgets
    return *map;
}

QAction* KeyMap::add(QAction* action, const QString& id, const QKeySequence& defaultKey, QWidget* scope)
{
    action->setObjectName(id);
    m_actions.insert(id, action);
    m_defaults.insert(id, defaultKey);
    if (!m_order.contains(id))
        m_order.append(id);
    auto settings = openSettings();
    const QVariant stored = settings->value(settingsKey(id));
    action->setShortcut(stored.isValid() ? QKeySequence(stored.toString(), QKeySequence::PortableText) : defaultKey);
    if (scope) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        scope->addAction(action);
    }
    return action;
}

QAction* KeyMap::create(QWidget* scope, const QString& id, const QString& text, const QKeySequence& defaultKey)
{
    return add(new QAction(text, scope), id, defaultKey, scope);
}

QList<QAction*> KeyMap::actions() const
{
    QList<QAction*> out;
    for (const QString& id : m_order)
        if (QAction* a = m_actions.value(id))
            out.append(a);
    return out;
}

void KeyMap::setKey(const QString& id, const QKeySequence& key)
{
    auto settings = openSettings();
    if (key == m_defaults.value(id))
        settings->remove(settingsKey(id));
    else
        settings->setValue(settingsKey(id), key.toString(QKeySequence::PortableText));
    if (QAction* a = m_actions.value(id))
        a->setShortcut(key);
    Q_EMIT changed();
}

void KeyMap::resetAll()
{
    auto settings = openSettings();
    settings->remove(QStringLiteral("keys"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        if (it.value())
            it.value()->setShortcut(m_defaults.value(it.key()));
    Q_EMIT changed();
}

QString KeyMap::conflict(const QString& id, const QKeySequence& key) const
{
    if (key.isEmpty())
        return {};
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it) {
        if (it.key() == id || !it.value() || it.value()->shortcut() != key)
            continue;
        // Window-wide commands clash with everything; place commands only within their place.
        const QString a = scopeOf(id), b = scopeOf(it.key());
        if (a == b || a == QLatin1String("app") || b == QLatin1String("app"))
            return it.key();
    }
    return {};
}

QStringList KeyMap::describe(const QString& prefix) const
{
    QStringList lines;
    for (QAction* a : actions()) {
        if (!a->objectName().startsWith(prefix) || a->shortcut().isEmpty())
            continue;
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        lines.append(tr("%1: %2").arg(a->shortcut().toString(QKeySequence::NativeText), text));
    }
    return lines;
}

}  // namespace tingdu::client
