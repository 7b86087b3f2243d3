#include "AdminPinDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include "StationConfig.h"

namespace tingdu::station {

AdminPinDialog::AdminPinDialog(const StationConfig& config, QWidget* parent) : QDialog(parent), m_config(config)
{
    setWindowTitle(tr("Station administrator"));
    setAccessibleName(windowTitle());
    m_pin = new QLineEdit(this);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setAccessibleName(tr("Administrator PIN"));
    auto* label = new QLabel(tr("Administrator &PIN:"), this);
    label->setBuddy(m_pin);
    m_message = new QLabel(config.hasAdminPin() ? QString()
                                                : tr("No administrator PIN is set in the station configuration."),
                           this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Message"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* leave = buttons->addButton(tr("&Leave station mode"), QDialogButtonBox::AcceptRole);
    leave->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdminPinDialog::tryPin);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(label, m_pin);
    form->addRow(m_message);
    form->addRow(buttons);
}

void AdminPinDialog::tryPin()
{
    if (m_config.checkPin(m_pin->text())) {
        accept();
        return;
    }
    m_pin->clear();
    ++m_failures;
    const QString message = tr("That PIN is not right. The station stays as it is.");
    m_message->setText(message);
    Q_EMIT refused(message);
    // Guessing gets slow: after three wrong PINs the field rests for a while.
    if (m_failures >= 3) {
        m_pin->setEnabled(false);
        QTimer::singleShot(10000 * (m_failures - 2), m_pin, [pin = m_pin] {
            pin->setEnabled(true);
            pin->setFocus();
        });
    }
}

}  // namespace tingdu::station
