#include "BookPlacement.h"

#include "NarrationMap.h"

namespace tingdu::client {

Placement placeFor(const media::Publication& publication)
{
    if (NarrationMap::hasNarration(publication))
        return {BookPlace::Reader, true};
    const bool daisy = publication.format() == media::Format::Daisy202 || publication.format() == media::Format::Daisy3;
    // A DAISY book with audio but no narrated text is an audio book with an NCC: a DAISY
    // player's user expects the player and its phrase, heading and page navigation.
    if (daisy && publication.audio())
        return {BookPlace::Player, false};
    if (publication.text() && publication.text()->documentCount() > 0)
        return {BookPlace::Reader, false};
    if (publication.audio())
        return {BookPlace::Player, false};
    return {BookPlace::Nowhere, false};
}

}  // namespace tingdu::client
