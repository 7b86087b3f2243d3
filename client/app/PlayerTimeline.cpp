#include "PlayerTimeline.h"

#include "NarrationMap.h"

namespace tingdu::client {

media::Skippable playerSkippedKinds(const media::Publication& publication)
{
    using media::Skippable;
    const media::PhraseContent* phrases = media::phraseContent(publication);
    if (!phrases)
        return Skippable::None;
    if (const Skippable byBook = phrases->defaultSkipped(); media::any(byBook))
        return byBook;
    return Skippable::PageNumber | Skippable::Note | Skippable::NoteReference | Skippable::Sidebar |
           Skippable::ProducerNote;
}

media::Skippable playerStartSkipped(const media::Publication& publication, bool readAll)
{
    const media::PhraseContent* phrases = media::phraseContent(publication);
    if (readAll || !phrases)
        return media::Skippable::None;
    return phrases->defaultSkipped();
}

bool hasSkippable(const media::Publication& publication, media::Skippable kinds)
{
    const media::PhraseContent* phrases = media::phraseContent(publication);
    if (!phrases)
        return false;
    for (const media::Phrase& p : phrases->phrases())
        if (media::any(p.skippable & kinds))
            return true;
    return false;
}

PlayedTimeline skipOnTimeline(const media::AudioTimeline& full, const media::Publication& publication,
                              media::TimelineNavigator& navigator, media::Skippable skipped, double position)
{
    PlayedTimeline played;
    // The navigator maps the position through the full timeline, so it lands on the same phrase.
    played.position = navigator.setSkipped(skipped, position);
    played.timeline = NarrationMap::withoutSkipped(full, publication, skipped);
    return played;
}

} // namespace tingdu::client
