#pragma once
// Opens publications on a worker thread (parsing a large EPUB or probing audio takes time) and
// reports on the GUI thread through queued signals.
#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

#include "BookPlacement.h"
#include "tingdu/media/Publication.h"

namespace tingdu::client {

/// A publication opened for the reader or the player, with where it came from.
struct OpenedBook {
    QString id;    ///< shelf publication id
    QString path;
    QString title;
    std::shared_ptr<media::Publication> publication;
    Placement placement;  ///< where it opens and whether the Reader plays its narration
};

/// What an import found out about one file (metadata for the shelf) or why it failed.
struct ImportedBook {
    QString path;
    QString title;
    QString author;
    QString format;  ///< media::formatName()
    QString error;   ///< one worded sentence when it could not be opened
};

class BookOpener : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    /// Opens PATH; emits opened() or failed() later, on the GUI thread.
    void open(const QString& id, const QString& path);
    /// Opens each path just to read its metadata; emits imported() once with all of them.
    void inspect(const QStringList& paths);

Q_SIGNALS:
    void opened(const tingdu::client::OpenedBook& book);
    void failed(const QString& path, const QString& message);
    void imported(const QList<tingdu::client::ImportedBook>& books);
};

}  // namespace tingdu::client

Q_DECLARE_METATYPE(tingdu::client::OpenedBook)
Q_DECLARE_METATYPE(tingdu::client::ImportedBook)
