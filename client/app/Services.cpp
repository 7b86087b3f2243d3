#include "Services.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "AppPaths.h"
#include "StationConfig.h"

namespace tingdu::client {

namespace {
// The rule station::runIfWanted() follows: --station, or the system configuration says so. A
// station's visitors share one computer account, so its keyring would outlive their visit.
bool runningAsStation()
{
    return QCoreApplication::arguments().contains(QStringLiteral("--station")) ||
           station::StationConfig::load(station::StationConfig::defaultPath()).stationMode;
}
}  // namespace

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
    m_station = runningAsStation();
    auto keyring = m_station ? nullptr : std::make_shared<KeyringCredentialStore>();
    m_credentials = std::make_unique<KeyringSessionStore>(std::move(keyring), !m_station);
    m_session = std::make_unique<catalog::CatalogSession>(*m_http, m_credentials.get(), m_shelf.get());
}

catalog::Result<void> Services::forgetCard(const std::string& libraryId)
{
    return m_credentials->remove(libraryId);
}

void Services::restartSession()
{
    // Workers may still hold the old session by reference: it is retired, not destroyed.
    m_retiredSessions.push_back(std::move(m_session));
    m_session = std::make_unique<catalog::CatalogSession>(*m_http, m_credentials.get(), m_shelf.get());
    Q_EMIT accountsChanged();
}

QString Services::takeCardNotice()
{
    const auto problem = m_credentials->takeRememberProblem();
    return problem ? keyringProblemText(*problem) : QString();
}

Services::~Services() = default;

QString Services::localId(const QString& path)
{
    return QStringLiteral("local:") + QFileInfo(path).absoluteFilePath();
}

}  // namespace tingdu::client
