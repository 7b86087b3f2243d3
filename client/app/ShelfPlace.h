#pragma once
#include "Place.h"

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QListView;
class QComboBox;

namespace tingdu::client {

class BookOpener;
class Services;
class ShelfModel;
struct ImportedBook;

/// Local books and loans: open, import files and folders, remove, renew and return loans, sort and filter.
class ShelfPlace : public Place {
    Q_OBJECT
public:
    ShelfPlace(Services& services, QWidget* parent = nullptr);
    QString title() const override { return tr("Shelf"); }
    QWidget* initialFocus() override;
    QString helpPrefix() const override { return QStringLiteral("shelf."); }

    /// Adds the guide books not yet on the shelf (on a worker; the view updates when done).
    void addGuideBooks();
    void importFiles();
    void importFolder();

Q_SIGNALS:
    void openRequested(const QString& id, const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Rereads the shelf now when shown, else when next shown.
    void reload();
    void openCurrent();
    void removeCurrent();
    void renewCurrent();
    void returnCurrent();
    void updateButtons();
    /// Renews or returns the selected loan on a worker (the Catalog's lending code), then reports.
    void circulateCurrent(bool renewing);
    void storeImported(const QList<ImportedBook>& books, bool quiet);

    Services& m_services;
    ShelfModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QListView* m_books = nullptr;
    QLineEdit* m_filter = nullptr;
    QComboBox* m_sort = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_renew = nullptr;
    QPushButton* m_return = nullptr;
    BookOpener* m_inspector = nullptr;
    bool m_guidePass = false;
    bool m_stale = true;  ///< the shelf changed while the place was hidden
};

}  // namespace tingdu::client
