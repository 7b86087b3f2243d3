// tingdu-cli info PATH|URL [--json] [--header 'Name: value']... [--ca-file F]
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include "Commands.h"
#include "PublicationJson.h"
#include "tingdu/media/PublicationReader.h"

namespace tingdu::cli {

namespace {

void printHuman(QTextStream& out, const QJsonObject& o)
{
    out << QCoreApplication::translate("tingdu-cli", "Format:") << ' ' << o.value(QStringLiteral("format")).toString() << Qt::endl;
    out << QCoreApplication::translate("tingdu-cli", "Title:") << ' ' << o.value(QStringLiteral("title")).toString() << Qt::endl;
    QStringList authors;
    for (const auto& v : o.value(QStringLiteral("authors")).toArray())
        authors << v.toString();
    if (!authors.isEmpty())
        out << QCoreApplication::translate("tingdu-cli", "Authors:") << ' ' << authors.join(QStringLiteral(", ")) << Qt::endl;
    if (o.contains(QStringLiteral("narrator")))
        out << QCoreApplication::translate("tingdu-cli", "Narrator:") << ' ' << o.value(QStringLiteral("narrator")).toString() << Qt::endl;
    if (!o.value(QStringLiteral("language")).toString().isEmpty())
        out << QCoreApplication::translate("tingdu-cli", "Language:") << ' ' << o.value(QStringLiteral("language")).toString() << Qt::endl;
    if (o.contains(QStringLiteral("duration")))
        out << QCoreApplication::translate("tingdu-cli", "Duration:") << ' ' << QString::number(o.value(QStringLiteral("duration")).toDouble(), 'f', 1)
            << ' ' << QCoreApplication::translate("tingdu-cli", "seconds") << Qt::endl;
    out << QCoreApplication::translate("tingdu-cli", "Reading order:") << ' ' << o.value(QStringLiteral("readingOrder")).toArray().size() << Qt::endl;
    out << QCoreApplication::translate("tingdu-cli", "Table of contents:") << ' ' << o.value(QStringLiteral("toc")).toArray().size() << Qt::endl;
    for (const auto& v : o.value(QStringLiteral("toc")).toArray()) {
        const auto e = v.toObject();
        out << QString(2 * e.value(QStringLiteral("level")).toInt(1), QLatin1Char(' '))
            << e.value(QStringLiteral("title")).toString() << Qt::endl;
    }
    out << QCoreApplication::translate("tingdu-cli", "Pages:") << ' ' << o.value(QStringLiteral("pageList")).toArray().size() << Qt::endl;
    for (const auto& w : o.value(QStringLiteral("warnings")).toArray())
        out << QCoreApplication::translate("tingdu-cli", "Warning:") << ' ' << w.toString() << Qt::endl;
}

}  // namespace

int runInfo(CliContext& ctx)
{
    bool json = false;
    QString path;
    media::AudioSourceOptions remote;  // for an http(s) URL: the same options `play` takes
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString& a = ctx.args.at(i);
        const bool hasValue = i + 1 < ctx.args.size();
        if (a == QLatin1String("--json"))
            json = true;
        else if (a == QLatin1String("--header") && hasValue && ctx.args.at(i + 1).contains(QLatin1Char(':')))
            remote.headers.push_back(ctx.args.at(++i).toStdString());
        else if (a == QLatin1String("--ca-file") && hasValue)
            remote.caFile = ctx.args.at(++i).toStdString();
        else if (a.startsWith(QLatin1String("--")))
            return ctx.usage(QCoreApplication::translate("tingdu-cli", "info: unknown option “%1”").arg(a));
        else if (path.isEmpty())
            path = a;
        else
            return ctx.usage(QCoreApplication::translate("tingdu-cli", "info takes one PATH"));
    }
    if (path.isEmpty())
        return ctx.usage(QCoreApplication::translate("tingdu-cli", "info needs a PATH"));

    auto publication = media::openPublication(path.toStdString(), remote);
    if (!publication)
        return ctx.fail(publication.error());
    const QJsonObject o = publicationToJson(**publication);
    if (json)
        ctx.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    else
        printHuman(ctx.out, o);
    return 0;
}

}  // namespace tingdu::cli
