#pragma once
// Words a catalog error for a person: one sentence saying what happened and what to do.
#include <QString>

#include "tingdu/catalog/Feed.h"
#include "tingdu/catalog/Result.h"

namespace tingdu::client {

QString describeCatalogError(const catalog::Error& error);
/// "Available to borrow: 2 of 3 copies.", "On loan to you until …"; "" when unknown.
QString describeAvailability(const catalog::Availability& availability);

}  // namespace tingdu::client
