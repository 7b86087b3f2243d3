#pragma once
// Settings › Accounts: the libraries signed in to and the cards remembered in the keyring (card
// numbers masked), with "sign out and forget the card" per library and for all of them. The
// keyring is read and changed on a worker; results are shown and announced.
#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;

namespace tingdu::client {

class Services;

class SettingsAccounts : public QGroupBox {
    Q_OBJECT
public:
    SettingsAccounts(Services& services, QWidget* parent = nullptr);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void signOutSelected();
    void signOutAll();
    void report(const QString& text);
    QString storageText() const;

    Services& m_services;
    QLabel* m_storage = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_signOut = nullptr;
    QPushButton* m_signOutAll = nullptr;
    QLabel* m_result = nullptr;
    bool m_loading = false;
};

}  // namespace tingdu::client
