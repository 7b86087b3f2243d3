#pragma once
// The administrator's way out of station mode: a titled dialog with a labelled PIN field.
#include <QDialog>

class QLabel;
class QLineEdit;

namespace tingdu::station {

struct StationConfig;

class AdminPinDialog : public QDialog {
    Q_OBJECT
public:
    AdminPinDialog(const StationConfig& config, QWidget* parent = nullptr);

Q_SIGNALS:
    /// A wrong PIN was given; MESSAGE says so (shown in the dialog, and for announcing).
    void refused(const QString& message);

private:
    void tryPin();

    const StationConfig& m_config;
    QLineEdit* m_pin = nullptr;
    QLabel* m_message = nullptr;
    int m_failures = 0;
};

}  // namespace tingdu::station
