#include "ShelfPlace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QListView>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>
#include <QVBoxLayout>
#include <memory>

#include "AppPaths.h"
#include "BookOpener.h"
#include "CatalogErrorText.h"
#include "DateText.h"
#include "FlowLayout.h"
#include "KeyMap.h"
#include "Services.h"
#include "ShelfLoans.h"
#include "ShelfModel.h"

namespace tingdu::client {

ShelfPlace::ShelfPlace(Services& services, QWidget* parent) : Place(parent), m_services(services)
{
    auto* layout = new QVBoxLayout(this);
    auto* filterRow = new FlowLayout;
    // Each label stays beside its field when the row wraps (above it when even that is too wide).
    auto* filterPair = new FlowLayout;
    auto* sortPair = new FlowLayout;
    auto* filterLabel = new QLabel(tr("Fil&ter:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setAccessibleName(tr("Filter books"));
    m_filter->setAccessibleDescription(tr("Shows only books whose title, author or state contains this text"));
    m_filter->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filter);
    filterPair->addWidget(filterLabel);
    filterPair->addWidget(m_filter);
    filterRow->addLayout(filterPair);
    auto* sortLabel = new QLabel(tr("Sort &by:"), this);
    m_sort = new QComboBox(this);
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Recently added"), -1);
    m_sort->addItem(tr("Title"), ShelfModel::Title);
    m_sort->addItem(tr("Author"), ShelfModel::Author);
    m_sort->addItem(tr("Format"), ShelfModel::Format);
    m_sort->addItem(tr("Progress"), ShelfModel::Progress);
    m_sort->addItem(tr("State and due date"), ShelfModel::State);
    sortLabel->setBuddy(m_sort);
    sortPair->addWidget(sortLabel);
    sortPair->addWidget(m_sort);
    filterRow->addLayout(sortPair);
    connect(m_sort, &QComboBox::currentIndexChanged, this, [this] {
        const int key = m_sort->currentData().toInt();
        if (key >= 0)
            m_proxy->setSortRole(ShelfModel::sortRole(static_cast<ShelfModel::Key>(key)));
        m_proxy->sort(key < 0 ? -1 : 0, Qt::AscendingOrder);  // -1: the order books were added in
    });

    auto* label = new QLabel(tr("&Books on your shelf"), this);
    m_model = new ShelfModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);  // the shown line: title, author, format, progress and state
    m_books = new QListView(this);
    m_books->setModel(m_proxy);
    m_books->setUniformItemSizes(true);
    m_books->setWordWrap(true);
    m_books->setAccessibleName(tr("Books on your shelf"));
    m_books->setAccessibleDescription(
        tr("Enter opens the book; Delete removes it from the shelf; Ctrl+R renews a loan; Ctrl+Shift+R returns it"));
    label->setBuddy(m_books);

    auto* buttons = new FlowLayout;
    m_open = new QPushButton(tr("&Open"), this);
    auto* importFiles = new QPushButton(tr("&Import files…"), this);
    auto* importFolder = new QPushButton(tr("Import fol&der…"), this);
    m_remove = new QPushButton(tr("&Remove from shelf"), this);
    m_renew = new QPushButton(tr("Re&new loan"), this);
    m_renew->setAccessibleDescription(tr("Asks the library for more time with the selected loan"));
    m_return = new QPushButton(tr("Ret&urn loan"), this);
    m_return->setAccessibleDescription(tr("Gives the selected loan back to the library, or cancels the hold"));
    for (QPushButton* b : {m_open, importFiles, importFolder, m_remove, m_renew, m_return})
        buttons->addWidget(b);

    layout->addLayout(filterRow);
    layout->addWidget(label);
    layout->addWidget(m_books, 1);
    layout->addLayout(buttons);

    auto& keys = KeyMap::instance();
    connect(keys.create(m_books, QStringLiteral("shelf.open"), tr("Open the selected book"), Qt::Key_Return),
            &QAction::triggered, this, &ShelfPlace::openCurrent);
    connect(keys.create(m_books, QStringLiteral("shelf.remove"), tr("Remove the selected book"), QKeySequence::Delete),
            &QAction::triggered, this, &ShelfPlace::removeCurrent);
    connect(keys.create(this, QStringLiteral("shelf.renew"), tr("Renew the selected loan"), Qt::CTRL | Qt::Key_R),
            &QAction::triggered, this, &ShelfPlace::renewCurrent);
    connect(keys.create(this, QStringLiteral("shelf.return"), tr("Return the selected loan or cancel the hold"),
                        Qt::CTRL | Qt::SHIFT | Qt::Key_R),
            &QAction::triggered, this, &ShelfPlace::returnCurrent);
    connect(keys.create(this, QStringLiteral("shelf.filter"), tr("Filter books"), QKeySequence::Find),
            &QAction::triggered, this, [this] { m_filter->setFocus(Qt::ShortcutFocusReason); m_filter->selectAll(); });

    connect(m_books, &QListView::activated, this, &ShelfPlace::openCurrent);
    connect(m_open, &QPushButton::clicked, this, &ShelfPlace::openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &ShelfPlace::removeCurrent);
    connect(m_renew, &QPushButton::clicked, this, &ShelfPlace::renewCurrent);
    connect(m_return, &QPushButton::clicked, this, &ShelfPlace::returnCurrent);
    connect(m_books->selectionModel(), &QItemSelectionModel::currentChanged, this, &ShelfPlace::updateButtons);
    connect(importFiles, &QPushButton::clicked, this, &ShelfPlace::importFiles);
    connect(importFolder, &QPushButton::clicked, this, &ShelfPlace::importFolder);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // Down from the filter goes to the list: no Tab needed to reach the results.
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { m_books->setFocus(Qt::OtherFocusReason); });
    connect(&m_services, &Services::shelfChanged, this, &ShelfPlace::reload);

    m_inspector = new BookOpener(this);
    connect(m_inspector, &BookOpener::imported, this, [this](const QList<ImportedBook>& books) {
        storeImported(books, m_guidePass);
        m_guidePass = false;
    });
    setTabOrder(m_filter, m_sort);
    setTabOrder(m_sort, m_books);
    reload();
}

QWidget* ShelfPlace::initialFocus()
{
    return m_books;
}

void ShelfPlace::reload()
{
    // A hidden place stays quiet: resetting a hidden list still sends the screen reader selection
    // and focus events, and Orca read the whole shelf over the Catalog. It catches up when shown.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QString current = m_books->currentIndex().data(ShelfModel::IdRole).toString();
    m_model->reload(m_services.shelf());
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        const QModelIndex index = m_proxy->index(r, 0);
        if (index.data(ShelfModel::IdRole).toString() == current || (current.isEmpty() && r == 0)) {
            m_books->setCurrentIndex(index);
            break;
        }
    }
    const bool any = m_proxy->rowCount() > 0;
    m_open->setEnabled(any);
    m_remove->setEnabled(any);
    updateButtons();
}

void ShelfPlace::showEvent(QShowEvent* event)
{
    if (m_stale)
        reload();
    Place::showEvent(event);
}

void ShelfPlace::updateButtons()
{
    const QString state = m_books->currentIndex().data(ShelfModel::LoanStateRole).toString();
    m_renew->setEnabled(state == QLatin1String("loaned"));
    m_return->setEnabled(!state.isEmpty());
    m_return->setText(state == QLatin1String("loaned") || state.isEmpty() ? tr("Ret&urn loan") : tr("Canc&el hold"));
}

void ShelfPlace::renewCurrent()
{
    circulateCurrent(true);
}

void ShelfPlace::returnCurrent()
{
    circulateCurrent(false);
}

void ShelfPlace::circulateCurrent(bool renewing)
{
    const QModelIndex index = m_books->currentIndex();
    if (!index.isValid())
        return;
    const QString title = index.data(ShelfModel::TitleRole).toString();
    const auto loan = shelvedLoan(m_services.shelf(), index.data(ShelfModel::IdRole).toString().toStdString());
    if (!loan) {
        Q_EMIT message(tr("“%1” is not on loan from a library.").arg(title));
        return;
    }
    if (renewing && loan->state != "loaned") {
        Q_EMIT message(tr("“%1” is a hold, not a loan: there is nothing to renew yet.").arg(title));
        return;
    }
    if (!renewing) {
        const bool hold = loan->state != "loaned";
        const auto answer = QMessageBox::question(
            this, hold ? tr("Cancel hold") : tr("Return loan"),
            hold ? tr("Cancel your hold on “%1”?").arg(title)
                 : tr("Return “%1” to the library now? It leaves your loans.").arg(title),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes)
            return;
    }
    Q_EMIT message(renewing ? tr("Renewing “%1”…").arg(title) : tr("Returning “%1”…").arg(title));
    catalog::CatalogSession& session = m_services.session();
    const LendingCall call = renewing ? static_cast<LendingCall>(&catalog::LendingClient::renew)
                                      : static_cast<LendingCall>(&catalog::LendingClient::returnLoan);
    QPointer<ShelfPlace> self(this);
    QThreadPool::globalInstance()->start([self, &session, loan = *loan, call, renewing, title] {
        auto entry = entryForLoan(session, loan);
        auto result = std::make_shared<catalog::Result<catalog::Entry>>(entry ? circulate(session, *entry, call)
                                                                              : catalog::Result<catalog::Entry>(entry.error()));
        QMetaObject::invokeMethod(qApp, [self, result, renewing, title] {
            if (!self)
                return;
            Q_EMIT self->m_services.shelfChanged();
            if (!*result) {
                Q_EMIT self->message((renewing ? tr("“%1” was not renewed: %2") : tr("“%1” was not returned: %2"))
                                         .arg(title, describeCatalogError(result->error())));
                return;
            }
            QString done = renewing ? tr("Renewed “%1”.").arg(title) : tr("Returned “%1”.").arg(title);
            const QString due = QString::fromStdString(result->value().availability().until);
            if (renewing && !due.isEmpty())
                done = tr("Renewed “%1”: now due on %2.").arg(title, describeDate(due));
            Q_EMIT self->message(done);
        }, Qt::QueuedConnection);
    });
}

void ShelfPlace::addGuideBooks()
{
    const QDir guide(guideDirectory());
    QStringList missing;
    for (const QString& name : guide.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (name.endsWith(QLatin1String(".json")) || name == QLatin1String("images"))
            continue;  // the offline catalog and its pictures are not books
        const QString path = guide.filePath(name);
        auto* shelf = m_services.shelf();
        if (shelf) {
            auto item = shelf->item(Services::localId(path).toStdString());
            if (item && item.value())
                continue;
        }
        missing.append(path);
    }
    if (missing.isEmpty())
        return;
    m_guidePass = true;
    m_inspector->inspect(missing);
}

void ShelfPlace::importFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import books"), QDir::homePath(),
        tr("Books and audio (*.epub *.zip *.opf *.html *.json *.lpf *.audiobook *.m3u *.m3u8 *.mp3 *.m4a *.m4b "
           "*.ogg *.opus *.flac *.wav);;All files (*)"));
    if (!files.isEmpty()) {
        Q_EMIT message(tr("Importing %n book(s)…", nullptr, static_cast<int>(files.size())));
        m_inspector->inspect(files);
    }
}

void ShelfPlace::importFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Import a DAISY book or audiobook folder"),
                                                          QDir::homePath());
    if (!dir.isEmpty()) {
        Q_EMIT message(tr("Importing %n book(s)…", nullptr, 1));
        m_inspector->inspect({dir});
    }
}

void ShelfPlace::storeImported(const QList<ImportedBook>& books, bool quiet)
{
    int added = 0;
    QStringList failures;
    for (const ImportedBook& book : books) {
        if (!book.error.isEmpty()) {
            failures.append(book.error);
            continue;
        }
        catalog::ShelfItem item;
        item.publicationId = Services::localId(book.path).toStdString();
        item.title = book.title.toStdString();
        item.author = book.author.toStdString();
        item.path = book.path.toStdString();
        item.mediaType = book.format.toStdString();
        if (auto* shelf = m_services.shelf(); shelf && shelf->putItem(item))
            ++added;
    }
    reload();
    if (!quiet || !failures.isEmpty()) {
        QString text = tr("%n book(s) added to the shelf.", nullptr, added);
        if (!failures.isEmpty())
            text += QLatin1Char(' ') + failures.join(QLatin1Char(' '));
        Q_EMIT message(text);
    }
}

void ShelfPlace::openCurrent()
{
    const QModelIndex index = m_books->currentIndex();
    if (!index.isValid())
        return;
    const QString path = index.data(ShelfModel::PathRole).toString();
    if (path.isEmpty()) {
        Q_EMIT message(tr("This loan is not downloaded yet. Download it from the Catalog's loans list."));
        return;
    }
    Q_EMIT openRequested(index.data(ShelfModel::IdRole).toString(), path);
}

void ShelfPlace::removeCurrent()
{
    const QModelIndex index = m_books->currentIndex();
    auto* shelf = m_services.shelf();
    if (!index.isValid() || !shelf)
        return;
    const QString title = index.data(ShelfModel::TitleRole).toString();
    if (shelf->removeItem(index.data(ShelfModel::IdRole).toString().toStdString()))
        Q_EMIT message(tr("“%1” removed from the shelf; the file itself is kept.").arg(title));
    reload();
    m_books->setFocus();
}

}  // namespace tingdu::client
