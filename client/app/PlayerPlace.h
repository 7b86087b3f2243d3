#pragma once
#include "Place.h"

class QLabel;
class QPushButton;

namespace tingdu::client {

/// Audiobooks and audio DAISY: transport, chapters, speed, sleep timer.
class PlayerPlace : public Place {
    Q_OBJECT
public:
    explicit PlayerPlace(QWidget* parent = nullptr);
    QString title() const override { return tr("Player"); }
    QWidget* initialFocus() override;

private:
    QLabel* m_nowPlaying = nullptr;
    QPushButton* m_play = nullptr;
};

}  // namespace tingdu::client
