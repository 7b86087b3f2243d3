// Palace's availability inference (see Opds1Availability.h) in one place, shared by tests.
#include "opds/Opds1Availability.h"

namespace tingdu::catalog {

Availability::State opds1AvailabilityState(const std::string& status)
{
    using S = Availability::State;
    if (status == "available") return S::Available;
    if (status == "unavailable") return S::Unavailable;
    if (status == "reserved" || status == "held") return S::Reserved;
    if (status == "ready") return S::Ready;
    if (status == "loaned" || status == "borrowed") return S::Loaned;
    return S::Unknown;
}

void inferOpds1Availability(Link& link, bool explicitStatus)
{
    using S = Availability::State;
    auto& a = link.availability;
    const AcquisitionKind kind = link.acquisitionKind();
    if (kind == AcquisitionKind::None) return;
    if (kind == AcquisitionKind::OpenAccess) {
        a.state = S::OpenAccess;
        return;
    }
    if (explicitStatus) {
        // A plain acquisition link marked "available" is the reader's own loan.
        if (a.state == S::Available && kind == AcquisitionKind::Generic) a.state = S::Loaned;
        return;
    }
    if (kind == AcquisitionKind::Borrow) {
        if (a.copiesAvailable == 0) a.state = S::Unavailable;
        else if (a.copiesAvailable > 0 || a.copiesTotal > 0) a.state = S::Available;
    }
}

}  // namespace tingdu::catalog
