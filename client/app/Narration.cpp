#include "Narration.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include "ErrorText.h"
#include "PlayerEngine.h"

namespace tingdu::client {

Narration::Narration(QObject* parent) : QObject(parent) {}

Narration::~Narration()
{
    clear();
}

void Narration::prepare(std::shared_ptr<media::Publication> publication, bool withSkippable)
{
    clear();
    m_publication = std::move(publication);
    if (!m_publication)
        return;
    m_preparing = true;
    const int generation = ++m_generation;
    QPointer<Narration> self(this);
    QThreadPool::globalInstance()->start([self, generation, withSkippable, publication = m_publication] {
        // What the book marks as skippable by default (its page numbers, notes) is left out of
        // both the sound and the map, as a DAISY player leaves it out, unless the reader wants it.
        const media::PhraseContent* phrases = media::phraseContent(*publication);
        const media::Skippable skipped = withSkippable || !phrases ? media::Skippable::None : phrases->defaultSkipped();
        auto timeline = media::makeAudioTimeline(*publication);
        NarrationMap map = timeline ? NarrationMap::build(*publication, skipped) : NarrationMap();
        const QString problem = timeline ? QString() : describeError(timeline.error());
        auto result = std::make_shared<std::pair<media::AudioTimeline, NarrationMap>>(
            timeline ? NarrationMap::withoutSkipped(std::move(timeline.value()), *publication, skipped)
                     : media::AudioTimeline{},
            std::move(map));
        QMetaObject::invokeMethod(qApp, [self, generation, result, problem] {
            if (!self || self->m_generation != generation)
                return;
            self->m_preparing = false;
            if (!problem.isEmpty()) {
                Q_EMIT self->error(tr("The book's narration cannot play: %1").arg(problem));
                return;
            }
            self->m_timeline = std::move(result->first);
            self->m_map = std::move(result->second);
            self->m_ready = true;
            Q_EMIT self->prepared();
        }, Qt::QueuedConnection);
    });
}

void Narration::clear()
{
    ++m_generation;
    delete m_engine;  // joins the engine thread and closes the audio output
    m_engine = nullptr;
    m_publication.reset();
    m_timeline = {};
    m_map = {};
    m_current.reset();
    m_preparing = m_ready = m_loaded = m_active = false;
}

QString Narration::playFrom(double position)
{
    if (!m_ready)
        return tr("The narration is not ready yet.");
    if (!m_engine) {
        m_engine = new PlayerEngine(this);
        if (const QString problem = m_engine->ensure(); !problem.isEmpty()) {
            delete m_engine;
            m_engine = nullptr;
            return problem;
        }
        connect(m_engine, &PlayerEngine::position, this, &Narration::positionChanged);
        connect(m_engine, &PlayerEngine::stateChanged, this, &Narration::engineState);
        connect(m_engine, &PlayerEngine::error, this, &Narration::error);
        connect(m_engine, &PlayerEngine::finished, this, [this] {
            m_active = false;
            Q_EMIT finished();
        });
    }
    auto* player = m_engine->player();
    player->setSpeed(m_speed);
    m_engine->setVolume(m_volume);
    if (!m_loaded) {
        player->load(m_timeline, position);
        m_loaded = true;
    } else {
        player->seek(position);
    }
    m_current.reset();
    m_active = true;
    positionChanged(position);  // highlight at once, not at the engine's first report
    player->play();
    return {};
}

void Narration::pause()
{
    if (m_engine && playing())
        m_engine->player()->pause();
}

void Narration::resume()
{
    if (m_engine && m_active)
        m_engine->player()->play();
}

void Narration::stop()
{
    const bool wasActive = m_active;
    m_active = false;
    if (m_engine)
        m_engine->player()->pause();
    if (wasActive)
        Q_EMIT stateChanged(false, false);
}

void Narration::seek(double position)
{
    if (!m_engine || !m_active)
        return;
    m_engine->player()->seek(position);
    positionChanged(position);
}

double Narration::position() const
{
    return m_engine ? m_engine->player()->position() : 0.0;
}

bool Narration::playing() const
{
    return m_engine && m_active && m_engine->player()->state() == media::PlaybackState::Playing;
}

void Narration::setSpeed(double speed)
{
    m_speed = speed;
    if (m_engine)
        m_engine->player()->setSpeed(speed);
}

void Narration::setVolume(double volume)
{
    m_volume = volume;
    if (m_engine)
        m_engine->setVolume(volume);
}

void Narration::positionChanged(double seconds)
{
    if (!m_active)
        return;
    const auto at = m_map.fragmentAt(seconds);
    if (!at || at == m_current)
        return;
    m_current = at;
    const NarratedText& f = m_map.fragments()[*at];
    Q_EMIT fragment(static_cast<int>(f.document), static_cast<int>(f.block), static_cast<int>(f.textBegin),
                    static_cast<int>(f.textEnd));
}

void Narration::engineState(int state)
{
    const auto s = static_cast<media::PlaybackState>(state);
    if (s == media::PlaybackState::Finished || s == media::PlaybackState::Stopped)
        m_active = false;
    Q_EMIT stateChanged(s == media::PlaybackState::Playing && m_active, s == media::PlaybackState::Paused && m_active);
}

}  // namespace tingdu::client
