#pragma once
// The shelf as a list: local books (imported, downloaded, the guide) and loans, one item each with
// title, author, format, progress and state. One column only: a QListView over a wider model lets
// screen readers count and name every cell as a list item ("List with 15 items. Lin Yue.").
// An item's accessible name is "title, by author, state"; the rest is its description.
#include <QAbstractListModel>
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

class ShelfModel : public QAbstractListModel {
    Q_OBJECT
public:
    /// What the shelf can be sorted by.
    enum Key { Title, Author, Format, Progress, State, KeyCount };
    enum Role { IdRole = Qt::UserRole + 1, PathRole, LoanStateRole, TitleRole, SortRoleBase };
    /// The role whose data sorts the list by KEY.
    static int sortRole(Key key) { return static_cast<int>(SortRoleBase) + static_cast<int>(key); }

    explicit ShelfModel(QObject* parent = nullptr);
    void reload(catalog::ShelfDatabase* shelf);
    const ShelfRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// "Title — by Author; EPUB; 40%; On this computer": the line the shelf shows.
    QString summary(const ShelfRow& row) const;
    /// Everything but the title: what screen readers hear as the item's description.
    QString details(const ShelfRow& row) const;
    /// "Title, by Author, On loan until 30 June 2031": the item's accessible name.
    QString accessibleName(const ShelfRow& row) const;

private:
    QString cell(const ShelfRow& row, Key key) const;
    QVector<ShelfRow> m_rows;
};

}  // namespace tingdu::client
