// tingdu-cli play SRC --out FILE.wav [--speed X] [--volume V] [--start S] [--duration S]
//   [--chapter N] [--page LABEL] [--header 'Name: value']... [--ca-file F]
// Renders exactly what the listener would hear into a WAV file, as fast as the machine can.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include "Commands.h"
#include "tingdu/media/AudioPlayer.h"
#include "tingdu/media/PublicationReader.h"

namespace tingdu::cli {

namespace {

// lupdate files tr() calls in this namespace under its name; look them up there.
QString tr(const char* s)
{
    return QCoreApplication::translate("tingdu::cli", s);
}

struct PlayArgs {
    QString source;
    QString out;
    media::RenderOptions render;
    int chapter = 0;  // 1-based; 0: none
    QString page;
    media::AudioSourceOptions sourceOptions;
};

// Returns an empty string when the arguments are fine, else what is wrong with them.
QString parse(const QStringList& args, PlayArgs& p)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        const auto number = [&](double& target) {
            bool ok = false;
            target = args.at(++i).toDouble(&ok);
            return ok;
        };
        if (!a.startsWith(QLatin1String("--"))) {
            if (!p.source.isEmpty())
                return tr("play takes one SRC");
            p.source = a;
        } else if (!hasValue) {
            return tr("play: option “%1” needs a value").arg(a);
        } else if (a == QLatin1String("--out")) {
            p.out = args.at(++i);
        } else if (a == QLatin1String("--speed")) {
            if (!number(p.render.speed) || p.render.speed < 0.5 || p.render.speed > 3.0)
                return tr("play: --speed must be a number from 0.5 to 3.0");
        } else if (a == QLatin1String("--volume")) {
            if (!number(p.render.volume) || p.render.volume < 0 || p.render.volume > 1)
                return tr("play: --volume must be a number from 0 to 1");
        } else if (a == QLatin1String("--start")) {
            if (!number(p.render.startSeconds) || p.render.startSeconds < 0)
                return tr("play: --start must be a number of seconds");
        } else if (a == QLatin1String("--duration")) {
            if (!number(p.render.durationSeconds) || p.render.durationSeconds <= 0)
                return tr("play: --duration must be a positive number of seconds");
        } else if (a == QLatin1String("--chapter")) {
            bool ok = false;
            p.chapter = args.at(++i).toInt(&ok);
            if (!ok || p.chapter < 1)
                return tr("play: --chapter must be a chapter number (1 is the first)");
        } else if (a == QLatin1String("--page")) {
            p.page = args.at(++i);
        } else if (a == QLatin1String("--header")) {
            const QString header = args.at(++i);
            if (!header.contains(QLatin1Char(':')))
                return tr("play: --header must look like “Name: value”");
            p.sourceOptions.headers.push_back(header.toStdString());
        } else if (a == QLatin1String("--ca-file")) {
            p.sourceOptions.caFile = args.at(++i).toStdString();
        } else {
            return tr("play: unknown option “%1”").arg(a);
        }
    }
    if (p.source.isEmpty())
        return tr("play needs a SRC (a book, an audio file or an http(s) URL)");
    if (p.out.isEmpty())
        return tr("play needs --out FILE.wav");
    if (p.chapter && !p.page.isEmpty())
        return tr("play: use --chapter or --page, not both");
    return {};
}

}  // namespace

int runPlay(CliContext& ctx)
{
    PlayArgs p;
    if (const QString problem = parse(ctx.args, p); !problem.isEmpty())
        return ctx.usage(problem);

    // A URL may be an audio stream, a Readium manifest or a playlist: the reader tells which.
    auto opened = media::openPublication(p.source.toStdString(), p.sourceOptions);
    if (!opened)
        return ctx.fail(opened.error());
    const std::unique_ptr<media::Publication> publication = std::move(*opened);
    auto timeline = media::makeAudioTimeline(*publication, p.sourceOptions);
    if (!timeline)
        return ctx.fail(timeline.error());

    if (p.chapter) {
        // The Nth TOC entry that has a place on the timeline; it plays to the next one.
        const auto& chapters = timeline->chapters;
        if (p.chapter > static_cast<int>(chapters.size()))
            return ctx.fail(tr("the book has %1 chapters with audio; there is no chapter %2")
                                .arg(chapters.size())
                                .arg(p.chapter));
        const auto& c = chapters[static_cast<std::size_t>(p.chapter - 1)];
        p.render.startSeconds += c.start;
        if (p.render.durationSeconds < 0)
            p.render.durationSeconds = std::max(0.0, c.end - p.render.startSeconds);
    } else if (!p.page.isEmpty()) {
        const media::NavPoint* found = nullptr;
        for (const auto& n : publication->pageList())
            if (n.timeSeconds >= 0 && QString::fromStdString(n.title) == p.page)
                found = &n;
        if (!found)
            return ctx.fail(tr("the book has no page “%1” with audio").arg(p.page));
        p.render.startSeconds += found->timeSeconds;
    }

    auto sink = media::makeWavFileSink(p.out.toStdString());
    auto result = media::renderAudio(*timeline, *sink, p.render);
    if (!result)
        return ctx.fail(result.error());
    QJsonObject o;
    o[QStringLiteral("out")] = p.out;
    o[QStringLiteral("start")] = p.render.startSeconds;
    o[QStringLiteral("played")] = result->timelineSeconds;
    o[QStringLiteral("frames")] = static_cast<double>(result->framesWritten);
    o[QStringLiteral("sampleRate")] = sink->preferredFormat().sampleRate;
    ctx.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

}  // namespace tingdu::cli
