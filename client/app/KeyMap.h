#pragma once
// The remappable keyboard map: every command is a QAction with a stable id ("reader.nextHeading"),
// a default key and, when the reader changed it, their own key kept in settings (keys/<id>).
#include <QHash>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace tingdu::client {

class KeyMap : public QObject {
    Q_OBJECT
public:
    static KeyMap& instance();

    /// Makes ACTION a mapped command: gives it ID as object name, the stored key (or DEFAULTKEY)
    /// and, when SCOPE is given, adds it to SCOPE so the key works wherever focus is inside it.
    QAction* add(QAction* action, const QString& id, const QKeySequence& defaultKey, QWidget* scope = nullptr);
    /// Convenience: a new action with TEXT owned by SCOPE.
    QAction* create(QWidget* scope, const QString& id, const QString& text, const QKeySequence& defaultKey);

    QList<QAction*> actions() const;
    QKeySequence defaultKey(const QString& id) const { return m_defaults.value(id); }
    /// Stores KEY for ID (an empty sequence removes the key) and applies it at once.
    void setKey(const QString& id, const QKeySequence& key);
    void resetAll();
    /// The id of another action of the same scope already using KEY, or "".
    QString conflict(const QString& id, const QKeySequence& key) const;

    /// "Key: what it does" lines for the commands whose id starts with PREFIX ("reader.").
    QStringList describe(const QString& prefix) const;

Q_SIGNALS:
    void changed();

private:
    KeyMap() = default;
    QHash<QString, QPointer<QAction>> m_actions;
    QHash<QString, QKeySequence> m_defaults;
    QStringList m_order;
};

}  // namespace tingdu::client
