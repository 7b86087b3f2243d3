#include "KeymapEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "KeyMap.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {
/// QKeySequenceEdit records Tab too, which traps keyboard users; plain Tab and Shift+Tab leave.
class KeyEdit : public QKeySequenceEdit {
public:
    using QKeySequenceEdit::QKeySequenceEdit;

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::KeyPress || e->type() == QEvent::ShortcutOverride) {
            auto* ke = static_cast<QKeyEvent*>(e);
            const auto mods = ke->modifiers() & ~Qt::ShiftModifier;
            if ((ke->key() == Qt::Key_Tab || ke->key() == Qt::Key_Backtab) && mods == Qt::NoModifier) {
                if (e->type() == QEvent::KeyPress)
                    focusNextPrevChild(ke->key() == Qt::Key_Tab && !(ke->modifiers() & Qt::ShiftModifier));
                else
                    e->ignore();
                return true;
            }
        }
        return QKeySequenceEdit::event(e);
    }
};
}  // namespace

KeymapEditor::KeymapEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Commands and their keys"), this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Command"), tr("Key")});
    m_list->setRootIsDecorated(false);
    m_list->setAccessibleName(tr("Commands and their keys"));
    m_list->setMinimumHeight(160);
    label->setBuddy(m_list);

    auto* row = new QHBoxLayout;
    auto* keyLabel = new QLabel(tr("New &key:"), this);
    m_edit = new KeyEdit(this);
    m_edit->setAccessibleName(tr("New key"));
    m_edit->setAccessibleDescription(tr("Press the key combination for the selected command"));
    keyLabel->setBuddy(m_edit);
    m_assign = new QPushButton(tr("&Assign key"), this);
    auto* clear = new QPushButton(tr("&Clear key"), this);
    auto* reset = new QPushButton(tr("Reset all &keys"), this);
    row->addWidget(keyLabel);
    row->addWidget(m_edit, 1);
    row->addWidget(m_assign);
    row->addWidget(clear);
    row->addWidget(reset);
    layout->addWidget(label);
    layout->addWidget(m_list);
    layout->addLayout(row);

    connect(m_assign, &QPushButton::clicked, this, &KeymapEditor::assign);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_edit->clear();
        assign();
    });
    connect(reset, &QPushButton::clicked, this, [] { KeyMap::instance().resetAll(); });
    connect(&KeyMap::instance(), &KeyMap::changed, this, &KeymapEditor::reload);
    reload();
}

QWidget* KeymapEditor::list() const
{
    return m_list;
}

void KeymapEditor::reload()
{
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toString() : QString();
    m_list->clear();
    for (QAction* a : KeyMap::instance().actions()) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        const QString key = a->shortcut().isEmpty() ? tr("no key") : a->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QTreeWidgetItem(m_list, {text, key});
        item->setData(0, Qt::UserRole, a->objectName());
        item->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(text, key));
        if (a->objectName() == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void KeymapEditor::assign()
{
    auto* item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    const QKeySequence key = m_edit->keySequence();
    auto& map = KeyMap::instance();
    const QString clash = map.conflict(id, key);
    auto* announcer = accessibility::qt::Announcer::instance();
    if (!clash.isEmpty()) {
        if (announcer)
            announcer->announce(tr("%1 is already the key of another command; choose another key.")
                                    .arg(key.toString(QKeySequence::NativeText)));
        return;
    }
    map.setKey(id, key);
    if (announcer)
        announcer->announce(key.isEmpty() ? tr("Key removed from %1").arg(item->text(0))
                                          : tr("%1 now has the key %2").arg(item->text(0), key.toString(QKeySequence::NativeText)));
    m_list->setFocus();
}

}  // namespace tingdu::client
