// tingdu-cli text BOOK [--chapter N]: the text a listener hears, in reading order, with
// headings ("## Title"), page breaks ("[page 12]"), images and notes marked.
#include "Commands.h"
#include "tingdu/media/PublicationReader.h"

#include <QCoreApplication>

namespace tingdu::cli {

namespace {

// lupdate files tr() calls in this namespace under its name; look them up there.
QString tr(const char* s)
{
    return QCoreApplication::translate("tingdu::cli", s);
}

QString blockLine(const media::Block& b)
{
    const QString text = QString::fromStdString(b.text);
    switch (b.kind) {
    case media::BlockKind::Heading:
        return QString(std::max(1, b.level), QLatin1Char('#')) + QLatin1Char(' ') + text;
    case media::BlockKind::PageBreak:
        return QStringLiteral("[") + tr("page %1").arg(QString::fromStdString(b.label)) + QStringLiteral("]");
    case media::BlockKind::ListItem:
        return QString(2 * std::max(0, b.level - 1), QLatin1Char(' ')) + QStringLiteral("- ") + text;
    case media::BlockKind::Image:
        return QStringLiteral("[") +
               (text.isEmpty() ? tr("image without description") : tr("image: %1").arg(text)) +
               QStringLiteral("]");
    case media::BlockKind::Note:
        return QStringLiteral("[") + tr("note") + QStringLiteral("] ") + text;
    case media::BlockKind::TableCell:
        return QStringLiteral("| ") + (b.header ? QStringLiteral("**") + text + QStringLiteral("**") : text);
    case media::BlockKind::Blockquote:
        return QStringLiteral("> ") + text;
    default:
        return text;
    }
}

} // namespace

int runText(CliContext& ctx)
{
    QString path;
    long chapter = 0; // 1-based reading-order index; 0: every linear document
    for (qsizetype i = 0; i < ctx.args.size(); ++i) {
        const QString& a = ctx.args.at(i);
        if (a == QLatin1String("--chapter")) {
            bool ok = false;
            chapter = i + 1 < ctx.args.size() ? ctx.args.at(++i).toLong(&ok) : 0;
            if (!ok || chapter < 1)
                return ctx.usage(tr("text: --chapter needs a number from 1"));
        } else if (a.startsWith(QLatin1String("--"))) {
            return ctx.usage(tr("text: unknown option “%1”").arg(a));
        } else if (path.isEmpty()) {
            path = a;
        } else {
            return ctx.usage(tr("text takes one BOOK"));
        }
    }
    if (path.isEmpty())
        return ctx.usage(tr("text needs a BOOK"));

    auto publication = media::openPublication(path.toStdString());
    if (!publication)
        return ctx.fail(publication.error());
    const media::TextContent* text = (*publication)->text();
    if (!text)
        return ctx.fail(tr("%1 has no text to read; it is audio only").arg(path));
    const auto& order = (*publication)->readingOrder();
    if (chapter > static_cast<long>(text->documentCount()))
        return ctx.fail(tr("%1 has %2 chapters in its reading order").arg(path).arg(text->documentCount()));

    int status = 0;
    for (std::size_t i = 0; i < text->documentCount(); ++i) {
        if (chapter ? i + 1 != static_cast<std::size_t>(chapter) : (i < order.size() && !order[i].linear))
            continue;
        auto doc = text->document(i);
        if (!doc) {
            ctx.fail(doc.error()); // one broken chapter does not hide the rest of the book
            status = 1;
            continue;
        }
        for (const auto& block : doc->blocks)
            ctx.out << blockLine(block) << '\n';
        ctx.out << Qt::endl;
    }
    return status;
}

} // namespace tingdu::cli
