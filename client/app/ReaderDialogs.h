#pragma once
// The reader's dialogs: a navigation list (contents, landmarks, page list) and the bookmarks.
#include <QDialog>
#include <vector>

#include "tingdu/catalog/ShelfDatabase.h"
#include "tingdu/media/Publication.h"

class QListWidget;
class QTreeWidget;

namespace tingdu::client {

/// Lists nav points as a tree (levels nest); exec() returns Accepted with chosen() set.
class NavPointDialog : public QDialog {
    Q_OBJECT
public:
    NavPointDialog(const QString& title, const QString& listName, const std::vector<media::NavPoint>& points,
                   int current, QWidget* parent = nullptr);
    int chosen() const { return m_chosen; }

private:
    QTreeWidget* m_tree = nullptr;
    int m_chosen = -1;
};

/// The bookmarks of one book: go to, edit the note, delete.
class BookmarksDialog : public QDialog {
    Q_OBJECT
public:
    BookmarksDialog(catalog::ShelfDatabase& shelf, const QString& publicationId, QWidget* parent = nullptr);
    /// The locator of the bookmark to go to, when the dialog was accepted.
    QString chosenLocator() const { return m_locator; }

private:
    void reload();
    void editNote();
    void removeCurrent();
    catalog::ShelfDatabase& m_shelf;
    QString m_publicationId;
    QListWidget* m_list = nullptr;
    std::vector<catalog::Bookmark> m_marks;
    QString m_locator;
};

}  // namespace tingdu::client
