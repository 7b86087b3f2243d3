#include "ReadAloud.h"

#include <QCoreApplication>
#include <QPointer>

#include "AppSettings.h"
#include "ErrorText.h"
#include "VoiceSettings.h"
#include "tingdu/accessibility/SpeechEngine.h"
#include "tingdu/accessibility/qt/QtAudioSink.h"

namespace tingdu::client {

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) {}

ReadAloud::~ReadAloud()
{
    unbind();
}

QString ReadAloud::bind(const media::Publication& publication)
{
    unbind();
    if (!publication.text())
        return tr("This book has no text to read aloud.");
    if (!accessibility::qt::hasAudioOutput())
        return tr("There is no sound output on this computer; read aloud cannot play.");
    if (!m_engine) {
        auto engine = accessibility::SpeechEngine::create();
        if (!engine)
            return tr("The speech synthesizer could not start: %1").arg(QString::fromStdString(engine.error().message));
        m_engine = std::move(engine.value());
        rememberInstalledVoices(m_engine->voices());  // Settings cannot list them while this engine lives
    }
    m_sink = std::make_unique<accessibility::qt::QtAudioSink>();
    QPointer<ReadAloud> self(this);
    auto post = [self](auto f) {
        QMetaObject::invokeMethod(qApp, [self, f] {
            if (self)
                f(*self);
        }, Qt::QueuedConnection);
    };
    accessibility::ReadAloudCallbacks callbacks;
    callbacks.onRange = [post](const accessibility::SpokenRange& r) {
        if (r.kind != accessibility::SpokenRange::Kind::Sentence)
            return;
        post([r](ReadAloud& me) {
            Q_EMIT me.range(static_cast<int>(r.documentIndex), static_cast<int>(r.blockIndex),
                            static_cast<int>(r.begin), static_cast<int>(r.end));
        });
    };
    callbacks.onState = [post](accessibility::PlaybackState s) {
        post([s](ReadAloud& me) {
            Q_EMIT me.stateChanged(s == accessibility::PlaybackState::Playing, s == accessibility::PlaybackState::Paused);
        });
    };
    callbacks.onError = [post](const media::Error& e) {
        const QString message = describeError(e);
        post([message](ReadAloud& me) { Q_EMIT me.error(message); });
    };
    callbacks.onEndOfBook = [post] { post([](ReadAloud& me) { Q_EMIT me.endOfBook(); }); };
    m_controller = std::make_unique<accessibility::ReadAloudController>(*m_engine, *publication.text(), *m_sink,
                                                                       callbacks, &publication);
    applySettings();
    return {};
}

void ReadAloud::unbind()
{
    m_controller.reset();  // joins its worker and closes the sink
    m_sink.reset();
}

bool ReadAloud::speaking() const
{
    return m_controller && m_controller->state() == accessibility::PlaybackState::Playing;
}

void ReadAloud::applySettings()
{
    if (!m_controller)
        return;
    auto settings = openSettings();
    accessibility::ReadAloudSettings s;
    s.prosody.rateWpm = settings->value(QLatin1String(keys::kSpeechRate), 175).toInt();
    s.prosody.pitch = settings->value(QLatin1String(keys::kSpeechPitch), 50).toInt();
    s.paragraphPauseMs = settings->value(QLatin1String(keys::kParagraphPause), 200).toInt();
    s.sentencePauseMs = settings->value(QLatin1String(keys::kSentencePause), 0).toInt();
    s.voiceByLanguage = storedVoiceChoices(*settings);
    s.announcements.headings = settings->value(QLatin1String(keys::kAnnounceHeadings), true).toBool();
    s.announcements.pageNumbers = settings->value(QLatin1String(keys::kAnnouncePages), true).toBool();
    s.announcements.heading = tr("Heading level {level}").toStdString();
    s.announcements.page = tr("Page {label}").toStdString();
    s.announcements.image = tr("Image").toStdString();
    s.announcements.imageWithoutDescription = tr("Image without description").toStdString();
    s.announcements.noteReference = tr("Note reference").toStdString();
    s.announcements.listItem = tr("List item").toStdString();
    s.announcements.tableCell = tr("Row {row}, column {column}").toStdString();
    s.announcements.tableHeader = tr("Column header").toStdString();
    s.announcements.endOfBook = tr("End of book").toStdString();
    s.announcements.language = tr("en", "BCP 47 language of these announcements").toStdString();
    m_controller->setSettings(s);
    if (m_sink)
        m_sink->setVolume(settings->value(QLatin1String(keys::kVolume), 100).toInt() / 100.0);
}

}  // namespace tingdu::client
