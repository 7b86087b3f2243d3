#include "ReaderPlace.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace tingdu::client {

ReaderPlace::ReaderPlace(QWidget* parent) : Place(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Book text"));
    m_text->setPlainText(tr("No book is open. Open one from the Shelf (Ctrl+1)."));
    layout->addWidget(m_text);
}

QWidget* ReaderPlace::initialFocus()
{
    return m_text;
}

}  // namespace tingdu::client
