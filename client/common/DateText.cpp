#include "DateText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tingdu::client {

QString describeDate(const QString& iso)
{
    const QString text = iso.trimmed();
    const QLocale locale;
    // A bare date ("2031-06-30") is a day, not a moment: no time zone applies.
    // (QDate alone would also read the date part of a full timestamp and drop its zone.)
    if (const QDate day = QDate::fromString(text, Qt::ISODate); day.isValid() && text.size() == 10)
        return locale.toString(day, QLocale::LongFormat);
    QDateTime moment = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!moment.isValid())
        moment = QDateTime::fromString(text, Qt::ISODate);
    if (!moment.isValid())
        return iso;
    const QDateTime utc = moment.toUTC();
    // Libraries write due dates as midnight UTC: that names a day, and a time would mislead.
    if (utc.time() == QTime(0, 0))
        return locale.toString(utc.date(), QLocale::LongFormat);
    const QDateTime local = moment.toLocalTime();
    return QCoreApplication::translate("tingdu::client", "%1 at %2")
        .arg(locale.toString(local.date(), QLocale::LongFormat),
             locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace tingdu::client
