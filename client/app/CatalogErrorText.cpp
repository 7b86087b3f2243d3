#include "CatalogErrorText.h"

#include <QCoreApplication>
#include <QUrl>

#include "DateText.h"

namespace tingdu::client {

QString describeCatalogError(const catalog::Error& error)
{
    using catalog::ErrorCode;
    const auto tr = [](const char* s) { return QCoreApplication::translate("tingdu::client", s); };
    const QString subject = QString::fromStdString(error.subject);
    const QUrl url(subject);
    const QString host = url.host().isEmpty() ? subject : url.host();
    switch (error.code) {
    case ErrorCode::Offline: return tr("The library at %1 cannot be reached. Check the connection and try again.").arg(host);
    case ErrorCode::Dns: return tr("The address %1 was not found. Check the catalog address.").arg(host);
    case ErrorCode::Timeout: return tr("The library at %1 did not answer in time. Try again later.").arg(host);
    case ErrorCode::ConnectionLost: return tr("The connection to %1 was lost. Try again.").arg(host);
    case ErrorCode::Tls: return tr("The library at %1 did not prove its identity; Tingdu refused the connection.").arg(host);
    case ErrorCode::Unauthorized:
        return tr("Sign-in failed: the library did not accept the card number or PIN; check them and sign in again.");
    case ErrorCode::Forbidden: return tr("The library refused this request.");
    case ErrorCode::NotFound: return tr("The library has no such page: %1.").arg(subject);
    case ErrorCode::Server: return tr("The library's server has a problem. Try again later.");
    case ErrorCode::Problem:
        return error.message.empty() ? tr("The library refused the request.")
                                     : tr("The library says: %1").arg(QString::fromStdString(error.message));
    case ErrorCode::MalformedBody: return tr("The page from %1 is not a catalog Tingdu can read.").arg(host);
    case ErrorCode::InsecureRedirect: return tr("The library tried to switch to an unencrypted connection; Tingdu refused.");
    case ErrorCode::Cancelled: return tr("Cancelled.");
    case ErrorCode::Checksum: return tr("The download was damaged on the way; try downloading again.");
    case ErrorCode::Io: return tr("Writing the book to disk failed. Check the free space.");
    case ErrorCode::Database: return tr("The shelf database failed; the change was not saved.");
    default: return tr("Something went wrong with %1: %2").arg(host, QString::fromStdString(error.message));
    }
}

QString describeAvailability(const catalog::Availability& a)
{
    using S = catalog::Availability::State;
    const auto tr = [](const char* s) { return QCoreApplication::translate("tingdu::client", s); };
    switch (a.state) {
    case S::Available:
        return a.copiesAvailable >= 0 ? tr("Available to borrow: %1 of %2 copies.").arg(a.copiesAvailable).arg(a.copiesTotal)
                                      : tr("Available to borrow.");
    case S::Unavailable: return tr("All copies are out; you can place a hold.");
    case S::Reserved: return a.holdPosition > 0 ? tr("On hold for you, number %1 in the queue.").arg(a.holdPosition)
                                                : tr("On hold for you.");
    case S::Ready: return tr("Your hold is ready to borrow.");
    case S::Loaned: return a.until.empty() ? tr("On loan to you.") : tr("On loan to you until %1.").arg(describeDate(QString::fromStdString(a.until)));
    case S::OpenAccess: return tr("Free to download.");
    case S::Unknown: break;
    }
    return {};
}

}  // namespace tingdu::client
