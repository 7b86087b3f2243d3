#pragma once
// Poco network exceptions → distinct catalog Errors with human sentences.
#include <Poco/Exception.h>

#include <string>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog::net {

/// Classifies a failure while connecting or reading; afterHeaders says the answer had begun.
Error transportError(const Poco::Exception& e, const std::string& url, bool afterHeaders);

}  // namespace tingdu::catalog::net
