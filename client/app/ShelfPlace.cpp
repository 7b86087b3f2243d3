#include "ShelfPlace.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "AppPaths.h"

namespace tingdu::client {

ShelfPlace::ShelfPlace(QWidget* parent) : Place(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Books on your shelf"), this);
    m_books = new QListWidget(this);
    m_books->setAccessibleName(tr("Books on your shelf"));
    label->setBuddy(m_books);
    layout->addWidget(label);
    layout->addWidget(m_books);
    reload();
}

QWidget* ShelfPlace::initialFocus()
{
    return m_books;
}

void ShelfPlace::reload()
{
    m_books->clear();
    const QDir guide(guideDirectory());
    const QStringList books = guide.entryList({QStringLiteral("*.epub")}, QDir::Files, QDir::Name);
    for (const QString& name : books) {
        auto* item = new QListWidgetItem(name, m_books);
        item->setData(Qt::UserRole, guide.filePath(name));
    }
    if (m_books->count() > 0)
        m_books->setCurrentRow(0);
}

}  // namespace tingdu::client
