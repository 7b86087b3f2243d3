#pragma once
// The first thing every visitor meets: what the station is and which keys to use, spoken.
#include <QWidget>

class QLabel;
class QPushButton;

namespace tingdu::station {

class WelcomePage : public QWidget {
    Q_OBJECT
public:
    /// IDLEMINUTES is said in the instructions; LANGUAGE is the one in use ("zh_CN" or "en").
    WelcomePage(int idleMinutes, const QString& language, QWidget* parent = nullptr);

    /// The heading and the instructions, as one text to speak.
    QString spokenText() const;
    QWidget* firstFocus() const;

Q_SIGNALS:
    void startRequested();
    void repeatRequested();
    /// The other interface language was chosen ("en" or "zh_CN").
    void languageRequested(const QString& language);

private:
    QLabel* m_heading = nullptr;
    QLabel* m_instructions = nullptr;
    QPushButton* m_start = nullptr;
};

}  // namespace tingdu::station
