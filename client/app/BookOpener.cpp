#include "BookOpener.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPointer>
#include <QThreadPool>

#include "ErrorText.h"
#include "tingdu/media/PublicationReader.h"

namespace tingdu::client {

namespace {
QString authorsOf(const media::Metadata& m)
{
    QStringList names;
    for (const auto& a : m.authors)
        names.append(QString::fromStdString(a.name));
    return names.join(QStringLiteral(", "));
}
}  // namespace

void BookOpener::open(const QString& id, const QString& path)
{
    QPointer<BookOpener> self(this);
    QThreadPool::globalInstance()->start([self, id, path] {
        auto result = media::openPublication(QFileInfo(path).absoluteFilePath().toStdString());
        if (!result) {
            const QString message = describeError(result.error());
            QMetaObject::invokeMethod(qApp, [self, path, message] {
                if (self)
                    Q_EMIT self->failed(path, message);
            }, Qt::QueuedConnection);
            return;
        }
        OpenedBook book;
        book.id = id;
        book.path = path;
        book.publication = std::shared_ptr<media::Publication>(std::move(result.value()));
        book.title = QString::fromStdString(book.publication->metadata().title);
        book.placement = placeFor(*book.publication);
        if (book.title.isEmpty())
            book.title = QFileInfo(path).completeBaseName();
        QMetaObject::invokeMethod(qApp, [self, book] {
            if (self)
                Q_EMIT self->opened(book);
        }, Qt::QueuedConnection);
    });
}

void BookOpener::inspect(const QStringList& paths)
{
    QPointer<BookOpener> self(this);
    QThreadPool::globalInstance()->start([self, paths] {
        QList<ImportedBook> books;
        for (const QString& path : paths) {
            ImportedBook book;
            book.path = QFileInfo(path).absoluteFilePath();
            auto result = media::openPublication(book.path.toStdString());
            if (!result) {
                book.error = describeError(result.error());
            } else {
                const auto& m = result.value()->metadata();
                book.title = QString::fromStdString(m.title);
                book.author = authorsOf(m);
                book.format = QString::fromLatin1(media::formatName(result.value()->format()).data(),
                                                  static_cast<qsizetype>(media::formatName(result.value()->format()).size()));
            }
            if (book.title.isEmpty())
                book.title = QFileInfo(path).completeBaseName();
            books.append(book);
        }
        QMetaObject::invokeMethod(qApp, [self, books] {
            if (self)
                Q_EMIT self->imported(books);
        }, Qt::QueuedConnection);
    });
}

}  // namespace tingdu::client
