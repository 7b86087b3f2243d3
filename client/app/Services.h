#pragma once
// What the places share: the shelf database, the HTTPS client and the catalog session.
// Created once by the main window on the GUI thread; the libraries behind it are thread-safe,
// so workers may use them too.
#include <QObject>
#include <QString>
#include <memory>

#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/CredentialStore.h"
#include "tingdu/catalog/HttpsClient.h"
#include "tingdu/catalog/ShelfDatabase.h"

namespace tingdu::client {

class Services : public QObject {
    Q_OBJECT
public:
    explicit Services(QObject* parent = nullptr);
    ~Services() override;

    /// Null when the database could not be opened (openError() says why); the app still runs.
    catalog::ShelfDatabase* shelf() const { return m_shelf.get(); }
    QString openError() const { return m_openError; }
    catalog::CatalogSession& session() { return *m_session; }
    catalog::MemoryCredentialStore& credentials() { return *m_credentials; }
    /// Forgets every library card and signed-in session.
    void signOutAll();
    const catalog::HttpsClient& http() const { return *m_http; }

    /// The shelf id of a local file: stable across runs for the same absolute path.
    static QString localId(const QString& path);

Q_SIGNALS:
    /// Books, loans or positions changed: shelf views reload.
    void shelfChanged();

private:
    std::unique_ptr<catalog::ShelfDatabase> m_shelf;
    QString m_openError;
    std::unique_ptr<catalog::HttpsClient> m_http;
    std::unique_ptr<catalog::MemoryCredentialStore> m_credentials;
    std::unique_ptr<catalog::CatalogSession> m_session;
};

}  // namespace tingdu::client
