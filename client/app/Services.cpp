#include "Services.h"

#include <QDir>
#include <QFileInfo>

#include "AppPaths.h"

namespace tingdu::client {

Services::Services(QObject* parent) : QObject(parent)
{
    const QString path = dataDirectory() + QStringLiteral("/shelf.sqlite");
    auto opened = catalog::ShelfDatabase::open(path.toStdString());
    if (opened)
        m_shelf = std::move(opened.value());
    else
        m_openError = tr("The shelf database “%1” could not be opened; books and positions will not be kept.")
                          .arg(QDir::toNativeSeparators(path));
    catalog::HttpsOptions options;
    // A library's own CA (tests, provincial servers with a private PKI).
    const QString ca = qEnvironmentVariable("TINGDU_CA_FILE");
    options.caFile = ca.toStdString();
    m_http = std::make_unique<catalog::HttpsClient>(options);
    m_credentials = std::make_unique<catalog::MemoryCredentialStore>();
    m_session = std::make_unique<catalog::CatalogSession>(*m_http, m_credentials.get(), m_shelf.get());
}

void Services::signOutAll()
{
    // A fresh session and store: nothing of the old sign-ins survives.
    m_session.reset();
    m_credentials = std::make_unique<catalog::MemoryCredentialStore>();
    m_session = std::make_unique<catalog::CatalogSession>(*m_http, m_credentials.get(), m_shelf.get());
}

Services::~Services() = default;

QString Services::localId(const QString& path)
{
    return QStringLiteral("local:") + QFileInfo(path).absoluteFilePath();
}

}  // namespace tingdu::client
