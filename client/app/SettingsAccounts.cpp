#include "SettingsAccounts.h"

#include <QCoreApplication>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <functional>
#include <memory>

#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {
// Runs WORK on a worker and DONE with its result on the GUI thread, if WIDGET still exists.
template <typename T>
void onWorker(QWidget* widget, std::function<T()> work, std::function<void(T)> done)
{
    QPointer<QWidget> alive(widget);
    QThreadPool::globalInstance()->start([alive, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<T>(work());
        QMetaObject::invokeMethod(qApp, [alive, done, result] {
            if (alive)
                done(std::move(*result));
        }, Qt::QueuedConnection);
    });
}
}  // namespace

SettingsAccounts::SettingsAccounts(Services& services, QWidget* parent)
    : QGroupBox(tr("Library accounts"), parent), m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    m_storage = new QLabel(storageText(), this);
    m_storage->setWordWrap(true);
    auto* listLabel = new QLabel(tr("&Library accounts"), this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Library accounts"));
    m_list->setAccessibleDescription(tr("Libraries you are signed in to, with the end of the card number"));
    listLabel->setBuddy(m_list);
    m_signOut = new QPushButton(tr("Sign &out and forget the card"), this);
    m_signOut->setAccessibleDescription(tr("Signs out of the selected library and removes its card from this computer"));
    m_signOutAll = new QPushButton(tr("Sign out of all librar&ies"), this);
    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setAccessibleDescription(tr("Accounts status"));
    layout->addWidget(m_storage);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_signOut);
    layout->addWidget(m_signOutAll);
    layout->addWidget(m_result);

    connect(m_signOut, &QPushButton::clicked, this, &SettingsAccounts::signOutSelected);
    connect(m_signOutAll, &QPushButton::clicked, this, &SettingsAccounts::signOutAll);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        m_signOut->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    connect(&m_services, &Services::accountsChanged, this, [this] {
        if (isVisible())
            reload();
    });
    m_signOut->setEnabled(false);
}

QString SettingsAccounts::storageText() const
{
    if (m_services.stationMode())
        return tr("At a library station, library cards are kept only during your visit and forgotten when you finish.");
    const KeyringCredentialStore* keyring = m_services.credentials().keyring();
    const KeyringStatus status = keyring ? keyring->status() : KeyringStatus::NoService;
    if (status == KeyringStatus::Available || status == KeyringStatus::Unknown)
        return tr("Library cards you sign in with are remembered in this computer's keyring, never in a file.");
    return keyringProblemText(status);
}

void SettingsAccounts::showEvent(QShowEvent* event)
{
    QGroupBox::showEvent(event);
    reload();
}

void SettingsAccounts::reload()
{
    if (m_loading)
        return;
    m_loading = true;
    KeyringSessionStore* store = &m_services.credentials();
    onWorker<std::vector<KeyringSessionStore::Account>>(this, [store] { return store->accounts(); },
        [this](std::vector<KeyringSessionStore::Account> accounts) {
            m_loading = false;
            const QString current = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
            m_list->clear();
            for (const auto& a : accounts) {
                const QString id = QString::fromStdString(a.libraryId);
                const QString where = a.remembered ? tr("remembered on this computer") : tr("for this session only");
                const QString card = a.maskedCard.empty() ? tr("signed in with a token")
                                                          : tr("card %1").arg(QString::fromStdString(a.maskedCard));
                const QString details = tr("%1, %2").arg(card, where);
                auto* item = new QListWidgetItem(tr("%1 — %2").arg(id, details), m_list);
                item->setData(Qt::UserRole, id);
                item->setData(Qt::AccessibleTextRole, id);
                item->setData(Qt::AccessibleDescriptionRole, details);
                if (id == current)
                    m_list->setCurrentItem(item);
            }
            if (accounts.empty())
                m_list->addItem(new QListWidgetItem(tr("No library accounts")));
            if (!m_list->currentItem())
                m_list->setCurrentRow(0);
            m_signOut->setEnabled(!accounts.empty());
            m_signOutAll->setEnabled(!accounts.empty());
            m_storage->setText(storageText());
        });
}

void SettingsAccounts::report(const QString& text)
{
    m_result->setText(text);
    accessibility::qt::Announcer::say(text);
}

void SettingsAccounts::signOutSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (id.isEmpty())
        return;
    Services* services = &m_services;
    onWorker<catalog::Result<void>>(this, [services, id] { return services->forgetCard(id.toStdString()); },
        [this, id](catalog::Result<void> r) {
            m_services.restartSession();  // also when the keyring refused: this run forgets the card
            if (r)
                report(tr("Signed out of %1; its card is forgotten.").arg(id));
            else
                report(tr("Signed out of %1, but the keyring could not delete its card: %2")
                           .arg(id, QString::fromStdString(r.error().message)));
        });
}

void SettingsAccounts::signOutAll()
{
    Services* services = &m_services;
    onWorker<int>(this, [services] {
        int failures = 0;
        for (const auto& account : services->credentials().accounts())
            failures += services->forgetCard(account.libraryId) ? 0 : 1;
        return failures;
    }, [this](int failures) {
        m_services.restartSession();
        report(failures == 0 ? tr("Signed out of all libraries; their cards are forgotten.")
                             : tr("Signed out of all libraries, but the keyring could not delete %n card(s).", nullptr, failures));
    });
}

}  // namespace tingdu::client
