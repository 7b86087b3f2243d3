#pragma once
// The JSON form of an opened publication, shared by `info --json` and the tests.
#include <QJsonObject>

#include "tingdu/media/Publication.h"

namespace tingdu::cli {

QJsonObject publicationToJson(const media::Publication& publication);

}  // namespace tingdu::cli
