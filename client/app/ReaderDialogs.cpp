#include "ReaderDialogs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tingdu::client {

NavPointDialog::NavPointDialog(const QString& title, const QString& listName,
                               const std::vector<media::NavPoint>& points, int current, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(title);
    setAccessibleName(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(listName, this);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(listName);
    label->setBuddy(m_tree);
    // Nest by level: each item goes under the nearest preceding item of a lower level.
    std::vector<QTreeWidgetItem*> stack;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const auto& p = points[i];
        const int level = std::max(1, p.level);
        while (static_cast<int>(stack.size()) >= level)
            stack.pop_back();
        auto* item = stack.empty() ? new QTreeWidgetItem(m_tree) : new QTreeWidgetItem(stack.back());
        item->setText(0, QString::fromStdString(p.title));
        item->setData(0, Qt::UserRole, static_cast<int>(i));
        stack.push_back(item);
        if (static_cast<int>(i) == current)
            m_tree->setCurrentItem(item);
    }
    m_tree->expandAll();
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Go"));
    layout->addWidget(label);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    auto accept = [this] {
        if (auto* item = m_tree->currentItem()) {
            m_chosen = item->data(0, Qt::UserRole).toInt();
            QDialog::accept();
        }
    };
    connect(buttons, &QDialogButtonBox::accepted, this, accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::itemActivated, this, accept);
    m_tree->setFocus();
    resize(520, 480);
}

BookmarksDialog::BookmarksDialog(catalog::ShelfDatabase& shelf, const QString& publicationId, QWidget* parent)
    : QDialog(parent), m_shelf(shelf), m_publicationId(publicationId)
{
    setWindowTitle(tr("Bookmarks"));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Bookmarks in this book"), this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Bookmarks in this book"));
    label->setBuddy(m_list);
    auto* row = new QHBoxLayout;
    auto* go = new QPushButton(tr("&Go to bookmark"), this);
    auto* note = new QPushButton(tr("Edit &note…"), this);
    auto* remove = new QPushButton(tr("&Delete bookmark"), this);
    auto* close = new QPushButton(tr("&Close"), this);
    for (auto* b : {go, note, remove, close})
        row->addWidget(b);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(row);
    auto accept = [this] {
        const int r = m_list->currentRow();
        if (r >= 0 && r < static_cast<int>(m_marks.size())) {
            m_locator = QString::fromStdString(m_marks[static_cast<std::size_t>(r)].locator);
            QDialog::accept();
        }
    };
    connect(go, &QPushButton::clicked, this, accept);
    connect(m_list, &QListWidget::itemActivated, this, accept);
    connect(note, &QPushButton::clicked, this, &BookmarksDialog::editNote);
    connect(remove, &QPushButton::clicked, this, &BookmarksDialog::removeCurrent);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    reload();
    m_list->setFocus();
    resize(560, 420);
}

void BookmarksDialog::reload()
{
    const int row = std::max(0, m_list->currentRow());
    m_list->clear();
    m_marks.clear();
    if (auto marks = m_shelf.bookmarks(m_publicationId.toStdString()))
        m_marks = marks.value();
    for (const auto& m : m_marks) {
        QString text = QString::fromStdString(m.label);
        if (!m.note.empty())
            text += tr(" — note: %1").arg(QString::fromStdString(m.note));
        auto* item = new QListWidgetItem(text, m_list);
        item->setData(Qt::AccessibleTextRole, text);
    }
    if (m_list->count() == 0) {
        auto* item = new QListWidgetItem(tr("No bookmarks yet. Ctrl+B in the reader adds one."), m_list);
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
}

void BookmarksDialog::editNote()
{
    const int r = m_list->currentRow();
    if (r < 0 || r >= static_cast<int>(m_marks.size()))
        return;
    auto& mark = m_marks[static_cast<std::size_t>(r)];
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Bookmark note"), tr("&Note:"),
                                                        QString::fromStdString(mark.note), &ok);
    if (ok && m_shelf.setBookmarkNote(mark.id, text.toStdString()))
        reload();
}

void BookmarksDialog::removeCurrent()
{
    const int r = m_list->currentRow();
    if (r >= 0 && r < static_cast<int>(m_marks.size()) && m_shelf.removeBookmark(m_marks[static_cast<std::size_t>(r)].id))
        reload();
}

}  // namespace tingdu::client
