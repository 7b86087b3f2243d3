#include "ErrorText.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tingdu::client {

QString describeError(const media::Error& error, bool fullPath)
{
    using media::ErrorCode;
    const QString subject = QString::fromStdString(error.subject);
    const QString name = subject.isEmpty() || fullPath ? subject : QFileInfo(subject).fileName();
    QString what;
    switch (error.code) {
    case ErrorCode::NotFound:
        what = QCoreApplication::translate("ErrorText", "“%1” was not found. Check the name and the folder.");
        break;
    case ErrorCode::PermissionDenied:
        what = QCoreApplication::translate("ErrorText", "“%1” cannot be read: permission denied.");
        break;
    case ErrorCode::Empty:
        what = QCoreApplication::translate("ErrorText", "“%1” is empty; there is nothing to open.");
        break;
    case ErrorCode::Unsupported:
        what = QCoreApplication::translate("ErrorText", "“%1” is not a book or audio format Tingdu can open.");
        break;
    case ErrorCode::Corrupt:
        what = QCoreApplication::translate("ErrorText", "“%1” is damaged and cannot be opened completely.");
        break;
    case ErrorCode::DrmProtected:
        what = QCoreApplication::translate("ErrorText", "“%1” is protected by DRM and cannot be opened here.");
        break;
    case ErrorCode::TooLarge:
        what = QCoreApplication::translate("ErrorText", "“%1” is larger than Tingdu allows for safety.");
        break;
    case ErrorCode::UnsafeContent:
        what = QCoreApplication::translate("ErrorText", "“%1” contains unsafe content and was not opened.");
        break;
    case ErrorCode::Network:
        what = QCoreApplication::translate("ErrorText", "Could not reach the server for “%1”. Check the connection and try again.");
        break;
    case ErrorCode::Tls:
        what = QCoreApplication::translate("ErrorText", "The server for “%1” did not prove its identity; the connection was refused.");
        break;
    case ErrorCode::Unauthorized:
        what = QCoreApplication::translate("ErrorText", "The server refused access to “%1”. Sign in again.");
        break;
    case ErrorCode::Io:
        what = QCoreApplication::translate("ErrorText", "Reading or writing “%1” failed. Check the disk.");
        break;
    case ErrorCode::Cancelled:
        what = QCoreApplication::translate("ErrorText", "Opening “%1” was cancelled.");
        break;
    case ErrorCode::InvalidArgument:
    case ErrorCode::Internal:
        what = QCoreApplication::translate("ErrorText", "Something went wrong with “%1”.");
        break;
    }
    return what.arg(name.isEmpty() ? subject : name);
}

}  // namespace tingdu::client
