#pragma once
// Dates from catalogs and the shelf (ISO 8601, e.g. a loan's "until") worded for people.
#include <QString>

namespace tingdu::client {

/// ISO as the default locale's (the interface language's) long date: "June 30, 2031",
/// "2031年6月30日星期一". A moment other than midnight UTC adds its local time of day.
/// Text that is not an ISO date is returned unchanged rather than lost.
QString describeDate(const QString& iso);

} // namespace tingdu::client
