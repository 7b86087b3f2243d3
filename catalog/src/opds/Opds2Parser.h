#pragma once
// OPDS 2 from a body already in memory (parseFeed), without copying it into a stream first.
#include "tingdu/catalog/FeedParser.h"

#include <string_view>

namespace tingdu::catalog::opds2 {

Result<Feed> parseBody(std::string_view body, const std::string& baseUrl, const EntrySink& sink = {},
                       const ParseLimits& limits = {});

} // namespace tingdu::catalog::opds2
