#include "../core/Readers.h"

namespace tingdu::media {

// Placeholder until the audiobook engine lands (issue 3): recognised, not yet opened.
Result<std::unique_ptr<Publication>> openAudiobook(const std::string& path, Format)
{
    return makeError(ErrorCode::Unsupported, "audiobooks are recognised but cannot be opened yet", path);
}

}  // namespace tingdu::media
