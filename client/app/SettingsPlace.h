#pragma once
#include "Place.h"

class QComboBox;
class QSpinBox;

namespace tingdu::client {

/// Theme, text size, language (voice, keys and accounts join as they arrive).
class SettingsPlace : public Place {
    Q_OBJECT
public:
    explicit SettingsPlace(QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    QWidget* initialFocus() override;

private:
    void applyAppearance();
    QComboBox* m_theme = nullptr;
    QSpinBox* m_textSize = nullptr;
};

}  // namespace tingdu::client
