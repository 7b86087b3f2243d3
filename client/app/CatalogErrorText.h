#pragma once
// Words a catalog error for a person: one sentence saying what happened and what to do.
#include <QString>

#include "tingdu/catalog/Result.h"

namespace tingdu::client {

QString describeCatalogError(const catalog::Error& error);

}  // namespace tingdu::client
