#pragma once
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QPointer>
#include <QProgressBar>
#include <QThreadPool>

#include "Place.h"
#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/Result.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QComboBox;
class QProgressBar;
class QTextEdit;

namespace tingdu::client {

class Services;

/// Library catalogs: the offline guide catalog, any OPDS address; browse, search, facets, pages,
/// details with accessibility sentences, sign in, borrow, return, renew, holds, downloads.
/// Every network call runs on a worker; results come back as queued calls.
class CatalogPlace : public Place {
    Q_OBJECT
public:
    CatalogPlace(Services& services, QWidget* parent = nullptr);
    QString title() const override { return tr("Catalog"); }
    QWidget* initialFocus() override;
    QString helpPrefix() const override { return QStringLiteral("catalog."); }

Q_SIGNALS:
    void openRequested(const QString& id, const QString& path);

private:
    struct Row {
        enum Kind { Navigation, Publication } kind = Navigation;
        catalog::Link link;
        catalog::Entry entry;
    };
    void openFeed(const QString& url, bool remember = true);
    void showFeed(catalog::Feed feed);
    void searchCatalog();
    void showDetails();
    void activateRow();
    void borrow();
    void returnLoan();
    void renew();
    void download();
    void openLoans();
    /// Asks for the library card; then reopens RETRYURL, or runs THEN (the action that needed it).
    void signIn(const QString& retryUrl, std::function<void()> then = {});
    void lend(const QString& what, std::function<catalog::Result<catalog::Entry>()> call, const QString& done);
    void failed(const catalog::Error& error, const QString& retryUrl = {});
    void setBusy(const QString& what);
    const Row* currentRow() const;
    QString authorizationFor(const std::string& url);
    /// Runs WORK on a worker; DONE gets its result on the GUI thread (if this place still exists).
    template <typename T>
    void run(std::function<catalog::Result<T>()> work, std::function<void(catalog::Result<T>)> done);

    Services& m_services;
    QListWidget* m_libraries = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_feedTitle = nullptr;
    QListWidget* m_entries = nullptr;
    QComboBox* m_facets = nullptr;
    QTextEdit* m_details = nullptr;
    QPushButton* m_borrow = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_previous = nullptr;
    QProgressBar* m_progress = nullptr;
    std::optional<catalog::Feed> m_feed;
    std::vector<Row> m_rows;
    QStringList m_history;
};

template <typename T>
void CatalogPlace::run(std::function<catalog::Result<T>()> work, std::function<void(catalog::Result<T>)> done)
{
    QPointer<CatalogPlace> self(this);
    QThreadPool::globalInstance()->start([self, work, done] {
        auto result = std::make_shared<catalog::Result<T>>(work());
        QMetaObject::invokeMethod(qApp, [self, done, result] {
            if (self) {
                self->m_progress->setRange(0, 100);
                self->m_progress->setValue(0);
                done(std::move(*result));
            }
        }, Qt::QueuedConnection);
    });
}

}  // namespace tingdu::client
