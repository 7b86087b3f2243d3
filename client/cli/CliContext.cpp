#include "CliContext.h"

#include <QCoreApplication>

#include "ErrorText.h"

namespace tingdu::cli {

int CliContext::fail(const QString& message) const
{
    err << "tingdu-cli: " << message << Qt::endl;
    return 1;
}

int CliContext::fail(const media::Error& error) const
{
    QString message = client::describeError(error, true);
    if (!error.message.empty())
        message += QStringLiteral(" (") + QString::fromStdString(error.message) + QLatin1Char(')');
    return fail(message);
}

int CliContext::usage(const QString& message) const
{
    err << "tingdu-cli: " << message << Qt::endl
        << QCoreApplication::translate("tingdu-cli", "Run “tingdu-cli --help” for the commands.") << Qt::endl;
    return 2;
}

}  // namespace tingdu::cli
