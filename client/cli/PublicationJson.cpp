#include "PublicationJson.h"

#include <QJsonArray>

#include "tingdu/media/AccessibilityDescription.h"

namespace tingdu::cli {

namespace {

QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QJsonArray strings(const std::vector<std::string>& list)
{
    QJsonArray a;
    for (const auto& s : list)
        a.append(qs(s));
    return a;
}

QJsonArray contributors(const std::vector<media::Contributor>& list)
{
    QJsonArray a;
    for (const auto& c : list)
        a.append(qs(c.name));
    return a;
}

QJsonArray navPoints(const std::vector<media::NavPoint>& list, bool pageStyle)
{
    QJsonArray a;
    for (const auto& n : list) {
        QJsonObject o;
        o[pageStyle ? QStringLiteral("label") : QStringLiteral("title")] = qs(n.title);
        if (!pageStyle)
            o[QStringLiteral("level")] = n.level;
        o[QStringLiteral("href")] = qs(n.href);
        if (!n.type.empty())
            o[QStringLiteral("type")] = qs(n.type);
        if (n.timeSeconds >= 0)
            o[QStringLiteral("start")] = n.timeSeconds;
        a.append(o);
    }
    return a;
}

// Chapters on the audio timeline: TOC entries that carry a time, each ending where the next
// one starts (or at the end of the book).
QJsonArray chapters(const media::Publication& p)
{
    std::vector<const media::NavPoint*> timed;
    for (const auto& n : p.toc())
        if (n.timeSeconds >= 0)
            timed.push_back(&n);
    QJsonArray a;
    const double total = p.metadata().durationSeconds;
    for (std::size_t i = 0; i < timed.size(); ++i) {
        QJsonObject o;
        o[QStringLiteral("title")] = qs(timed[i]->title);
        o[QStringLiteral("level")] = timed[i]->level;
        o[QStringLiteral("start")] = timed[i]->timeSeconds;
        o[QStringLiteral("end")] = i + 1 < timed.size() ? timed[i + 1]->timeSeconds : total;
        a.append(o);
    }
    return a;
}

}  // namespace

QJsonObject publicationToJson(const media::Publication& p)
{
    const auto& m = p.metadata();
    QJsonObject o;
    o[QStringLiteral("format")] = QString::fromLatin1(media::formatName(p.format()).data(),
                                                      static_cast<qsizetype>(media::formatName(p.format()).size()));
    o[QStringLiteral("title")] = qs(m.title);
    o[QStringLiteral("authors")] = contributors(m.authors);
    if (!m.narrators.empty()) {
        o[QStringLiteral("narrators")] = contributors(m.narrators);
        o[QStringLiteral("narrator")] = qs(m.narrators.front().name);
    }
    o[QStringLiteral("language")] = m.languages.empty() ? QString() : qs(m.languages.front());
    o[QStringLiteral("languages")] = strings(m.languages);
    o[QStringLiteral("identifiers")] = strings(m.identifiers);
    if (!m.publisher.empty())
        o[QStringLiteral("publisher")] = qs(m.publisher);
    if (!m.date.empty())
        o[QStringLiteral("date")] = qs(m.date);
    if (!m.description.empty())
        o[QStringLiteral("description")] = qs(m.description);
    if (!m.multimediaType.empty())
        o[QStringLiteral("multimediaType")] = qs(m.multimediaType);
    if (m.durationSeconds > 0)
        o[QStringLiteral("duration")] = m.durationSeconds;

    o[QStringLiteral("toc")] = navPoints(p.toc(), false);
    o[QStringLiteral("pageList")] = navPoints(p.pageList(), true);
    if (!p.landmarks().empty())
        o[QStringLiteral("landmarks")] = navPoints(p.landmarks(), false);
    if (p.audio())
        o[QStringLiteral("chapters")] = chapters(p);

    QJsonArray order;
    for (const auto& item : p.readingOrder()) {
        QJsonObject r;
        r[QStringLiteral("href")] = qs(item.href);
        r[QStringLiteral("type")] = qs(item.mediaType);
        if (!item.linear)
            r[QStringLiteral("linear")] = false;
        if (item.durationSeconds > 0)
            r[QStringLiteral("duration")] = item.durationSeconds;
        if (!item.title.empty())
            r[QStringLiteral("title")] = qs(item.title);
        order.append(r);
    }
    o[QStringLiteral("readingOrder")] = order;
    if (p.audio())
        o[QStringLiteral("tracks")] = static_cast<int>(p.readingOrder().size());

    const auto& a = m.accessibility;
    QJsonObject acc;
    acc[QStringLiteral("accessModes")] = strings(a.accessModes);
    acc[QStringLiteral("accessModesSufficient")] = strings(a.accessModesSufficient);
    acc[QStringLiteral("features")] = strings(a.features);
    acc[QStringLiteral("hazards")] = strings(a.hazards);
    if (!a.summary.empty())
        acc[QStringLiteral("summary")] = qs(a.summary);
    acc[QStringLiteral("conformsTo")] = strings(a.conformsTo);
    if (!a.certifiedBy.empty())
        acc[QStringLiteral("certifiedBy")] = qs(a.certifiedBy);
    // The same metadata worded as sentences; "code" lets a translated UI word its own.
    const auto statements = media::describeAccessibility(a);
    QJsonArray sentences;
    for (const auto& s : statements) {
        QJsonObject sentence;
        sentence[QStringLiteral("code")] = qs(s.code);
        if (!s.argument.empty())
            sentence[QStringLiteral("argument")] = qs(s.argument);
        sentence[QStringLiteral("text")] = qs(s.text);
        sentences.append(sentence);
    }
    acc[QStringLiteral("statements")] = sentences;
    acc[QStringLiteral("description")] = qs(media::accessibilityLine(statements));
    o[QStringLiteral("accessibility")] = acc;
    if (!p.warnings().empty())
        o[QStringLiteral("warnings")] = strings(p.warnings());
    return o;
}

}  // namespace tingdu::cli
