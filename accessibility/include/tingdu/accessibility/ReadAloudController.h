#pragma once
// Read-aloud: walks a publication's text from a locator, sentence by sentence, speaking into a
// sink, and follows navigation commands at once (each command interrupts the sentence in
// progress, so no command waits for a long paragraph).
#include <functional>
#include <map>
#include <memory>
#include <string>

#include "tingdu/accessibility/Announcements.h"
#include "tingdu/accessibility/SpeechEngine.h"
#include "tingdu/media/AudioSink.h"
#include "tingdu/media/Content.h"
#include "tingdu/media/Publication.h"

namespace tingdu::accessibility {

struct ReadAloudSettings {
    Prosody prosody;
    std::string voice;                 ///< explicit voice for the book's language; "" = by language
    /// The listener's voice per speech language (speechLanguage(): "cmn", "yue", "en"...) →
    /// voice identifier, for the book's text and its xml:lang spans alike; missing or "" =
    /// Tingdu's choice (chooseVoice()). VOICE, when set, still wins for the book's language.
    std::map<std::string, std::string> voiceByLanguage;
    std::string defaultLanguage = "en";  ///< when neither block nor document says
    int sentencePauseMs = 0;           ///< extra silence after each sentence
    int paragraphPauseMs = 200;        ///< extra silence after each block
    Announcements announcements;
};

/// What is being spoken, for highlighting. Offsets are UTF-8 bytes into the block's text.
struct SpokenRange {
    enum class Kind { Sentence, Word };
    Kind kind = Kind::Sentence;
    std::size_t documentIndex = 0;
    std::size_t blockIndex = 0;
    std::string blockId;
    std::size_t begin = 0;
    std::size_t end = 0;
};

struct WhereAmI {
    std::string chapter;    ///< TOC title of the current chapter, else the document's title
    std::string pageLabel;  ///< the last page break at or before the position; "" if none yet
    double percent = 0;     ///< 0..100 through the publication's text
    media::Locator locator;
};

enum class PlaybackState { Stopped, Playing, Paused };
enum class StopAfter { Nothing, Sentence, Paragraph, Chapter };

/// Callbacks come from the controller's worker thread. They must return quickly and must not
/// call back into the controller synchronously in a way that waits for the worker (queueing a
/// command is fine). A Qt caller forwards them with a queued signal.
struct ReadAloudCallbacks {
    std::function<void(const SpokenRange&)> onRange;
    std::function<void(PlaybackState)> onState;
    std::function<void(const media::Error&)> onError;  ///< a document that failed, the sink failing
    std::function<void()> onEndOfBook;
};

/// Owns a worker thread that is the only user of ENGINE and SINK while the controller lives,
/// except that every command calls SINK.reset() from the commanding thread, so a sink whose
/// write() blocks for pacing must let reset() release it from another thread.
/// TEXT (and PUBLICATION, used for the TOC, may be null) must outlive the controller. All
/// public methods are thread-safe and return at once; the work happens on the worker.
class ReadAloudController {
public:
    ReadAloudController(SpeechEngine& engine, const media::TextContent& text, media::AudioSink& sink,
                        ReadAloudCallbacks callbacks, const media::Publication* publication = nullptr);
    ~ReadAloudController();  ///< stops, joins the worker, closes the sink
    ReadAloudController(const ReadAloudController&) = delete;
    ReadAloudController& operator=(const ReadAloudController&) = delete;

    void setSettings(const ReadAloudSettings& settings);

    /// Starts reading at FROM (href or readingOrderIndex picks the document, blockId the block,
    /// charOffset the place in it).
    void play(const media::Locator& from);
    void pause();   ///< keeps the position; resume() restarts the interrupted sentence
    void resume();
    void stop();    ///< silence within one eSpeak buffer; the position is kept

    void nextSentence();
    void previousSentence();
    void nextParagraph();
    void previousParagraph();
    void nextHeading(int level = 0);  ///< level 0: any heading
    void previousHeading(int level = 0);
    void nextPage();
    void previousPage();
    void stopAfter(StopAfter when);

    PlaybackState state() const;
    media::Locator position() const;
    WhereAmI whereAmI() const;

private:
    struct Worker;
    std::unique_ptr<Worker> m_worker;
};

}  // namespace tingdu::accessibility
