#include "KeymapEditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLabel>
#include <QPushButton>
#include <QListWidget>
#include <QVBoxLayout>

#include "KeyMap.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {
/// Records one key combination. Not QKeySequenceEdit: that one records Tab too (a trap for
/// keyboard users) and shows screen readers an unnamed inner field. Plain Tab and Shift+Tab leave.
class KeyCaptureEdit : public QLineEdit {
public:
    using QLineEdit::QLineEdit;
    QKeySequence keySequence() const { return m_key; }
    void clear()
    {
        m_key = {};
        setText({});
    }

protected:
    bool event(QEvent* e) override
    {
        if (e->type() == QEvent::ShortcutOverride) {
            e->accept();  // every key comes here first, not to the app's shortcuts
            return true;
        }
        return QLineEdit::event(e);
    }
    void keyPressEvent(QKeyEvent* e) override
    {
        const int key = e->key();
        const auto mods = e->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier | Qt::MetaModifier);
        if ((key == Qt::Key_Tab || key == Qt::Key_Backtab) && (mods & ~Qt::ShiftModifier) == Qt::NoModifier) {
            focusNextPrevChild(key == Qt::Key_Tab && !(mods & Qt::ShiftModifier));
            return;
        }
        if (key == Qt::Key_Control || key == Qt::Key_Shift || key == Qt::Key_Alt || key == Qt::Key_Meta ||
            key == Qt::Key_unknown)
            return;
        if (key == Qt::Key_Backspace && mods == Qt::NoModifier) {
            clear();
            return;
        }
        m_key = QKeySequence(QKeyCombination(mods, static_cast<Qt::Key>(key)));
        setText(m_key.toString(QKeySequence::NativeText));
    }

private:
    QKeySequence m_key;
};
}  // namespace

KeymapEditor::KeymapEditor(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(tr("&Commands and their keys"), this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Commands and their keys"));
    m_list->setMinimumHeight(160);
    label->setBuddy(m_list);

    auto* row = new QHBoxLayout;
    auto* keyLabel = new QLabel(tr("New ke&y:"), this);
    m_edit = new KeyCaptureEdit(this);
    m_edit->setReadOnly(false);
    m_edit->setAccessibleName(tr("New key"));
    m_edit->setAccessibleDescription(tr("Press the key combination for the selected command; Backspace clears it"));
    keyLabel->setBuddy(m_edit);
    m_assign = new QPushButton(tr("Assign key"), this);
    auto* clear = new QPushButton(tr("Clear key"), this);
    auto* reset = new QPushButton(tr("Reset all keys"), this);
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
        static_cast<KeyCaptureEdit*>(m_edit)->clear();
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
    const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    for (QAction* a : KeyMap::instance().actions()) {
        QString text = a->text();
        text.remove(QLatin1Char('&'));
        const QString key = a->shortcut().isEmpty() ? tr("no key") : a->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QListWidgetItem(tr("%1: %2").arg(text, key), m_list);
        item->setData(Qt::UserRole, a->objectName());
        item->setData(Qt::UserRole + 1, text);
        if (a->objectName() == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
}

void KeymapEditor::assign()
{
    auto* item = m_list->currentItem();
    if (!item)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const QString command = item->data(Qt::UserRole + 1).toString();
    const QKeySequence key = static_cast<KeyCaptureEdit*>(m_edit)->keySequence();
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
        announcer->announce(key.isEmpty() ? tr("Key removed from %1").arg(command)
                                          : tr("%1 now has the key %2").arg(command, key.toString(QKeySequence::NativeText)));
    m_list->setFocus();
}

}  // namespace tingdu::client
