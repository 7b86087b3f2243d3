#include "CatalogPlace.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace tingdu::client {

CatalogPlace::CatalogPlace(QWidget* parent) : Place(parent)
{
    auto* layout = new QVBoxLayout(this);
    auto* librariesLabel = new QLabel(tr("&Libraries"), this);
    m_libraries = new QListWidget(this);
    m_libraries->setAccessibleName(tr("Libraries"));
    librariesLabel->setBuddy(m_libraries);
    m_libraries->addItem(tr("Tingdu guide (offline)"));
    m_libraries->setCurrentRow(0);

    auto* form = new QFormLayout;
    m_address = new QLineEdit(this);
    m_address->setAccessibleName(tr("Catalog address"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Catalog &address:"), m_address);

    layout->addWidget(librariesLabel);
    layout->addWidget(m_libraries);
    layout->addLayout(form);
}

QWidget* CatalogPlace::initialFocus()
{
    return m_libraries;
}

}  // namespace tingdu::client
