#include "PlayerPlace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tingdu::client {

PlayerPlace::PlayerPlace(QWidget* parent) : Place(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_nowPlaying = new QLabel(tr("Nothing is playing. Open an audiobook from the Shelf."), this);
    m_nowPlaying->setWordWrap(true);
    layout->addWidget(m_nowPlaying);

    auto* transport = new QHBoxLayout;
    m_play = new QPushButton(tr("Play"), this);
    m_play->setEnabled(false);
    transport->addWidget(m_play);
    layout->addLayout(transport);
    layout->addStretch();
}

QWidget* PlayerPlace::initialFocus()
{
    return m_nowPlaying;
}

}  // namespace tingdu::client
