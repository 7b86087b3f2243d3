#pragma once
#include "Place.h"

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace tingdu::client {

class Services;

/// Appearance, reading text, speech, audio, keys and library accounts. Every change is saved
/// at once; the whole page scrolls, so nothing is lost at 400% scale.
class SettingsPlace : public Place {
    Q_OBJECT
public:
    SettingsPlace(Services& services, QWidget* parent = nullptr);
    QString title() const override { return tr("Settings"); }
    QWidget* initialFocus() override;

Q_SIGNALS:
    void readerStyleChanged();
    void speechChanged();

private:
    QWidget* buildAppearance();
    QWidget* buildSpeech();
    QWidget* buildAccounts();
    // Sound output and interface speech.
    void addOutputAndVoicing(QFormLayout* form);
    void fillOutputs();
    void showOutputState();
    void disableAdministered();
    void applyAppearance();
    QSpinBox* spin(const char* key, int def, int min, int max, const QString& suffix, const QString& name);
    QCheckBox* check(const char* key, bool def, const QString& text);

    Services& m_services;
    QComboBox* m_theme = nullptr;
    QSpinBox* m_textSize = nullptr;
    QComboBox* m_output = nullptr;
    QLabel* m_outputNote = nullptr;
};

}  // namespace tingdu::client
