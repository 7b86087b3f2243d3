#pragma once
// resolveUrl() for parsers that hold the href as a view into their input: the two forms feeds use
// for nearly every link (absolute http(s), root-relative) are built without a temporary string.
#include <string>
#include <string_view>

namespace tingdu::catalog {

std::string resolveHref(const std::string& base, std::string_view href);

} // namespace tingdu::catalog
