#pragma once
// The shelf as a table: local books (imported, downloaded, the guide) and loans, with title,
// author, format, progress and state. Screen readers get the title as each row's name and the
// rest as its description.
#include <QAbstractTableModel>
#include <QVector>

namespace tingdu::catalog {
class ShelfDatabase;
}

namespace tingdu::client {

struct ShelfRow {
    QString id;
    QString title;
    QString author;
    QString format;
    QString path;      ///< empty for a loan not downloaded yet
    double progress = -1;  ///< 0..1, < 0 when never opened
    QString state;     ///< translated: "On this computer", "On loan until 3 May", ...
    QString due;       ///< ISO date of a loan, for sorting
    QString loanState; ///< "loaned", "reserved", "ready"; empty when not a loan
};

class ShelfModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Author, Format, Progress, State, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, PathRole, SortRole, LoanStateRole };

    explicit ShelfModel(QObject* parent = nullptr);
    void reload(catalog::ShelfDatabase* shelf);
    const ShelfRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// "Title — by Author; EPUB; 40%; On this computer": the line the shelf shows.
    QString summary(const ShelfRow& row) const;
    /// Everything but the title: what screen readers hear as the item's description.
    QString details(const ShelfRow& row) const;

private:
    QString cell(const ShelfRow& row, int column) const;
    QVector<ShelfRow> m_rows;
};

}  // namespace tingdu::client
