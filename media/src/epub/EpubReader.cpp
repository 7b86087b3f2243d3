#include "../core/Readers.h"

namespace tingdu::media {

// Placeholder until the EPUB reader lands (issue 4): recognised, not yet opened.
Result<std::unique_ptr<Publication>> openEpub(const std::string& path)
{
    return makeError(ErrorCode::Unsupported, "EPUB books are recognised but cannot be opened yet", path);
}

}  // namespace tingdu::media
