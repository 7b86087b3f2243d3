// CatalogPlace, continued: entry details, sign-in, lending and downloads.
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextEdit>

#include "AppPaths.h"
#include "CatalogErrorText.h"
#include "CatalogPlace.h"
#include "Services.h"
#include "ShelfLoans.h"
#include "tingdu/accessibility/qt/Announcer.h"
#include "tingdu/catalog/Downloader.h"
#include "tingdu/catalog/Lending.h"
#include "tingdu/media/AccessibilityDescription.h"

namespace tingdu::client {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}

// Renew and return are one shape: the LendingClient call differs (the Shelf uses the same code).
std::function<catalog::Result<catalog::Entry>()> circulation(catalog::CatalogSession& session, catalog::Entry entry,
                                                             LendingCall call)
{
    return [&session, entry = std::move(entry), call] { return circulate(session, entry, call); };
}
}  // namespace

void CatalogPlace::showDetails()
{
    const Row* row = currentRow();
    const bool publication = row && row->kind == Row::Publication;
    for (auto* b : {m_borrow, m_download, m_renew, m_return})
        b->setEnabled(publication);
    if (!publication) {
        m_details->setPlainText(row ? tr("Section: %1. Press Enter to open it.").arg(qs(row->link.title))
                                    : tr("Nothing selected."));
        return;
    }
    const catalog::Entry& e = row->entry;
    QStringList lines;
    lines << qs(e.title);
    QStringList authors;
    for (const auto& a : e.authors)
        authors << qs(a.name);
    if (!authors.isEmpty())
        lines << tr("By %1.").arg(authors.join(QStringLiteral(", ")));
    if (const QString availability = describeAvailability(e.availability()); !availability.isEmpty())
        lines << availability;
    if (!e.summary.empty())
        lines << qs(e.summary);
    if (!e.accessibility.empty()) {
        media::AccessibilityMetadata m;
        m.accessModes = e.accessibility.accessModes;
        m.accessModesSufficient = e.accessibility.accessModesSufficient;
        m.features = e.accessibility.features;
        m.hazards = e.accessibility.hazards;
        m.conformsTo = e.accessibility.conformsTo;
        m.summary = e.accessibility.summary;
        lines << tr("Accessibility: %1").arg(qs(media::accessibilityLine(media::describeAccessibility(m))));
    }
    if (!e.publisher.empty())
        lines << tr("Publisher: %1.").arg(qs(e.publisher));
    if (!e.language.empty())
        lines << tr("Language: %1.").arg(qs(e.language));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    using S = catalog::Availability::State;
    const S state = e.availability().state;
    m_return->setEnabled(state == S::Loaned || state == S::Reserved);
    m_renew->setEnabled(state == S::Loaned);
    m_borrow->setText(state == S::Unavailable ? tr("Place hold") : tr("&Borrow"));
    m_borrow->setEnabled(state != S::Loaned && state != S::OpenAccess && state != S::Reserved);
}

void CatalogPlace::failed(const catalog::Error& error, const QString& retryUrl)
{
    const QString text = describeCatalogError(error);
    m_feedTitle->setText(text);
    Q_EMIT message(text);
    if (error.code == catalog::ErrorCode::Unauthorized && !retryUrl.isEmpty())
        signIn(retryUrl);
}

void CatalogPlace::signIn(const QString& retryUrl, std::function<void()> then)
{
    const auto doc = m_services.session().lastAuthDocument();
    const catalog::AuthMethod* method = doc ? doc->preferred() : nullptr;
    if (!doc || !method) {
        Q_EMIT message(tr("This library has not asked for a sign-in yet. Open its catalog or loans first."));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign in to %1").arg(qs(doc->title)));
    auto* form = new QFormLayout(&dialog);
    auto* login = new QLineEdit(&dialog);
    auto* password = new QLineEdit(&dialog);
    password->setEchoMode(QLineEdit::Password);
    login->setAccessibleName(qs(method->loginLabel));
    password->setAccessibleName(qs(method->passwordLabel));
    form->addRow(qs(method->loginLabel) + QLatin1Char(':'), login);
    form->addRow(qs(method->passwordLabel) + QLatin1Char(':'), password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    catalog::Credentials credentials;
    credentials.login = login->text().toStdString();
    credentials.password = password->text().toStdString();
    const std::string url = (retryUrl.isEmpty() && m_feed ? m_feed->url : retryUrl.toStdString());
    setBusy(tr("Signing in…"));
    auto& session = m_services.session();
    run<bool>([&session, url, d = *doc, m = *method, credentials]() -> catalog::Result<bool> {
        if (auto r = session.signIn(url, d, m, credentials); !r)
            return r.error();
        return true;
    }, [this, retryUrl, then](catalog::Result<bool> r) {
        if (!r) {
            // A refused card is worded as a failed sign-in already; other failures (network, TLS)
            // say what happened on their own.
            const QString text = describeCatalogError(r.error());
            m_feedTitle->setText(text);
            Q_EMIT message(text);
            return;
        }
        Q_EMIT m_services.accountsChanged();
        // Without a keyring the card lasts for this run only: said once, shown and spoken.
        if (const QString notice = m_services.takeCardNotice(); !notice.isEmpty())
            Q_EMIT message(tr("Signed in.") + QLatin1Char(' ') + notice);
        else
            announce(tr("Signed in."));
        if (then)
            then();
        else if (!retryUrl.isEmpty())
            openFeed(retryUrl, true);
    });
}

void CatalogPlace::lend(const QString& what, std::function<catalog::Result<catalog::Entry>()> call, const QString& done)
{
    setBusy(what);
    run<catalog::Entry>(call, [this, what, call, done](catalog::Result<catalog::Entry> r) {
        if (r.ok()) {
            const int index = m_entries->currentRow();
            if (index >= 0 && index < static_cast<int>(m_rows.size()))
                m_rows[static_cast<std::size_t>(index)].entry = r.value();
            m_feedTitle->setText(done);
            announce(done);
            showDetails();
            Q_EMIT m_services.shelfChanged();
            return;
        }
        // The library wants a card first (none stored, or the keyring has none): ask for it,
        // then do what the reader asked for.
        if (r.error().httpStatus == 401 && m_services.session().lastAuthDocument()) {
            m_feedTitle->setText(describeCatalogError(r.error()));
            signIn({}, [this, what, call, done] { lend(what, call, done); });
            return;
        }
        failed(r.error());
    });
}

void CatalogPlace::borrow()
{
    const Row* row = currentRow();
    if (!row || row->kind != Row::Publication)
        return;
    auto& session = m_services.session();
    const catalog::Entry entry = row->entry;
    const bool hold = entry.availability().state == catalog::Availability::State::Unavailable;
    lend(hold ? tr("Placing a hold on “%1”…").arg(qs(entry.title)) : tr("Borrowing “%1”…").arg(qs(entry.title)),
         [&session, entry]() -> catalog::Result<catalog::Entry> {
             catalog::LendingClient lending(session);
             auto r = lending.borrow(entry);
             if (!r)
                 return r.error();
             return r->entry;
         },
         hold ? tr("Hold placed on “%1”.").arg(qs(entry.title)) : tr("Borrowed “%1”.").arg(qs(entry.title)));
}

void CatalogPlace::renew()
{
    const Row* row = currentRow();
    if (!row || row->kind != Row::Publication)
        return;
    const catalog::Entry& entry = row->entry;
    lend(tr("Renewing “%1”…").arg(qs(entry.title)), circulation(m_services.session(), entry, &catalog::LendingClient::renew),
         tr("Renewed “%1”.").arg(qs(entry.title)));
}

void CatalogPlace::returnLoan()
{
    const Row* row = currentRow();
    if (!row || row->kind != Row::Publication)
        return;
    const catalog::Entry& entry = row->entry;
    lend(tr("Returning “%1”…").arg(qs(entry.title)),
         circulation(m_services.session(), entry, &catalog::LendingClient::returnLoan),
         tr("Returned “%1”.").arg(qs(entry.title)));
}

QString CatalogPlace::authorizationFor(const std::string& url)
{
    const auto credentials = m_services.credentials().load(m_services.session().libraryIdFor(url));
    if (!credentials)
        return {};
    if (!credentials->bearerToken.empty())
        return QStringLiteral("Bearer ") + qs(credentials->bearerToken);
    return qs(catalog::basicAuthorization(credentials->login, credentials->password));
}

void CatalogPlace::download()
{
    const Row* row = currentRow();
    if (!row || row->kind != Row::Publication)
        return;
    const catalog::Entry entry = row->entry;
    const auto fulfilment = catalog::LendingClient::fulfilment(entry);
    if (!fulfilment || fulfilment->drm) {
        Q_EMIT message(fulfilment ? tr("“%1” is protected by DRM that Tingdu cannot open.").arg(qs(entry.title))
                                  : tr("“%1” cannot be downloaded; borrow it first.").arg(qs(entry.title)));
        return;
    }
    if (const QUrl source(qs(fulfilment->url)); source.isLocalFile() || QFileInfo(qs(fulfilment->url)).isAbsolute()) {
        // An offline catalog (the guide's) points at files already here: shelve them as they are.
        catalog::ShelfItem item;
        item.publicationId = Services::localId(source.isLocalFile() ? source.toLocalFile() : qs(fulfilment->url)).toStdString();
        item.title = entry.title;
        if (!entry.authors.empty())
            item.author = entry.authors.front().name;
        item.path = (source.isLocalFile() ? source.toLocalFile() : qs(fulfilment->url)).toStdString();
        item.sourceUrl = fulfilment->url;
        item.mediaType = fulfilment->type.find("epub") != std::string::npos ? "epub" : "audiobook";
        if (auto* shelf = m_services.shelf())
            (void)shelf->putItem(item);
        m_progress->setValue(100);
        const QString done = tr("Download finished: “%1” is on your shelf.").arg(qs(entry.title));
        m_feedTitle->setText(done);
        announce(done);
        Q_EMIT m_services.shelfChanged();
        return;
    }
    const QString folder = dataDirectory() + QStringLiteral("/books");
    QDir().mkpath(folder);
    QString name = qs(entry.id).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    const QString type = qs(fulfilment->type);
    const QString ext = type.contains(QLatin1String("epub")) ? QStringLiteral(".epub")
        : type.contains(QLatin1String("audiobook")) ? QStringLiteral(".audiobook")
        : type.contains(QLatin1String("zip")) ? QStringLiteral(".zip") : QStringLiteral(".mp3");
    const std::string dest = (folder + QLatin1Char('/') + name.right(80) + ext).toStdString();
    catalog::DownloadOptions options;
    options.authorization = authorizationFor(fulfilment->url).toStdString();
    setBusy(tr("Downloading “%1”…").arg(qs(entry.title)));
    m_progress->setRange(0, 100);
    QPointer<QProgressBar> bar(m_progress);
    const catalog::HttpsClient& http = m_services.http();
    run<catalog::DownloadResult>([&http, url = fulfilment->url, dest, options, bar] {
        int last = -1;
        return catalog::download(http, url, dest, options, [bar, &last](std::uint64_t got, std::uint64_t total) {
            const int percent = total ? static_cast<int>(got * 100 / total) : 0;
            if (percent == last)
                return;  // one update per percent: the GUI thread is not flooded
            last = percent;
            QMetaObject::invokeMethod(qApp, [bar, percent] { if (bar) bar->setValue(percent); }, Qt::QueuedConnection);
        });
    }, [this, entry](catalog::Result<catalog::DownloadResult> r) {
        if (!r) {
            failed(r.error());
            return;
        }
        catalog::ShelfItem item;
        item.publicationId = entry.id;
        item.title = entry.title;
        if (!entry.authors.empty())
            item.author = entry.authors.front().name;
        item.path = r->path;
        item.mediaType = r->contentType.find("epub") != std::string::npos ? "epub" : "audiobook";
        item.size = static_cast<std::int64_t>(r->size);
        item.sha256 = r->sha256;
        if (auto* shelf = m_services.shelf())
            (void)shelf->putItem(item);
        m_progress->setValue(100);
        const QString done = tr("Download finished: “%1” is on your shelf.").arg(qs(entry.title));
        m_feedTitle->setText(done);
        announce(done);
        Q_EMIT m_services.shelfChanged();
    });
}

void CatalogPlace::openLoans()
{
    const catalog::Link* shelfLink = m_feed ? m_feed->findLink("http://opds-spec.org/shelf") : nullptr;
    if (!shelfLink) {
        Q_EMIT message(tr("This catalog has no loans page. Open your library's catalog first."));
        return;
    }
    const std::string url = shelfLink->href;
    setBusy(tr("Loading your loans…"));
    auto& session = m_services.session();
    run<catalog::Feed>([&session, url] { return catalog::LendingClient(session).loans(url); },
                       [this, url](catalog::Result<catalog::Feed> r) {
                           if (!r) {
                               failed(r.error(), qs(url));
                               return;
                           }
                           Q_EMIT m_services.shelfChanged();
                           showFeed(std::move(r.value()));
                       });
}

}  // namespace tingdu::client
