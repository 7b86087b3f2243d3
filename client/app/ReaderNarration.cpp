// ReaderPlace, continued: the book's own narration (media overlays, full-text DAISY) — play from
// the caret, highlight what is narrated, move the voice with the reading keys, speed.
#include <QAction>
#include <QLocale>
#include <QPushButton>
#include <QTextEdit>
#include <algorithm>

#include "AppSettings.h"
#include "KeyMap.h"
#include "Narration.h"
#include "ReadAloud.h"
#include "ReaderPlace.h"

namespace tingdu::client {

void ReaderPlace::setUpNarration()
{
    m_narration = new Narration(this);
    connect(m_narration, &Narration::fragment, this, &ReaderPlace::highlight);
    connect(m_narration, &Narration::stateChanged, this, &ReaderPlace::narrationState);
    connect(m_narration, &Narration::error, this, [this](const QString& problem) {
        m_playWhenReady = false;
        Q_EMIT message(problem);
    });
    connect(m_narration, &Narration::finished, this, [this] { announce(tr("End of book")); });
    connect(m_narration, &Narration::prepared, this, [this] {
        m_read->setText(useNarration() ? tr("&Play narration") : tr("&Read aloud"));
        if (m_playWhenReady) {
            m_playWhenReady = false;
            toggleNarration();
        }
    });
    auto& k = KeyMap::instance();
    auto add = [&](const char* id, const QString& text, const QKeySequence& key, auto&& slot) {
        connect(k.create(this, QString::fromLatin1(id), text, key), &QAction::triggered, this, slot);
    };
    add("reader.faster", tr("Faster (narration or voice)"), Qt::CTRL | Qt::Key_BracketRight, [this] { changeSpeed(1); });
    add("reader.slower", tr("Slower (narration or voice)"), Qt::CTRL | Qt::Key_BracketLeft, [this] { changeSpeed(-1); });
    add("reader.narrationOrVoice", tr("The book's narration or the synthetic voice"), Qt::CTRL | Qt::SHIFT | Qt::Key_N,
        [this] { switchVoice(); });
    add("reader.narrateSkippable", tr("Page numbers and notes in the narration on or off"), Qt::CTRL | Qt::SHIFT | Qt::Key_K,
        [this] { toggleSkippable(); });
}

bool ReaderPlace::narrateSkippable() const
{
    return openSettings()->value(QLatin1String(keys::kNarrateSkippable), false).toBool();
}

void ReaderPlace::toggleSkippable()
{
    const bool on = !narrateSkippable();
    openSettings()->setValue(QLatin1String(keys::kNarrateSkippable), on);
    announce(on ? tr("The narration reads page numbers and notes.") : tr("The narration skips page numbers and notes."));
    // Prepared again with the new choice; the listener plays on with F5 from the caret.
    if (useNarration() && (m_narration->ready() || m_narration->preparing())) {
        stopReading();
        m_narration->prepare(m_book.publication, on);
    }
}

void ReaderPlace::toggleNarration()
{
    if (m_narration->preparing()) {
        m_playWhenReady = true;
        announce(tr("Preparing the narration…"));
        return;
    }
    if (!m_narration->ready()) {
        // Preparing failed (the error was shown) or never started: try again.
        m_playWhenReady = true;
        m_narration->prepare(m_book.publication, narrateSkippable());
        return;
    }
    if (m_narration->playing()) {
        m_narration->pause();
        announce(tr("Paused"));
    } else if (m_narration->paused()) {
        // The caret moved to another block since the pause (a heading, a search): go on from
        // there, as the caret is where the reader is now.
        const auto at = m_narration->map().fragmentAt(m_narration->position());
        const int index = currentBlock();
        if (at && index >= 0 && !m_narration->map().fragments()[*at].isAt(m_renderer.blocks()[index].document,
                                                                         m_renderer.blocks()[index].block))
            narrateFrom(index);
        else
            m_narration->resume();
    } else {
        narrateFrom(std::max(0, currentBlock()));
    }
}

void ReaderPlace::narrateFrom(int renderedIndex)
{
    if (renderedIndex < 0 || renderedIndex >= m_renderer.blocks().size() || !m_narration->ready())
        return;
    const RenderedBlock& r = m_renderer.blocks()[renderedIndex];
    const auto from = m_narration->map().fragmentFrom(static_cast<std::size_t>(r.document),
                                                       static_cast<std::size_t>(r.block));
    if (!from) {
        announce(tr("The book has no narration from here on."));
        return;
    }
    auto settings = openSettings();
    m_narration->setSpeed(settings->value(QLatin1String(keys::kSpeed), 1.0).toDouble());
    m_narration->setVolume(settings->value(QLatin1String(keys::kVolume), 100).toInt() / 100.0);
    if (const QString problem = m_narration->playFrom(m_narration->map().fragments()[*from].begin); !problem.isEmpty())
        Q_EMIT message(problem);
}

void ReaderPlace::narrationState(bool playing, bool paused)
{
    m_read->setText(playing ? tr("&Pause narration") : tr("&Play narration"));
    Q_EMIT playbackChanged(playing);
    if (playing)
        return;
    // Paused or stopped: the caret (and the saved position) go where the narration was.
    caretToSpokenPosition();
    if (!paused)
        m_text->setExtraSelections({});
}

void ReaderPlace::sentence(bool forward)
{
    if (m_narration->active()) {
        const double at = m_narration->position();
        const auto target = forward ? m_narration->map().nextSentence(at) : m_narration->map().previousSentence(at);
        if (target) {
            m_narration->seek(*target);
            if (!m_narration->playing())
                narrationState(false, true);  // paused: the caret goes to the new sentence now
        } else
            announce(forward ? tr("No next sentence.") : tr("No previous sentence."));
        return;
    }
    if (auto* c = m_readAloud->controller())
        forward ? c->nextSentence() : c->previousSentence();
}

void ReaderPlace::changeSpeed(int direction)
{
    auto settings = openSettings();
    if (useNarration()) {
        const double speed = std::clamp(settings->value(QLatin1String(keys::kSpeed), 1.0).toDouble() + 0.1 * direction,
                                        0.5, 3.0);
        settings->setValue(QLatin1String(keys::kSpeed), speed);
        m_narration->setSpeed(speed);
        announce(tr("Speed %1×").arg(QLocale().toString(speed, 'f', 1)));
        return;
    }
    const int rate = std::clamp(settings->value(QLatin1String(keys::kSpeechRate), 175).toInt() + 15 * direction, 80, 450);
    settings->setValue(QLatin1String(keys::kSpeechRate), rate);
    m_readAloud->applySettings();
    announce(tr("%1 words per minute").arg(rate));
}

void ReaderPlace::switchVoice()
{
    if (!m_book.placement.narration) {
        announce(tr("This book has no narration; it is read by the synthetic voice."));
        return;
    }
    stopReading();
    m_useNarration = !m_useNarration;
    m_read->setText(m_useNarration ? tr("&Play narration") : tr("&Read aloud"));
    announce(m_useNarration ? tr("F5 plays the book's narration.") : tr("F5 reads with the synthetic voice."));
}

}  // namespace tingdu::client
