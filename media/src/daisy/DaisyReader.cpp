#include "../core/Readers.h"

namespace tingdu::media {

// Placeholders until the DAISY readers land (issue 9): recognised, not yet opened.
Result<std::unique_ptr<Publication>> openDaisy202(const std::string& path)
{
    return makeError(ErrorCode::Unsupported, "DAISY 2.02 books are recognised but cannot be opened yet", path);
}

Result<std::unique_ptr<Publication>> openDaisy3(const std::string& path)
{
    return makeError(ErrorCode::Unsupported, "DAISY 3 books are recognised but cannot be opened yet", path);
}

}  // namespace tingdu::media
