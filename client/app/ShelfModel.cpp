#include "ShelfModel.h"

#include <QFileInfo>

#include "DateText.h"

#include "tingdu/catalog/ShelfDatabase.h"

namespace tingdu::client {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

QString formatLabel(const QString& format)
{
    if (format == QLatin1String("epub"))
        return QStringLiteral("EPUB");
    if (format == QLatin1String("daisy2"))
        return QStringLiteral("DAISY 2.02");
    if (format == QLatin1String("daisy3"))
        return QStringLiteral("DAISY 3");
    if (format.isEmpty())
        return {};
    return ShelfModel::tr("Audiobook");
}
}  // namespace

ShelfModel::ShelfModel(QObject* parent) : QAbstractListModel(parent) {}

void ShelfModel::reload(catalog::ShelfDatabase* shelf)
{
    beginResetModel();
    m_rows.clear();
    if (shelf) {
        if (auto items = shelf->items()) {
            for (const auto& item : items.value()) {
                ShelfRow row;
                row.id = qs(item.publicationId);
                row.title = qs(item.title);
                row.author = qs(item.author);
                row.format = qs(item.mediaType);
                row.path = qs(item.path);
                if (auto pos = shelf->position(item.publicationId); pos && pos.value())
                    row.progress = pos.value()->progression;
                row.state = QFileInfo::exists(row.path) ? tr("On this computer") : tr("File missing");
                m_rows.append(row);
            }
        }
        if (auto loans = shelf->loans()) {
            for (const auto& loan : loans.value()) {
                const QString id = qs(loan.publicationId);
                ShelfRow* existing = nullptr;
                for (auto& r : m_rows)
                    if (r.id == id)
                        existing = &r;
                ShelfRow fresh;
                ShelfRow& row = existing ? *existing : fresh;
                row.id = id;
                if (row.title.isEmpty())
                    row.title = qs(loan.title);
                row.due = qs(loan.until);
                row.loanState = qs(loan.state);
                const QString until = describeDate(row.due);
                if (loan.state == "reserved")
                    row.state = loan.holdPosition > 0 ? tr("On hold, number %1 in the queue").arg(loan.holdPosition)
                                                      : tr("On hold");
                else if (loan.state == "ready")
                    row.state = tr("Hold ready to borrow until %1").arg(until);
                else
                    row.state = existing ? tr("On loan until %1, downloaded").arg(until)
                                         : tr("On loan until %1").arg(until);
                if (!existing)
                    m_rows.append(fresh);
            }
        }
    }
    endResetModel();
}

const ShelfRow* ShelfModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows[index] : nullptr;
}

int ShelfModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString ShelfModel::cell(const ShelfRow& row, Key key) const
{
    switch (key) {
    case Title: return row.title;
    case Author: return row.author;
    case Format: return formatLabel(row.format);
    case Progress: return row.progress < 0 ? tr("Not started") : tr("%1%").arg(qRound(row.progress * 100));
    case State: return row.state;
    default: return {};
    }
}

QString ShelfModel::details(const ShelfRow& row) const
{
    QStringList parts;
    if (!row.author.isEmpty())
        parts << tr("by %1").arg(row.author);
    for (Key key : {Format, Progress, State})
        if (const QString text = cell(row, key); !text.isEmpty())
            parts << text;
    return parts.join(QStringLiteral("; "));
}

QString ShelfModel::summary(const ShelfRow& row) const
{
    const QString rest = details(row);
    return rest.isEmpty() ? row.title : tr("%1 — %2").arg(row.title, rest);
}

QString ShelfModel::accessibleName(const ShelfRow& row) const
{
    QStringList parts{row.title};
    if (!row.author.isEmpty())
        parts << tr("by %1").arg(row.author);
    if (!row.state.isEmpty())
        parts << row.state;
    return parts.join(tr(", "));
}

QVariant ShelfModel::data(const QModelIndex& index, int role) const
{
    const ShelfRow* r = index.column() == 0 ? row(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return summary(*r);
    case Qt::AccessibleTextRole:
        return accessibleName(*r);
    case Qt::AccessibleDescriptionRole:
        return details(*r);
    case Qt::ToolTipRole:
        return summary(*r);
    case IdRole:
        return r->id;
    case PathRole:
        return r->path;
    case LoanStateRole:
        return r->loanState;
    case TitleRole:
        return r->title;
    default:
        break;
    }
    if (role < sortRole(Title) || role >= sortRole(KeyCount))
        return {};
    const auto key = static_cast<Key>(role - sortRole(Title));
    if (key == Progress)
        return r->progress;
    if (key == State)  // loans by due date, then the rest by state
        return r->due.isEmpty() ? QStringLiteral("~") + r->state : r->due;
    return cell(*r, key).toLower();
}

}  // namespace tingdu::client
