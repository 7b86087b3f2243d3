// tingdu-cli catalog | borrow | return | renew | hold | cancel-hold | loans | libraries | deliver
// Over tingdu_catalog. Credentials: TINGDU_CARD / TINGDU_PIN, else the card the app remembered in
// the OS keyring (read only: the CLI never stores a card), else a prompt on a terminal.
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

#include <cmath>
#include <iostream>
#include <optional>

#include "Commands.h"
#include "KeyringSessionStore.h"
#include "tingdu/catalog/CatalogSession.h"
#include "tingdu/catalog/Lending.h"
#include "tingdu/catalog/Provincial.h"

namespace tingdu::cli {

namespace {

namespace cat = tingdu::catalog;

// lupdate files tr() calls in this namespace under its name; look them up there.
QString tr(const char* s) { return QCoreApplication::translate("tingdu::cli", s); }
QString qs(const std::string& s) { return QString::fromStdString(s); }

struct Options {
    QString url;
    QString caFile;
    QString search;
    int page = 1;
    bool json = false;
    QString near, home, pickup, phone, format, status;
};

// Parses the options every catalog command shares; returns an error message or empty.
QString parse(const QStringList& args, Options& o, const char* command)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto value = [&](QString& into) {
            if (i + 1 >= args.size()) return false;
            into = args.at(++i);
            return true;
        };
        QString page;
        bool ok = true;
        if (a == QLatin1String("--json")) o.json = true;
        else if (a == QLatin1String("--ca-file")) ok = value(o.caFile);
        else if (a == QLatin1String("--search")) ok = value(o.search);
        else if (a == QLatin1String("--page")) ok = value(page) && (o.page = page.toInt()) > 0;
        else if (a == QLatin1String("--near")) ok = value(o.near);
        else if (a == QLatin1String("--home")) ok = value(o.home);
        else if (a == QLatin1String("--pickup")) ok = value(o.pickup);
        else if (a == QLatin1String("--phone")) ok = value(o.phone);
        else if (a == QLatin1String("--format")) ok = value(o.format);
        else if (a == QLatin1String("--status")) ok = value(o.status);
        else if (a.startsWith(QLatin1String("--"))) return tr("%1: unknown option “%2”").arg(QLatin1String(command), a);
        else if (o.url.isEmpty()) o.url = a;
        else return tr("%1 takes one URL").arg(QLatin1String(command));
        if (!ok) return tr("%1: option “%2” needs a valid value").arg(QLatin1String(command), a);
    }
    if (o.url.isEmpty() && o.status.isEmpty()) return tr("%1 needs a URL").arg(QLatin1String(command));
    return {};
}

int fail(CliContext& ctx, const cat::Error& e) { return ctx.fail(qs(e.describe())); }

std::string promptLine(const std::string& label, bool secret)
{
    std::cerr << label << ": " << std::flush;
    termios old {};
    const bool tty = secret && ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    std::string line;
    std::getline(std::cin, line);
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::cerr << std::endl;
    }
    return line;
}

// One command's world: client, credentials (environment or prompt), session.
struct Catalog {
    cat::HttpsClient client;
    // A keyring that does not answer in 10 s is given up on: a script must not hang.
    tingdu::client::KeyringSessionStore credentials{
        std::make_shared<tingdu::client::KeyringCredentialStore>(
            tingdu::client::KeyringCredentialStore::Options{.timeoutMs = 10000}),
        false, true};
    cat::CatalogSession session{client, &credentials, nullptr};
    explicit Catalog(const Options& o)
        : client([&] {
              cat::HttpsOptions h;
              h.caFile = o.caFile.toStdString();
              return h;
          }())
    {
    }
    // Runs op; on a sign-in refusal with no stored card, asks on the terminal once and retries.
    template <typename Op>
    auto withSignIn(Op op) -> decltype(op())
    {
        auto r = op();
        if (r.ok() || r.error().code != cat::ErrorCode::Unauthorized || std::getenv("TINGDU_CARD") || !::isatty(STDIN_FILENO))
            return r;
        auto doc = session.lastAuthDocument();
        const cat::AuthMethod* m = doc ? doc->preferred() : nullptr;
        if (!m) return r;
        std::cerr << doc->title << std::endl;
        cat::Credentials c;
        c.login = promptLine(m->loginLabel, false);
        c.password = promptLine(m->passwordLabel, true);
        credentials.setDefault(c);
        return op();
    }
};

QJsonObject availabilityJson(const cat::Availability& a)
{
    QJsonObject o{{QStringLiteral("state"), QLatin1String(cat::toString(a.state))}};
    if (!a.since.empty()) o.insert(QStringLiteral("since"), qs(a.since));
    if (!a.until.empty()) o.insert(QStringLiteral("until"), qs(a.until));
    if (a.holdPosition >= 0) o.insert(QStringLiteral("holdPosition"), a.holdPosition);
    if (a.holdsTotal >= 0) o.insert(QStringLiteral("holds"), a.holdsTotal);
    if (a.copiesTotal >= 0) o.insert(QStringLiteral("copies"), a.copiesTotal);
    if (a.copiesAvailable >= 0) o.insert(QStringLiteral("copiesAvailable"), a.copiesAvailable);
    return o;
}

QJsonObject linkJson(const cat::Link& l)
{
    QJsonObject o{{QStringLiteral("rel"), qs(l.rel)}, {QStringLiteral("href"), qs(l.href)}, {QStringLiteral("type"), qs(l.type)}};
    if (!l.title.empty()) o.insert(QStringLiteral("title"), qs(l.title));
    return o;
}

QJsonObject entryJson(const cat::Entry& e)
{
    QJsonArray authors, links;
    for (const auto& a : e.authors) authors.append(qs(a.name));
    for (const auto& l : e.links) links.append(linkJson(l));
    QJsonObject o{{QStringLiteral("title"), qs(e.title)},  {QStringLiteral("authors"), authors},
                  {QStringLiteral("id"), qs(e.id)},        {QStringLiteral("links"), links},
                  {QStringLiteral("availability"), availabilityJson(e.availability())}};
    if (!e.summary.empty()) o.insert(QStringLiteral("summary"), qs(e.summary));
    return o;
}

QJsonObject feedJson(const cat::Feed& f)
{
    QJsonArray entries, navigation, facets, groups;
    for (const auto& e : f.entries) entries.append(entryJson(e));
    for (const auto& g : f.groups) {
        QJsonArray ge;
        for (const auto& e : g.entries) ge.append(entryJson(e));
        groups.append(QJsonObject{{QStringLiteral("title"), qs(g.title)}, {QStringLiteral("href"), qs(g.href)}, {QStringLiteral("entries"), ge}});
    }
    for (const auto& n : f.navigation) navigation.append(linkJson(n));
    for (const auto& g : f.facetGroups)
        for (const auto& l : g.facets)
            facets.append(QJsonObject{{QStringLiteral("group"), qs(g.title)}, {QStringLiteral("title"), qs(l.title)},
                                      {QStringLiteral("href"), qs(l.href)}, {QStringLiteral("active"), l.activeFacet}});
    QJsonObject o{{QStringLiteral("title"), qs(f.title)},
                  {QStringLiteral("kind"), f.kind == cat::Feed::Kind::Navigation ? QStringLiteral("navigation") : QStringLiteral("acquisition")},
                  {QStringLiteral("format"), f.format == cat::Feed::Format::Opds1 ? QStringLiteral("OPDS 1") : QStringLiteral("OPDS 2")},
                  {QStringLiteral("entries"), entries}, {QStringLiteral("navigation"), navigation},
                  {QStringLiteral("facets"), facets}, {QStringLiteral("groups"), groups},
                  {QStringLiteral("next"), qs(f.next())}, {QStringLiteral("search"), f.search() ? qs(f.search()->href) : QString()},
                  {QStringLiteral("offline"), f.offline}};
    return o;
}

void printEntry(QTextStream& out, const QJsonObject& e)
{
    QStringList authors;
    for (const auto& a : e.value(QStringLiteral("authors")).toArray()) authors << a.toString();
    out << "- " << e.value(QStringLiteral("title")).toString();
    if (!authors.isEmpty()) out << " — " << authors.join(QStringLiteral(", "));
    const auto a = e.value(QStringLiteral("availability")).toObject();
    if (a.value(QStringLiteral("state")).toString() != QLatin1String("unknown")) out << " [" << a.value(QStringLiteral("state")).toString();
    if (a.contains(QStringLiteral("until"))) out << ' ' << tr("until") << ' ' << a.value(QStringLiteral("until")).toString();
    if (a.value(QStringLiteral("state")).toString() != QLatin1String("unknown")) out << ']';
    out << Qt::endl << "  " << e.value(QStringLiteral("id")).toString() << Qt::endl;
}

void printFeed(QTextStream& out, const QJsonObject& f)
{
    out << f.value(QStringLiteral("title")).toString() << " (" << f.value(QStringLiteral("kind")).toString() << ')' << Qt::endl;
    if (f.value(QStringLiteral("offline")).toBool()) out << tr("Offline: showing the copy saved earlier.") << Qt::endl;
    for (const auto& n : f.value(QStringLiteral("navigation")).toArray())
        out << "> " << n.toObject().value(QStringLiteral("title")).toString() << "  " << n.toObject().value(QStringLiteral("href")).toString() << Qt::endl;
    for (const auto& g : f.value(QStringLiteral("groups")).toArray()) {
        out << "## " << g.toObject().value(QStringLiteral("title")).toString() << Qt::endl;
        for (const auto& e : g.toObject().value(QStringLiteral("entries")).toArray()) printEntry(out, e.toObject());
    }
    for (const auto& e : f.value(QStringLiteral("entries")).toArray()) printEntry(out, e.toObject());
    for (const auto& x : f.value(QStringLiteral("facets")).toArray()) {
        const auto o = x.toObject();
        out << tr("Facet") << ' ' << o.value(QStringLiteral("group")).toString() << ": " << o.value(QStringLiteral("title")).toString()
            << (o.value(QStringLiteral("active")).toBool() ? QStringLiteral(" *") : QString()) << Qt::endl;
    }
    if (!f.value(QStringLiteral("next")).toString().isEmpty()) out << tr("Next page:") << ' ' << f.value(QStringLiteral("next")).toString() << Qt::endl;
}

void output(CliContext& ctx, const Options& o, const QJsonObject& json, void (*human)(QTextStream&, const QJsonObject&))
{
    if (o.json) ctx.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else human(ctx.out, json);
}

void printOutcome(QTextStream& out, const QJsonObject& o)
{
    out << o.value(QStringLiteral("message")).toString() << Qt::endl;
    printEntry(out, o.value(QStringLiteral("entry")).toObject());
    if (o.contains(QStringLiteral("fulfil"))) out << tr("Read it at:") << ' ' << o.value(QStringLiteral("fulfil")).toString() << Qt::endl;
}

enum class Action { Borrow, Return, Renew, Hold, CancelHold };

int runLending(CliContext& ctx, Action action, const char* name)
{
    Options o;
    if (QString e = parse(ctx.args, o, name); !e.isEmpty()) return ctx.usage(e);
    Catalog c(o);
    cat::LendingClient lending(c.session);
    auto outcome = c.withSignIn([&]() -> cat::Result<cat::LoanOutcome> {
        auto entry = lending.entry(o.url.toStdString());
        if (!entry) return entry.error();
        switch (action) {
        case Action::Borrow: return lending.borrow(*entry);
        case Action::Hold: return lending.placeHold(*entry);
        case Action::Renew: return lending.renew(*entry);
        case Action::Return: return lending.returnLoan(*entry);
        case Action::CancelHold: return lending.cancelHold(*entry);
        }
        return cat::makeError(cat::ErrorCode::Internal, "unknown action");
    });
    if (!outcome) return fail(ctx, outcome.error());
    QString message;
    switch (outcome->availability.state) {
    case cat::Availability::State::Loaned: message = outcome->created ? tr("Borrowed.") : tr("On loan (renewed if it was already yours)."); break;
    case cat::Availability::State::Reserved: message = tr("On hold: you are number %1 in the queue.").arg(outcome->availability.holdPosition); break;
    case cat::Availability::State::Ready: message = tr("Your hold is ready to borrow."); break;
    default: message = action == Action::Return ? tr("Returned.") : action == Action::CancelHold ? tr("Hold cancelled.") : tr("Done.");
    }
    QJsonObject json{{QStringLiteral("message"), message}, {QStringLiteral("created"), outcome->created},
                     {QStringLiteral("entry"), entryJson(outcome->entry)}};
    if (auto f = cat::LendingClient::fulfilment(outcome->entry)) json.insert(QStringLiteral("fulfil"), qs(f->url));
    output(ctx, o, json, printOutcome);
    return 0;
}

}  // namespace

int runCatalog(CliContext& ctx)
{
    Options o;
    if (QString e = parse(ctx.args, o, "catalog"); !e.isEmpty()) return ctx.usage(e);
    Catalog c(o);
    auto feed = c.withSignIn([&] { return c.session.openFeed(o.url.toStdString()); });
    if (feed && !o.search.isEmpty()) feed = c.session.search(*feed, o.search.toStdString());
    for (int p = 1; feed && p < o.page; ++p) {
        if (feed->next().empty()) return ctx.fail(tr("The catalog has only %1 page(s).").arg(p));
        feed = c.session.openFeed(feed->next());
    }
    if (!feed) return fail(ctx, feed.error());
    output(ctx, o, feedJson(*feed), printFeed);
    return 0;
}

int runBorrow(CliContext& ctx) { return runLending(ctx, Action::Borrow, "borrow"); }
int runReturn(CliContext& ctx) { return runLending(ctx, Action::Return, "return"); }
int runRenew(CliContext& ctx) { return runLending(ctx, Action::Renew, "renew"); }
int runHold(CliContext& ctx) { return runLending(ctx, Action::Hold, "hold"); }
int runCancelHold(CliContext& ctx) { return runLending(ctx, Action::CancelHold, "cancel-hold"); }

int runLoans(CliContext& ctx)
{
    Options o;
    if (QString e = parse(ctx.args, o, "loans"); !e.isEmpty()) return ctx.usage(e);
    Catalog c(o);
    cat::LendingClient lending(c.session);
    auto feed = c.withSignIn([&] { return lending.loans(o.url.toStdString()); });
    if (!feed) return fail(ctx, feed.error());
    output(ctx, o, feedJson(*feed), printFeed);
    return 0;
}

int runLibraries(CliContext& ctx)
{
    Options o;
    if (QString e = parse(ctx.args, o, "libraries"); !e.isEmpty()) return ctx.usage(e);
    std::optional<cat::province::GeoPoint> near;
    if (!o.near.isEmpty()) {
        const auto parts = o.near.split(QLatin1Char(','));
        bool a = false, b = false;
        if (parts.size() == 2) near = cat::province::GeoPoint{parts[0].toDouble(&a), parts[1].toDouble(&b)};
        if (!a || !b) return ctx.usage(tr("libraries: --near takes LATITUDE,LONGITUDE"));
    }
    Catalog c(o);
    cat::province::ProvincialClient province(c.session);
    auto libs = c.withSignIn([&] { return province.returnLocations(o.url.toStdString(), near); });
    if (!libs) return fail(ctx, libs.error());
    QJsonArray list;
    for (const auto& l : *libs) {
        QJsonArray facilities;
        if (l.facilities.stepFree) facilities.append(QStringLiteral("step-free"));
        if (l.facilities.braille) facilities.append(QStringLiteral("braille"));
        if (l.facilities.audioHall) facilities.append(QStringLiteral("audio-hall"));
        if (l.facilities.staffHelp) facilities.append(QStringLiteral("staff-help"));
        QJsonObject j{{QStringLiteral("id"), qs(l.id)}, {QStringLiteral("name"), qs(l.name)}, {QStringLiteral("address"), qs(l.address)},
                      {QStringLiteral("openingHours"), qs(l.openingHours)}, {QStringLiteral("facilities"), facilities}};
        if (l.distanceKm >= 0) j.insert(QStringLiteral("distanceKm"), std::round(l.distanceKm * 10) / 10);
        list.append(j);
    }
    output(ctx, o, QJsonObject{{QStringLiteral("libraries"), list}}, [](QTextStream& out, const QJsonObject& j) {
        for (const auto& v : j.value(QStringLiteral("libraries")).toArray()) {
            const auto l = v.toObject();
            out << l.value(QStringLiteral("name")).toString() << " — " << l.value(QStringLiteral("address")).toString();
            if (l.contains(QStringLiteral("distanceKm"))) out << " (" << l.value(QStringLiteral("distanceKm")).toDouble() << " km)";
            out << Qt::endl << "  " << l.value(QStringLiteral("openingHours")).toString();
            QStringList f;
            for (const auto& x : l.value(QStringLiteral("facilities")).toArray()) f << x.toString();
            if (!f.isEmpty()) out << "; " << f.join(QStringLiteral(", "));
            out << Qt::endl;
        }
    });
    return 0;
}

int runDeliver(CliContext& ctx)
{
    Options o;
    if (QString e = parse(ctx.args, o, "deliver"); !e.isEmpty()) return ctx.usage(e);
    if (o.status.isEmpty() && o.home.isEmpty() == o.pickup.isEmpty())
        return ctx.usage(tr("deliver needs either --home ADDRESS or --pickup LIBRARY (or --status URL)"));
    Catalog c(o);
    cat::province::ProvincialClient province(c.session);
    cat::LendingClient lending(c.session);
    auto status = c.withSignIn([&]() -> cat::Result<cat::province::DeliveryStatus> {
        if (!o.status.isEmpty()) return province.deliveryStatus(o.status.toStdString());
        auto entry = lending.entry(o.url.toStdString());
        if (!entry) return entry.error();
        cat::province::DeliveryRequest r;
        r.mode = o.home.isEmpty() ? cat::province::DeliveryRequest::Mode::Pickup : cat::province::DeliveryRequest::Mode::Home;
        r.address = o.home.toStdString();
        r.pickupLibraryId = o.pickup.toStdString();
        r.phone = o.phone.toStdString();
        r.format = o.format.toStdString();
        return province.requestDelivery(*entry, r);
    });
    if (!status) return fail(ctx, status.error());
    QJsonObject j{{QStringLiteral("id"), qs(status->id)}, {QStringLiteral("state"), qs(status->state)},
                  {QStringLiteral("mode"), qs(status->mode)}, {QStringLiteral("pickupLibrary"), qs(status->pickupLibrary)},
                  {QStringLiteral("statusUrl"), qs(status->statusUrl)}, {QStringLiteral("message"), qs(status->message)}};
    output(ctx, o, j, [](QTextStream& out, const QJsonObject& s) {
        out << tr("Request %1: %2").arg(s.value(QStringLiteral("id")).toString(), s.value(QStringLiteral("state")).toString()) << Qt::endl;
        if (!s.value(QStringLiteral("message")).toString().isEmpty()) out << s.value(QStringLiteral("message")).toString() << Qt::endl;
        out << tr("Follow it with: tingdu-cli deliver --status %1").arg(s.value(QStringLiteral("statusUrl")).toString()) << Qt::endl;
    });
    return 0;
}

}  // namespace tingdu::cli
