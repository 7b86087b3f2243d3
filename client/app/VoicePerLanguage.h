#pragma once
// Settings' voice per language: which eSpeak NG voice speaks each language, for the book's text
// and for passages in other languages alike.
#include <QObject>

class QComboBox;
class QFormLayout;
class QWidget;

namespace tingdu::client {

/// Two rows of FORM: "Voice language" (the speech languages the installed voices cover:
/// Mandarin, Cantonese, English, then the rest by name) and "Voice for this language" ("Chosen
/// by Tingdu", then that language's voices). A choice is saved at once under
/// speech/voice/<language> and changed() is emitted, so read-aloud and the interface's speech
/// follow. A station's locked voice disables the voice row for the language(s) it locks.
class VoicePerLanguage : public QObject {
    Q_OBJECT
public:
    VoicePerLanguage(QFormLayout* form, QWidget* parent);

    QComboBox* languageBox() const { return m_language; }
    QComboBox* voiceBox() const { return m_voice; }

Q_SIGNALS:
    void changed();

private:
    void showLanguage();  ///< fills the voice row for the chosen language
    void storeVoice();

    QComboBox* m_language = nullptr;
    QComboBox* m_voice = nullptr;
};

}  // namespace tingdu::client
