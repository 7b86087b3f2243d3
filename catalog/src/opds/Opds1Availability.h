#pragma once
// Library Simplified / Palace availability rules for OPDS 1 acquisition links.
#include <string>

#include "tingdu/catalog/Feed.h"

namespace tingdu::catalog {

/// Maps an opds:availability status (or state) attribute to a state; unknown words stay Unknown.
Availability::State opds1AvailabilityState(const std::string& status);

/// Completes a link's availability the way Palace servers mean it: "available" on a plain
/// acquisition link is a loan; no status plus copies tells loanable or holdable; open access is free.
void inferOpds1Availability(Link& link, bool explicitStatus);

}  // namespace tingdu::catalog
