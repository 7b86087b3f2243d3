#pragma once
// What the places share: the shelf database, the HTTPS client, the catalog session and the
// library cards (in memory for the run, remembered in the OS keyring except at a station).
// Created once by the main window on the GUI thread; the libraries behind it are thread-safe,
// so workers may use them too.
#include <QObject>
#include <QString>
#include <memory>
#include <vector>

#include "KeyringSessionStore.h"
#include "tingdu/catalog/CatalogSession.h"
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
    /// Thread-safe; calls that reach the keyring may wait for it (bounded): use them on workers.
    KeyringSessionStore& credentials() { return *m_credentials; }
    /// True at a library station: cards are never remembered beyond the visit.
    bool stationMode() const { return m_station; }

    /// Forgets LIBRARYID's card for the run and in the keyring (a worker's call: the keyring may
    /// be slow). Then call restartSession() on the GUI thread.
    catalog::Result<void> forgetCard(const std::string& libraryId);
    /// A fresh catalog session: no library stays signed in with a card that was forgotten.
    /// GUI thread only. The old session lives on for workers that still hold it.
    void restartSession();
    /// The sentence to show and speak when a card could not be remembered; given once, else empty.
    QString takeCardNotice();
    const catalog::HttpsClient& http() const { return *m_http; }

    /// The shelf id of a local file: stable across runs for the same absolute path.
    static QString localId(const QString& path);

Q_SIGNALS:
    /// Books, loans or positions changed: shelf views reload.
    void shelfChanged();
    /// A library was signed in to or out of: account lists reload.
    void accountsChanged();

private:
    std::unique_ptr<catalog::ShelfDatabase> m_shelf;
    QString m_openError;
    std::unique_ptr<catalog::HttpsClient> m_http;
    bool m_station = false;
    std::unique_ptr<KeyringSessionStore> m_credentials;
    std::unique_ptr<catalog::CatalogSession> m_session;
    std::vector<std::unique_ptr<catalog::CatalogSession>> m_retiredSessions;
};

}  // namespace tingdu::client
