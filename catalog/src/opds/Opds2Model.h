#pragma once
// OPDS 2.0 JSON (simdjson DOM) → the Feed model: publications, links, and the feed's own parts.
#include "tingdu/catalog/Feed.h"

#include <simdjson.h>

namespace tingdu::catalog::opds2 {

using Element = simdjson::dom::element;

/// Relative links resolve against baseUrl (the feed's URL).
Entry toEntry(Element publication, const std::string& baseUrl);
/// The feed's metadata, links, navigation, facets and groups (the root object, publications aside).
void fillFeedLevel(Feed& feed, Element root);
Availability::State availabilityState(std::string_view state);

} // namespace tingdu::catalog::opds2
