#pragma once
// Words a library error for a person: one sentence saying what happened and what to do.
#include <QString>

#include "tingdu/media/Result.h"

namespace tingdu::client {

/// FULL_PATH names the subject by its whole path (the CLI) rather than its file name (the app).
QString describeError(const media::Error& error, bool fullPath = false);

}  // namespace tingdu::client
