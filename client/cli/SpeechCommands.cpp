// tingdu-cli voices [--json]
// tingdu-cli speak (BOOK | --text T) --out FILE.wav [--lang L] [--voice V] [--voice-for L=V]...
//                  [--rate WPM] [--from LOCATOR] [--seconds N] [--phonemes]
// tingdu-cli export-audio BOOK OUT.m4b|OUT.mp3 [--voice V] [--voice-for L=V]... [--rate WPM] [--jobs N]
//                  [--work-dir D] [--json]
// --voice-for L=V: the voice for text in language L (the book's or an xml:lang span's), as the
// app's per-language Settings ("zh=cmn-latn-pinyin", "en=en-gb"); --voice wins for the book's own.
// LOCATOR: DOC[#BLOCK-ID][:BYTE-OFFSET], DOC being a text document number (1 = first) or its href.
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <condition_variable>
#include <map>
#include <mutex>

#include "Commands.h"
#include "tingdu/accessibility/AudiobookExport.h"
#include "tingdu/accessibility/ReadAloudController.h"
#include "tingdu/accessibility/SpeechEngine.h"
#include "tingdu/accessibility/VoiceSelection.h"
#include "tingdu/media/PublicationReader.h"

namespace tingdu::cli {

namespace {

using namespace tingdu::accessibility;

// lupdate files tr() calls in this namespace under its name; look them up there.
QString tr(const char* s)
{
    return QCoreApplication::translate("tingdu::cli", s);
}

struct SpeakArgs {
    QString book;
    QString text;
    QString out;
    QString language;
    QString voice;
    std::map<std::string, std::string> voiceByLanguage;
    QString from;
    int rate = 175;
    double seconds = 0;  // 0: to the end
    bool phonemes = false;
};

// Options with a value shared by speak and export-audio: returns "" or the problem.
QString takeRate(const QStringList& args, int& i, int& rate, const char* command)
{
    bool ok = false;
    rate = args.at(++i).toInt(&ok);
    if (!ok || rate < 80 || rate > 500)
        return tr("%1: --rate must be 80 to 500 words per minute").arg(QLatin1String(command));
    return {};
}

// --voice-for LANGUAGE=VOICE, keyed by speech language so "zh-CN=…" and "cmn=…" are one choice.
QString takeVoiceFor(const QStringList& args, int& i, std::map<std::string, std::string>& voices, const char* command)
{
    const QString value = args.at(++i);
    const int equals = value.indexOf(QLatin1Char('='));
    const std::string language = speechLanguage(value.left(std::max(0, equals)).trimmed().toStdString());
    if (equals <= 0 || language.empty() || value.mid(equals + 1).trimmed().isEmpty())
        return tr("%1: --voice-for takes LANGUAGE=VOICE, such as en=en-gb").arg(QLatin1String(command));
    voices[language] = value.mid(equals + 1).trimmed().toStdString();
    return {};
}

QString parseSpeak(const QStringList& args, SpeakArgs& s)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--phonemes")) {
            s.phonemes = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            if (!s.book.isEmpty())
                return tr("speak takes one BOOK");
            s.book = a;
            continue;
        }
        if (i + 1 >= args.size())
            return tr("speak: option “%1” needs a value").arg(a);
        if (a == QLatin1String("--text"))
            s.text = args.at(++i);
        else if (a == QLatin1String("--out"))
            s.out = args.at(++i);
        else if (a == QLatin1String("--lang"))
            s.language = args.at(++i);
        else if (a == QLatin1String("--voice"))
            s.voice = args.at(++i);
        else if (a == QLatin1String("--voice-for")) {
            if (QString problem = takeVoiceFor(args, i, s.voiceByLanguage, "speak"); !problem.isEmpty())
                return problem;
        } else if (a == QLatin1String("--from"))
            s.from = args.at(++i);
        else if (a == QLatin1String("--rate")) {
            if (QString problem = takeRate(args, i, s.rate, "speak"); !problem.isEmpty())
                return problem;
        } else if (a == QLatin1String("--seconds")) {
            bool ok = false;
            s.seconds = args.at(++i).toDouble(&ok);
            if (!ok || s.seconds <= 0)
                return tr("speak: --seconds must be a positive number");
        } else {
            return tr("speak: unknown option “%1”").arg(a);
        }
    }
    if (s.book.isEmpty() == s.text.isEmpty())
        return tr("speak needs a BOOK or --text, not both");
    if (s.out.isEmpty() && !s.phonemes)
        return tr("speak needs --out FILE.wav (or --phonemes)");
    return {};
}

// "3", "text/ch2.xhtml", "text/ch2.xhtml#p4:120" → a locator.
media::Locator parseLocator(const QString& text)
{
    media::Locator l;
    QString rest = text;
    if (const int colon = rest.lastIndexOf(QLatin1Char(':')); colon > 0) {
        bool ok = false;
        const qulonglong offset = rest.mid(colon + 1).toULongLong(&ok);
        if (ok) {
            l.charOffset = offset;
            rest = rest.left(colon);
        }
    }
    const int hash = rest.indexOf(QLatin1Char('#'));
    const QString doc = hash < 0 ? rest : rest.left(hash);
    if (hash >= 0)
        l.blockId = rest.mid(hash + 1).toStdString();
    bool isNumber = false;
    const int index = doc.toInt(&isNumber);
    if (isNumber && index >= 1)
        l.readingOrderIndex = static_cast<std::size_t>(index - 1);
    else
        l.href = doc.toStdString();
    return l;
}

// Truncates at a frame limit and tells the waiting command when it is reached.
class LimitedSink final : public media::AudioSink {
public:
    LimitedSink(media::AudioSink& inner, std::size_t maxFrames) : m_inner(inner), m_left(maxFrames) {}
    media::AudioFormat preferredFormat() const override { return m_inner.preferredFormat(); }
    media::Result<void> open(const media::AudioFormat& f) override { return m_inner.open(f); }
    media::Result<void> write(const std::int16_t* samples, std::size_t frames) override
    {
        const std::size_t n = std::min(frames, m_left);
        m_left -= n;
        if (m_left == 0)
            full = true;
        return n ? m_inner.write(samples, n) : media::Result<void>{};
    }
    void close() override { m_inner.close(); }
    std::atomic<bool> full{false};

private:
    media::AudioSink& m_inner;
    std::size_t m_left;
};

int speakBook(CliContext& ctx, const SpeakArgs& s, SpeechEngine& engine)
{
    auto publication = media::openPublication(s.book.toStdString());
    if (!publication)
        return ctx.fail(publication.error());
    const media::TextContent* text = (*publication)->text();
    if (!text)
        return ctx.fail(tr("“%1” has no text to read aloud").arg(s.book));
    const media::Locator from = parseLocator(s.from.isEmpty() ? QStringLiteral("1") : s.from);

    if (s.phonemes) {
        // The phonemes of the starting document: enough to check a book's pronunciation.
        auto doc = text->document(std::min(from.readingOrderIndex, text->documentCount() - 1));
        if (!doc)
            return ctx.fail(doc.error());
        for (const media::Block& b : doc->blocks) {
            if (b.text.empty())
                continue;
            const std::string lang = !s.language.isEmpty() ? s.language.toStdString()
                                     : !b.language.empty()  ? b.language
                                                            : doc->language;
            if (s.voice.isEmpty())
                if (auto v = engine.setVoiceForLanguage(lang.empty() ? std::string("en") : lang); !v)
                    return ctx.fail(v.error());
            auto p = engine.phonemes(b.text);
            if (!p)
                return ctx.fail(p.error());
            ctx.out << QString::fromStdString(*p);
        }
        if (s.out.isEmpty())
            return 0;
    }

    auto wav = media::makeWavFileSink(s.out.toStdString(), engine.nativeFormat());
    const auto limit = s.seconds > 0 ? static_cast<std::size_t>(s.seconds * engine.nativeFormat().sampleRate)
                                     : static_cast<std::size_t>(-1);
    LimitedSink sink(*wav, limit);
    std::mutex mutex;
    std::condition_variable cv;
    bool done = false;
    std::optional<media::Error> failure;
    ReadAloudCallbacks callbacks;
    callbacks.onState = [&](PlaybackState state) {
        std::lock_guard lock(mutex);
        done = done || state == PlaybackState::Stopped;
        cv.notify_all();
    };
    callbacks.onError = [&](const media::Error& e) {
        std::lock_guard lock(mutex);
        failure = e;
    };
    {
        ReadAloudController controller(engine, *text, sink, callbacks, publication->get());
        ReadAloudSettings settings;
        settings.prosody.rateWpm = s.rate;
        settings.voice = s.voice.toStdString();
        settings.voiceByLanguage = s.voiceByLanguage;
        if (!s.language.isEmpty())
            settings.defaultLanguage = s.language.toStdString();
        settings.announcements.endOfBook.clear();
        controller.setSettings(settings);
        controller.play(from);
        std::unique_lock lock(mutex);
        while (!done && !sink.full)
            cv.wait_for(lock, std::chrono::milliseconds(5));
        lock.unlock();
        controller.stop();
    }  // joins the worker and closes the WAV
    if (failure)
        return ctx.fail(*failure);
    return 0;
}

int speakText(CliContext& ctx, const SpeakArgs& s, SpeechEngine& engine)
{
    const std::string language = s.language.isEmpty() ? std::string("en") : s.language.toStdString();
    if (s.voice.isEmpty()) {
        const auto chosen = s.voiceByLanguage.find(speechLanguage(language));
        const std::string voice = installedVoiceOr(chosen == s.voiceByLanguage.end() ? std::string() : chosen->second,
                                                   language, engine.voices());
        if (auto r = engine.setVoice(voice); !r)
            return ctx.fail(r.error());
    } else if (auto r = engine.setVoice(s.voice.toStdString()); !r) {
        return ctx.fail(r.error());
    }
    engine.setProsody({s.rate, 50, 100});
    const std::string text = s.text.toStdString();
    if (s.phonemes) {
        auto p = engine.phonemes(text);
        if (!p)
            return ctx.fail(p.error());
        ctx.out << QString::fromStdString(*p);
        if (s.out.isEmpty())
            return 0;
    }
    auto wav = media::makeWavFileSink(s.out.toStdString(), engine.nativeFormat());
    const auto limit = s.seconds > 0 ? static_cast<std::size_t>(s.seconds * engine.nativeFormat().sampleRate)
                                     : static_cast<std::size_t>(-1);
    LimitedSink sink(*wav, limit);
    if (auto r = sink.open(engine.nativeFormat()); !r)
        return ctx.fail(r.error());
    auto r = engine.speak(text, sink, {}, &sink.full);
    sink.close();
    if (!r && r.error().code != media::ErrorCode::Cancelled)
        return ctx.fail(r.error());
    return 0;
}

}  // namespace

int runVoices(CliContext& ctx)
{
    bool json = false;
    for (const auto& a : ctx.args) {
        if (a != QLatin1String("--json"))
            return ctx.usage(tr("voices: unknown option “%1”").arg(a));
        json = true;
    }
    auto engine = SpeechEngine::create();
    if (!engine)
        return ctx.fail(engine.error());
    QJsonArray list;
    for (const Voice& v : (*engine)->voices()) {
        QJsonArray languages;
        for (const auto& l : v.languages)
            languages.append(QString::fromStdString(l));
        list.append(QJsonObject{{QStringLiteral("identifier"), QString::fromStdString(v.identifier)},
                                {QStringLiteral("name"), QString::fromStdString(v.name)},
                                {QStringLiteral("languages"), languages},
                                {QStringLiteral("gender"), QString::fromStdString(v.gender)}});
        if (!json)
            ctx.out << QString::fromStdString(v.identifier).leftJustified(20) << ' '
                    << QString::fromStdString(v.name) << Qt::endl;
    }
    if (json)
        ctx.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return 0;
}

int runSpeak(CliContext& ctx)
{
    SpeakArgs s;
    if (const QString problem = parseSpeak(ctx.args, s); !problem.isEmpty())
        return ctx.usage(problem);
    auto engine = SpeechEngine::create();
    if (!engine)
        return ctx.fail(engine.error());
    if (!s.voice.isEmpty())
        if (auto r = (*engine)->setVoice(s.voice.toStdString()); !r)
            return ctx.fail(r.error());
    return s.book.isEmpty() ? speakText(ctx, s, **engine) : speakBook(ctx, s, **engine);
}

namespace {

struct ExportArgs {
    QStringList positional;
    ExportSettings settings;
    QString workDir;
    int jobs = 0;
    bool json = false;
    bool worker = false;
};

QString parseExport(const QStringList& args, ExportArgs& e)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == QLatin1String("--json") || a == QLatin1String("--worker")) {
            (a == QLatin1String("--json") ? e.json : e.worker) = true;
            continue;
        }
        if (!a.startsWith(QLatin1String("--"))) {
            e.positional << a;
            continue;
        }
        if (i + 1 >= args.size())
            return tr("export-audio: option “%1” needs a value").arg(a);
        if (a == QLatin1String("--voice")) {
            e.settings.voice = args.at(++i).toStdString();
        } else if (a == QLatin1String("--voice-for")) {
            if (QString problem = takeVoiceFor(args, i, e.settings.voiceByLanguage, "export-audio"); !problem.isEmpty())
                return problem;
        } else if (a == QLatin1String("--rate")) {
            if (QString problem = takeRate(args, i, e.settings.rateWpm, "export-audio"); !problem.isEmpty())
                return problem;
        } else if (a == QLatin1String("--work-dir")) {
            e.workDir = args.at(++i);
        } else if (a == QLatin1String("--jobs")) {
            bool ok = false;
            e.jobs = args.at(++i).toInt(&ok);
            if (!ok || e.jobs < 1)
                return tr("export-audio: --jobs must be a positive number");
        } else {
            return tr("export-audio: unknown option “%1”").arg(a);
        }
    }
    if (e.worker ? e.positional.size() != 3 : e.positional.size() != 2)
        return tr("export-audio needs BOOK and OUT.m4b (or OUT.mp3)");
    return {};
}

// One chapter in its own process (eSpeak NG is one global state per process).
int runExportWorker(CliContext& ctx, const ExportArgs& e)
{
    const std::string book = e.positional.at(0).toStdString();
    bool ok = false;
    const auto index = static_cast<std::size_t>(e.positional.at(1).toULongLong(&ok));
    const std::string piece = e.positional.at(2).toStdString();
    auto container = containerForPath(piece);
    if (!ok || !container)
        return ctx.usage(tr("export-audio --worker BOOK CHAPTER PIECE"));
    auto publication = media::openPublication(book);
    if (!publication)
        return ctx.fail(publication.error());
    auto plan = planChapters(**publication);
    if (!plan)
        return ctx.fail(plan.error());
    if (index >= plan->size())
        return ctx.fail(tr("the book has no chapter %1").arg(index + 1));
    if (auto r = synthesizeChapter(**publication, (*plan)[index], e.settings, *container, piece); !r) {
        ctx.fail(r.error());
        return workerExitStatus(r.error());  // tells the exporter a full disk from other failures
    }
    return 0;
}

}  // namespace

int runExportAudio(CliContext& ctx)
{
    ExportArgs e;
    if (const QString problem = parseExport(ctx.args, e); !problem.isEmpty())
        return ctx.usage(problem);
    if (e.worker)
        return runExportWorker(ctx, e);

    ExportRequest request;
    request.bookPath = e.positional.at(0).toStdString();
    request.outputPath = e.positional.at(1).toStdString();
    request.settings = e.settings;
    request.jobs = e.jobs;
    request.workRoot = (e.workDir.isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/export")
                            : e.workDir)
                           .toStdString();
    request.workerCommand = {QCoreApplication::applicationFilePath().toStdString(), "export-audio", "--worker"};
    auto summary = exportAudiobook(request, [&](const ExportProgress& p) {
        if (p.assembling) {
            ctx.err << tr("Encoding the audiobook with %1 chapters…").arg(p.chaptersTotal) << Qt::endl;
        } else if (p.chapterTitle.empty()) {
            if (p.chaptersReused > 0)
                ctx.err << tr("Resuming: %1 of %2 chapters were finished earlier").arg(p.chaptersReused).arg(p.chaptersTotal)
                        << Qt::endl;
            else
                ctx.err << tr("Speaking %1 chapters…").arg(p.chaptersTotal) << Qt::endl;
        } else {
            const int percent = p.chaptersTotal ? static_cast<int>(100 * p.chaptersDone / p.chaptersTotal) : 100;
            ctx.err << tr("[%1%] chapter %2 of %3 done: %4")
                           .arg(percent)
                           .arg(p.chaptersDone)
                           .arg(p.chaptersTotal)
                           .arg(QString::fromStdString(p.chapterTitle))
                    << Qt::endl;
        }
    });
    if (!summary)
        return ctx.fail(summary.error());
    ctx.err << tr("Wrote %1: %2 chapters, %3 minutes")
                   .arg(e.positional.at(1))
                   .arg(summary->chapters)
                   .arg(summary->durationSeconds / 60.0, 0, 'f', 1)
            << Qt::endl;
    if (e.json)
        ctx.out << QJsonDocument(QJsonObject{{QStringLiteral("output"), e.positional.at(1)},
                                             {QStringLiteral("chapters"), static_cast<int>(summary->chapters)},
                                             {QStringLiteral("reused"), static_cast<int>(summary->reused)},
                                             {QStringLiteral("duration"), summary->durationSeconds}})
                       .toJson(QJsonDocument::Compact);
    return 0;
}

}  // namespace tingdu::cli
