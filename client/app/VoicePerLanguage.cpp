#include "VoicePerLanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <algorithm>

#include "AppSettings.h"
#include "VoiceSettings.h"
#include "tingdu/accessibility/VoiceSelection.h"

namespace tingdu::client {

namespace acc = tingdu::accessibility;

VoicePerLanguage::VoicePerLanguage(QFormLayout* form, QWidget* parent) : QObject(parent)
{
    const auto& voices = installedVoices();
    m_language = new QComboBox(parent);
    m_language->setAccessibleName(tr("Voice language"));
    m_language->setAccessibleDescription(tr("Choose a language, then the voice that reads it"));
    for (const QString& key : speechLanguagesForSettings(voices))
        m_language->addItem(speechLanguageName(key, voices), key);
    // The interface's language first in view: most readers set their own language's voice.
    const QString own = QString::fromStdString(acc::speechLanguage(QLocale().bcp47Name().toStdString()));
    m_language->setCurrentIndex(std::max(0, m_language->findData(own)));
    auto* languageLabel = new QLabel(tr("Voice &language:"), parent);
    languageLabel->setBuddy(m_language);
    form->addRow(languageLabel, m_language);

    m_voice = new QComboBox(parent);
    m_voice->setAccessibleName(tr("Voice for this language"));
    auto* voiceLabel = new QLabel(tr("&Voice for this language:"), parent);
    voiceLabel->setBuddy(m_voice);
    form->addRow(voiceLabel, m_voice);
    if (voices.empty()) {
        m_language->setEnabled(false);
        m_voice->setEnabled(false);
        m_voice->addItem(tr("No voices: the speech synthesizer could not start"));
        return;
    }
    showLanguage();
    connect(m_language, &QComboBox::currentIndexChanged, this, &VoicePerLanguage::showLanguage);
    connect(m_voice, &QComboBox::currentIndexChanged, this, &VoicePerLanguage::storeVoice);
}

void VoicePerLanguage::showLanguage()
{
    const QString language = m_language->currentData().toString();
    const auto& voices = installedVoices();
    const auto own = acc::voicesForLanguage(language.toStdString(), voices);
    const QSignalBlocker quiet(m_voice);
    m_voice->clear();
    // Say which voice "Tingdu's choice" is, so the reader knows what they would change.
    const auto tingdus = std::find_if(own.begin(), own.end(), [&](const acc::Voice& v) {
        return v.identifier == acc::chooseVoice(language.toStdString(), voices);
    });
    m_voice->addItem(tingdus == own.end() ? tr("Chosen by Tingdu")
                                          : tr("Chosen by Tingdu: %1").arg(voiceDisplayName(*tingdus)),
                     QString());
    for (const acc::Voice& v : own)
        m_voice->addItem(voiceDisplayName(v), QString::fromStdString(v.identifier));

    auto settings = openSettings();
    const QString stored = QString::fromStdString([&] {
        const auto choices = storedVoiceChoices(*settings);
        const auto it = choices.find(language.toStdString());
        return it == choices.end() ? std::string() : it->second;
    }());
    int index = stored.isEmpty() ? 0 : m_voice->findData(stored);
    if (!stored.isEmpty() && index < 0)  // written by hand or by a station ("en-gb"): what speaks it
        index = m_voice->findData(QString::fromStdString(
            acc::installedVoiceOr(stored.toStdString(), language.toStdString(), voices)));
    m_voice->setCurrentIndex(std::max(0, index));

    // A library station may lock the voice: all languages' ("speech/voice") or one language's.
    const QStringList locked = qApp->property("tingduLockedSettings").toStringList();
    const bool isLocked = locked.contains(QLatin1String(keys::kVoice)) || locked.contains(voiceSettingsKey(language));
    m_voice->setEnabled(!isLocked);
    m_voice->setAccessibleDescription(isLocked ? tr("Set by the library") : QString());
}

void VoicePerLanguage::storeVoice()
{
    const QString key = voiceSettingsKey(m_language->currentData().toString());
    const QString voice = m_voice->currentData().toString();
    auto settings = openSettings();
    migrateSingleVoice(*settings);  // an old single voice must not come back over this choice
    if (voice.isEmpty())
        settings->remove(key);
    else
        settings->setValue(key, voice);
    settings->sync();
    Q_EMIT changed();
}

}  // namespace tingdu::client
