#include "PlayerEngine.h"

#include <QCoreApplication>
#include <QPointer>

#include "ErrorText.h"
#include "tingdu/accessibility/qt/QtAudioSink.h"

namespace tingdu::client {

PlayerEngine::PlayerEngine(QObject* parent) : QObject(parent) {}

PlayerEngine::~PlayerEngine() = default;

QString PlayerEngine::ensure()
{
    if (m_player)
        return {};
    if (!accessibility::qt::hasAudioOutput())
        return tr("There is no sound output on this computer; the player cannot play.");
    QPointer<PlayerEngine> self(this);
    auto post = [self](auto f) {
        QMetaObject::invokeMethod(qApp, [self, f] {
            if (self)
                f(*self);
        }, Qt::QueuedConnection);
    };
    media::PlayerCallbacks callbacks;
    callbacks.position = [post](double s) { post([s](PlayerEngine& me) { Q_EMIT me.position(s); }); };
    callbacks.state = [post](media::PlaybackState s) {
        post([s](PlayerEngine& me) { Q_EMIT me.stateChanged(static_cast<int>(s)); });
    };
    callbacks.chapterChanged = [post](int c) { post([c](PlayerEngine& me) { Q_EMIT me.chapterChanged(c); }); };
    callbacks.error = [post](const media::Error& e) {
        const QString message = describeError(e);
        post([message](PlayerEngine& me) { Q_EMIT me.error(message); });
    };
    callbacks.finished = [post] { post([](PlayerEngine& me) { Q_EMIT me.finished(); }); };
    auto sink = std::make_unique<accessibility::qt::QtAudioSink>();
    m_player = std::make_unique<media::AudioPlayer>(std::move(sink), callbacks);
    return {};
}

void PlayerEngine::setVolume(double volume)
{
    if (m_player)
        m_player->setVolume(volume);
}

}  // namespace tingdu::client
