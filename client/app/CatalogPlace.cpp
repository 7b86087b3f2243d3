#include "CatalogPlace.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTextEdit>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

#include "AppPaths.h"
#include "AppSettings.h"
#include "CatalogErrorText.h"
#include "FlowLayout.h"
#include "KeyMap.h"
#include "Services.h"
#include "tingdu/accessibility/qt/Announcer.h"

namespace tingdu::client {

namespace {
QString qs(const std::string& s)
{
    return QString::fromStdString(s);
}
}  // namespace

CatalogPlace::CatalogPlace(Services& services, QWidget* parent) : Place(parent), m_services(services)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus);
    auto* page = new QWidget(scroll);
    auto* layout = new QVBoxLayout(page);

    auto* librariesLabel = new QLabel(tr("&Libraries"), page);
    m_libraries = new QListWidget(page);
    m_libraries->setAccessibleName(tr("Libraries"));
    m_libraries->setMaximumHeight(100);
    librariesLabel->setBuddy(m_libraries);
    auto* guide = new QListWidgetItem(tr("Tingdu guide (offline)"), m_libraries);
    guide->setData(Qt::UserRole, guideDirectory() + QStringLiteral("/catalog.json"));
    for (const QString& url : openSettings()->value(QLatin1String(keys::kCatalogs)).toStringList())
        (new QListWidgetItem(url, m_libraries))->setData(Qt::UserRole, url);
    m_libraries->setCurrentRow(0);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_address = new QLineEdit(page);
    m_address->setAccessibleName(tr("Catalog address"));
    m_address->setPlaceholderText(QStringLiteral("https://"));
    form->addRow(tr("Catalog &address:"), m_address);
    m_search = new QLineEdit(page);
    m_search->setAccessibleName(tr("Search the catalog"));
    form->addRow(tr("&Search:"), m_search);
    m_facets = new QComboBox(page);
    m_facets->setAccessibleName(tr("Facets"));
    m_facets->setAccessibleDescription(tr("Sorting and filtering the library offers for this page"));
    form->addRow(tr("Fa&cets:"), m_facets);

    m_feedTitle = new QLabel(tr("Choose a library and press Enter."), page);
    m_feedTitle->setWordWrap(true);
    m_feedTitle->setAccessibleDescription(tr("Catalog page"));
    auto* entriesLabel = new QLabel(tr("Books and s&ections"), page);
    m_entries = new QListWidget(page);
    m_entries->setAccessibleName(tr("Books and sections"));
    entriesLabel->setBuddy(m_entries);
    auto* detailsLabel = new QLabel(tr("&Details"), page);
    m_details = new QTextEdit(page);
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Details"));
    detailsLabel->setBuddy(m_details);

    auto* actions = new FlowLayout;
    auto button = [&](const QString& text, void (CatalogPlace::*slot)()) {
        auto* b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
        return b;
    };
    m_borrow = button(tr("&Borrow"), &CatalogPlace::borrow);
    m_download = button(tr("Do&wnload"), &CatalogPlace::download);
    m_renew = button(tr("Re&new"), &CatalogPlace::renew);
    m_return = button(tr("Re&turn"), &CatalogPlace::returnLoan);
    auto* paging = new FlowLayout;
    auto* back = new QPushButton(tr("Bac&k"), page);
    m_previous = new QPushButton(tr("&Previous page"), page);
    m_next = new QPushButton(tr("Ne&xt page"), page);
    auto* loans = new QPushButton(tr("My l&oans"), page);
    auto* signInButton = new QPushButton(tr("S&ign in…"), page);
    for (auto* b : {back, m_previous, m_next, loans, signInButton})
        paging->addWidget(b);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Download progress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->setFormat(tr("%p% downloaded"));

    layout->addWidget(librariesLabel);
    layout->addWidget(m_libraries);
    layout->addLayout(form);
    layout->addWidget(m_feedTitle);
    layout->addWidget(entriesLabel);
    layout->addWidget(m_entries, 1);
    layout->addLayout(paging);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addLayout(actions);
    layout->addWidget(m_progress);
    scroll->setWidget(page);
    outer->addWidget(scroll);

    connect(m_libraries, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { openFeed(item->data(Qt::UserRole).toString()); });
    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        const QString url = m_address->text().trimmed();
        if (url.isEmpty())
            return;
        QStringList saved = openSettings()->value(QLatin1String(keys::kCatalogs)).toStringList();
        if (!saved.contains(url)) {
            saved.append(url);
            openSettings()->setValue(QLatin1String(keys::kCatalogs), saved);
            (new QListWidgetItem(url, m_libraries))->setData(Qt::UserRole, url);
        }
        openFeed(url);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CatalogPlace::searchCatalog);
    connect(m_facets, &QComboBox::activated, this, [this](int i) {
        const QString url = m_facets->itemData(i).toString();
        if (!url.isEmpty())
            openFeed(url);
    });
    connect(m_entries, &QListWidget::currentRowChanged, this, &CatalogPlace::showDetails);
    connect(m_entries, &QListWidget::itemActivated, this, &CatalogPlace::activateRow);
    connect(back, &QPushButton::clicked, this, [this] {
        if (m_history.size() > 1) {
            m_history.removeLast();
            openFeed(m_history.takeLast());
        }
    });
    connect(m_next, &QPushButton::clicked, this, [this] { if (m_feed) openFeed(qs(m_feed->next())); });
    connect(m_previous, &QPushButton::clicked, this, [this] { if (m_feed) openFeed(qs(m_feed->previous())); });
    connect(loans, &QPushButton::clicked, this, &CatalogPlace::openLoans);
    connect(signInButton, &QPushButton::clicked, this, [this] { signIn({}); });

    auto& k = KeyMap::instance();
    connect(k.create(this, QStringLiteral("catalog.search"), tr("Search the catalog"), QKeySequence::Find),
            &QAction::triggered, this, [this] { m_search->setFocus(Qt::ShortcutFocusReason); });
    connect(k.create(this, QStringLiteral("catalog.back"), tr("Back to the previous catalog page"), Qt::ALT | Qt::Key_Left),
            &QAction::triggered, back, &QPushButton::click);
    connect(k.create(this, QStringLiteral("catalog.nextPage"), tr("Next page of results"), Qt::ALT | Qt::Key_PageDown),
            &QAction::triggered, m_next, &QPushButton::click);
    connect(k.create(this, QStringLiteral("catalog.previousPage"), tr("Previous page of results"), Qt::ALT | Qt::Key_PageUp),
            &QAction::triggered, m_previous, &QPushButton::click);
    connect(k.create(this, QStringLiteral("catalog.borrow"), tr("Borrow the selected book"), Qt::CTRL | Qt::Key_B),
            &QAction::triggered, this, &CatalogPlace::borrow);
    connect(k.create(this, QStringLiteral("catalog.download"), tr("Download the selected book"), Qt::CTRL | Qt::Key_D),
            &QAction::triggered, this, &CatalogPlace::download);
    connect(k.create(this, QStringLiteral("catalog.loans"), tr("My loans"), Qt::CTRL | Qt::Key_L),
            &QAction::triggered, this, &CatalogPlace::openLoans);
    showDetails();
}

QWidget* CatalogPlace::initialFocus()
{
    return m_libraries;
}

void CatalogPlace::setBusy(const QString& what)
{
    m_feedTitle->setText(what);
    m_progress->setRange(0, 0);  // busy indicator until the worker answers
}

void CatalogPlace::openFeed(const QString& url, bool remember)
{
    if (url.isEmpty())
        return;
    setBusy(tr("Loading %1…").arg(url));
    const std::string u = url.toStdString();
    auto& session = m_services.session();
    run<catalog::Feed>([&session, u] { return session.openFeed(u); }, [this, url, remember](catalog::Result<catalog::Feed> r) {
        if (!r) {
            failed(r.error(), url);
            return;
        }
        if (remember && (m_history.isEmpty() || m_history.last() != url))
            m_history.append(url);
        showFeed(std::move(r.value()));
    });
}

void CatalogPlace::showFeed(catalog::Feed feed)
{
    // A library links its loans page from its start page only; its sections and search results
    // share it, so "My loans" works wherever the reader is in that library's catalog.
    static const std::string shelfRel = "http://opds-spec.org/shelf";
    if (m_feed && !feed.findLink(shelfRel)) {
        const catalog::Link* shelf = m_feed->findLink(shelfRel);
        const QUrl from(qs(m_feed->url)), to(qs(feed.url));
        if (shelf && from.scheme() == to.scheme() && from.host() == to.host() && from.port() == to.port())
            feed.links.push_back(*shelf);
    }
    m_feed = std::move(feed);
    m_rows.clear();
    m_entries->clear();
    for (const auto& link : m_feed->navigation)
        m_rows.push_back({Row::Navigation, link, {}});
    for (const auto& group : m_feed->groups) {
        for (const auto& link : group.navigation)
            m_rows.push_back({Row::Navigation, link, {}});
        for (const auto& e : group.entries)
            m_rows.push_back({Row::Publication, {}, e});
    }
    for (const auto& e : m_feed->entries)
        m_rows.push_back({Row::Publication, {}, e});
    for (const Row& row : m_rows) {
        QString name, description;
        if (row.kind == Row::Navigation) {
            name = qs(row.link.title);
            description = tr("Section");
        } else {
            name = qs(row.entry.title);
            QStringList authors;
            for (const auto& a : row.entry.authors)
                authors << qs(a.name);
            description = authors.isEmpty() ? QString() : tr("by %1").arg(authors.join(QStringLiteral(", ")));
            if (const QString state = describeAvailability(row.entry.availability()); !state.isEmpty())
                description += (description.isEmpty() ? QString() : QStringLiteral("; ")) + state;
        }
        auto* item = new QListWidgetItem(description.isEmpty() ? name : tr("%1 — %2").arg(name, description), m_entries);
        item->setData(Qt::AccessibleTextRole, name);
        item->setData(Qt::AccessibleDescriptionRole, description);
    }
    m_facets->clear();
    m_facets->addItem(tr("No facet chosen"), QString());
    for (const auto& group : m_feed->facetGroups)
        for (const auto& f : group.facets)
            m_facets->addItem(tr("%1: %2").arg(qs(group.title), qs(f.title)), qs(f.href));
    m_next->setEnabled(!m_feed->next().empty());
    m_previous->setEnabled(!m_feed->previous().empty());
    const QString title = qs(m_feed->title);
    QString status = tr("%1: %n item(s)", nullptr, static_cast<int>(m_rows.size())).arg(title);
    if (m_feed->offline)
        status += QLatin1Char(' ') + tr("(offline copy from %1)").arg(qs(m_feed->cachedAt));
    m_feedTitle->setText(status);
    announce(status);
    if (!m_rows.empty()) {
        m_entries->setFocus(Qt::OtherFocusReason);
        m_entries->setCurrentRow(0);
        // Qt announces the list after its first row when focus arrives from another control, so
        // a screen reader says only "list with N items": name the current row once more.
        if (QAccessible::isActive()) {
            QAccessibleEvent event(m_entries, QAccessible::Focus);
            event.setChild(m_entries->currentRow());
            QAccessible::updateAccessibility(&event);
        }
    }
    showDetails();
}

const CatalogPlace::Row* CatalogPlace::currentRow() const
{
    const int r = m_entries->currentRow();
    return r >= 0 && r < static_cast<int>(m_rows.size()) ? &m_rows[static_cast<std::size_t>(r)] : nullptr;
}

void CatalogPlace::searchCatalog()
{
    const QString query = m_search->text().trimmed();
    if (query.isEmpty())
        return;
    if (!m_feed || !m_feed->search()) {
        announce(tr("This catalog has no search. Open a library first."));
        return;
    }
    setBusy(tr("Searching for “%1”…").arg(query));
    auto& session = m_services.session();
    auto feed = *m_feed;
    run<catalog::Feed>([&session, feed, q = query.toStdString()] { return session.search(feed, q); },
                       [this](catalog::Result<catalog::Feed> r) {
                           if (r)
                               showFeed(std::move(r.value()));
                           else
                               failed(r.error());
                       });
}

void CatalogPlace::activateRow()
{
    const Row* row = currentRow();
    if (!row)
        return;
    if (row->kind == Row::Navigation)
        openFeed(qs(row->link.href));
    else
        m_details->setFocus(Qt::OtherFocusReason);
}

}  // namespace tingdu::client
