// KeyringCredentialStore: synchronous, bounded calls over QtKeychain's asynchronous jobs, all run
// on one keyring thread (QtKeychain queues jobs in a singleton bound to the first job's thread).
#include "KeyringCredentialStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <algorithm>
#include <future>
#include <mutex>

#ifdef TINGDU_KEYRING_DBUS_PROBE
#include <QDBusConnection>
#include <QDBusMessage>
#endif

#include <qt6keychain/keychain.h>

namespace tingdu::client {

namespace {

const QString kIndexKey = QStringLiteral("libraries");

QString cardKey(const std::string& libraryId)
{
    return QStringLiteral("card:") + QString::fromStdString(libraryId);
}

// The process-wide keyring thread and what the keyring last said.
struct KeyringThread {
    QThread thread;
    QObject* context = nullptr;  // lives on `thread`; jobs are started from its event loop
    std::mutex mutex;
    KeyringStatus status = KeyringStatus::Unknown;
    std::string detail;        // English, for the CLI and logs
    std::mutex indexMutex;     // the index is read, changed and written as one step
};

KeyringThread* g_keyring = nullptr;

void stopKeyringThread()
{
    if (!g_keyring)
        return;
    g_keyring->thread.quit();
    g_keyring->thread.wait(2000);
}

KeyringThread& keyring()
{
    static KeyringThread* k = [] {
        auto* made = new KeyringThread;  // lives as long as the process: QtKeychain's queue does
        made->thread.setObjectName(QStringLiteral("tingdu-keyring"));
        made->context = new QObject;
        made->context->moveToThread(&made->thread);
        made->thread.start();
        g_keyring = made;
        qAddPostRoutine(stopKeyringThread);
        return made;
    }();
    return *k;
}

void setStatus(KeyringStatus status, std::string detail = {})
{
    auto& k = keyring();
    std::lock_guard lock(k.mutex);
    k.status = status;
    k.detail = std::move(detail);
}

// Runs on the keyring thread: is a keyring service on the session bus, or startable there?
KeyringStatus probeSessionBus([[maybe_unused]] int timeoutMs, std::string& detail)
{
#ifdef TINGDU_KEYRING_DBUS_PROBE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        detail = "There is no D-Bus session bus, so no keyring can be reached.";
        return KeyringStatus::NoService;
    }
    const QStringList services{QStringLiteral("org.freedesktop.secrets"), QStringLiteral("org.kde.kwalletd6"),
                               QStringLiteral("org.kde.kwalletd5")};
    auto ask = [&](const QString& method, const QVariantList& arguments) {
        QDBusMessage m = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                        QStringLiteral("/org/freedesktop/DBus"),
                                                        QStringLiteral("org.freedesktop.DBus"), method);
        m.setArguments(arguments);
        return bus.call(m, QDBus::Block, timeoutMs);
    };
    for (const QString& name : services) {
        const QDBusMessage owner = ask(QStringLiteral("NameHasOwner"), {name});
        if (owner.type() != QDBusMessage::ReplyMessage) {
            detail = "The D-Bus session bus did not answer: " + owner.errorMessage().toStdString();
            return KeyringStatus::NoService;
        }
        if (owner.arguments().value(0).toBool())
            return KeyringStatus::Available;
    }
    const QDBusMessage activatable = ask(QStringLiteral("ListActivatableNames"), {});
    if (activatable.type() == QDBusMessage::ReplyMessage)
        for (const QString& name : activatable.arguments().value(0).toStringList())
            if (services.contains(name))
                return KeyringStatus::Available;
    detail = "No keyring service (Secret Service or KWallet) runs or can be started on the session bus.";
    return KeyringStatus::NoService;
#else
    detail.clear();
    return KeyringStatus::Available;
#endif
}

catalog::Credentials fromJson(const QString& text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    catalog::Credentials c;
    c.login = o.value(QLatin1String("login")).toString().toStdString();
    c.password = o.value(QLatin1String("password")).toString().toStdString();
    c.bearerToken = o.value(QLatin1String("bearerToken")).toString().toStdString();
    c.tokenExpires = o.value(QLatin1String("tokenExpires")).toString().toStdString();
    return c;
}

QString toJson(const catalog::Credentials& c)
{
    const QJsonObject o{{QStringLiteral("login"), QString::fromStdString(c.login)},
                        {QStringLiteral("password"), QString::fromStdString(c.password)},
                        {QStringLiteral("bearerToken"), QString::fromStdString(c.bearerToken)},
                        {QStringLiteral("tokenExpires"), QString::fromStdString(c.tokenExpires)}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

}  // namespace

struct KeyringCredentialStore::Reply {
    bool answered = false;  // false: the job did not finish within the timeout
    QKeychain::Error error = QKeychain::NoError;
    QString message;
    QString text;
};

namespace {

// Starts the job MAKE builds on the keyring thread and waits for its answer, at most TIMEOUTMS.
// On a timeout the job is left to finish (or not) on its own: QtKeychain calls back into it.
template <typename MakeJob>
KeyringCredentialStore::Reply runJob(MakeJob make, int timeoutMs)
{
    using Reply = KeyringCredentialStore::Reply;
    auto promise = std::make_shared<std::promise<Reply>>();
    std::future<Reply> answer = promise->get_future();
    QMetaObject::invokeMethod(keyring().context, [make, promise] {
        QKeychain::Job* job = make();
        job->setInsecureFallback(false);  // never a plain settings file
        job->setAutoDelete(true);
        QObject::connect(job, &QKeychain::Job::finished, job, [promise](QKeychain::Job* done) {
            Reply r;
            r.answered = true;
            r.error = done->error();
            r.message = done->errorString();
            if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(done); read && r.error == QKeychain::NoError)
                r.text = read->textData();
            promise->set_value(std::move(r));
        });
        job->start();
    }, Qt::QueuedConnection);
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs)) != std::future_status::ready)
        return Reply{};
    return answer.get();
}

}  // namespace

KeyringCredentialStore::KeyringCredentialStore() : KeyringCredentialStore(Options{}) {}

KeyringCredentialStore::KeyringCredentialStore(Options options) : m_options(std::move(options))
{
    keyring();
}

KeyringCredentialStore::~KeyringCredentialStore() = default;

KeyringStatus KeyringCredentialStore::status() const
{
    auto& k = keyring();
    std::lock_guard lock(k.mutex);
    return k.status;
}

bool KeyringCredentialStore::available()
{
    if (const KeyringStatus s = status(); s != KeyringStatus::Unknown)
        return s == KeyringStatus::Available;
    auto promise = std::make_shared<std::promise<std::pair<KeyringStatus, std::string>>>();
    auto answer = promise->get_future();
    const int timeoutMs = m_options.timeoutMs;
    QMetaObject::invokeMethod(keyring().context, [promise, timeoutMs] {
        std::string detail;
        const KeyringStatus s = probeSessionBus(timeoutMs, detail);
        promise->set_value({s, detail});
    }, Qt::QueuedConnection);
    if (answer.wait_for(std::chrono::milliseconds(timeoutMs + 1000)) != std::future_status::ready) {
        setStatus(KeyringStatus::TimedOut, "The D-Bus session bus did not answer in time.");
        return false;
    }
    auto [probed, detail] = answer.get();
    setStatus(probed, detail);
    return probed == KeyringStatus::Available;
}

KeyringCredentialStore::Reply KeyringCredentialStore::runRead(const QString& key)
{
    return runJob([service = m_options.service, key] {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setKey(key);
        return job;
    }, m_options.timeoutMs);
}

KeyringCredentialStore::Reply KeyringCredentialStore::runWrite(const QString& key, const QString& value)
{
    return runJob([service = m_options.service, key, value] {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setKey(key);
        job->setTextData(value);
        return job;
    }, m_options.timeoutMs);
}

KeyringCredentialStore::Reply KeyringCredentialStore::runDelete(const QString& key)
{
    return runJob([service = m_options.service, key] {
        auto* job = new QKeychain::DeletePasswordJob(service);
        job->setKey(key);
        return job;
    }, m_options.timeoutMs);
}

catalog::Error KeyringCredentialStore::failure(const Reply& reply, const std::string& subject) const
{
    KeyringStatus s = KeyringStatus::Failed;
    std::string detail;
    catalog::ErrorCode code = catalog::ErrorCode::Internal;
    const std::string said = reply.message.toStdString();
    if (!reply.answered) {
        s = KeyringStatus::TimedOut;
        code = catalog::ErrorCode::Timeout;
        detail = "The keyring did not answer within " + std::to_string(m_options.timeoutMs / 1000) + " seconds.";
    } else if (reply.error == QKeychain::AccessDenied ||
               (reply.message.contains(QLatin1String("/collection/")) && reply.message.contains(QLatin1String("not exist")))) {
        // Locked, or no default keyring and no way to ask the reader to make one (no prompt).
        s = KeyringStatus::Denied;
        code = catalog::ErrorCode::Forbidden;
        detail = "The keyring is locked or refused access: " + said;
    } else if (reply.error == QKeychain::NoBackendAvailable || reply.message.contains(QLatin1String("org.freedesktop.secrets")) ||
               reply.message.contains(QLatin1String("ServiceUnknown"))) {
        s = KeyringStatus::NoService;
        code = catalog::ErrorCode::Unsupported;
        detail = "No keyring is available: " + said;
    } else {
        detail = "The keyring failed: " + said;
    }
    // Sticky for this process: a stuck or refusing keyring is not asked again and again.
    setStatus(s, detail);
    return catalog::makeError(code, detail, subject);
}

catalog::Error KeyringCredentialStore::unusable(const std::string& subject) const
{
    auto& k = keyring();
    std::lock_guard lock(k.mutex);
    const catalog::ErrorCode code = k.status == KeyringStatus::TimedOut ? catalog::ErrorCode::Timeout
        : k.status == KeyringStatus::Denied                            ? catalog::ErrorCode::Forbidden
        : k.status == KeyringStatus::Failed                            ? catalog::ErrorCode::Internal
                                                                       : catalog::ErrorCode::Unsupported;
    return catalog::makeError(code, k.detail.empty() ? std::string("No keyring is available.") : k.detail, subject);
}

catalog::Result<std::optional<catalog::Credentials>> KeyringCredentialStore::read(const std::string& libraryId)
{
    if (!available())
        return unusable(libraryId);
    const Reply r = runRead(cardKey(libraryId));
    if (r.answered && r.error == QKeychain::EntryNotFound)
        return std::optional<catalog::Credentials>{};
    if (!r.answered || r.error != QKeychain::NoError)
        return failure(r, libraryId);
    return std::optional<catalog::Credentials>{fromJson(r.text)};
}

std::optional<catalog::Credentials> KeyringCredentialStore::load(const std::string& libraryId)
{
    auto r = read(libraryId);
    return r ? r.value() : std::nullopt;
}

catalog::Result<void> KeyringCredentialStore::save(const std::string& libraryId, const catalog::Credentials& credentials)
{
    if (!available())
        return unusable(libraryId);
    const Reply r = runWrite(cardKey(libraryId), toJson(credentials));
    if (!r.answered || r.error != QKeychain::NoError)
        return failure(r, libraryId);
    return updateIndex(libraryId, true);
}

catalog::Result<void> KeyringCredentialStore::remove(const std::string& libraryId)
{
    if (!available())
        return unusable(libraryId);
    const Reply r = runDelete(cardKey(libraryId));
    if (!r.answered || (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound))
        return failure(r, libraryId);
    return updateIndex(libraryId, false);
}

catalog::Result<std::vector<std::string>> KeyringCredentialStore::libraries()
{
    if (!available())
        return unusable({});
    const Reply r = runRead(kIndexKey);
    std::vector<std::string> ids;
    if (r.answered && r.error == QKeychain::EntryNotFound)
        return ids;
    if (!r.answered || r.error != QKeychain::NoError)
        return failure(r, {});
    for (const QJsonValue& v : QJsonDocument::fromJson(r.text.toUtf8()).array())
        if (const QString id = v.toString(); !id.isEmpty())
            ids.push_back(id.toStdString());
    return ids;
}

catalog::Result<void> KeyringCredentialStore::updateIndex(const std::string& libraryId, bool add)
{
    std::lock_guard lock(keyring().indexMutex);
    auto listed = libraries();
    if (!listed)
        return listed.error();
    std::vector<std::string> ids = std::move(listed.value());
    const auto found = std::find(ids.begin(), ids.end(), libraryId);
    if (add == (found != ids.end()))
        return {};
    if (add)
        ids.push_back(libraryId);
    else
        ids.erase(found);
    QJsonArray array;
    for (const auto& id : ids)
        array.append(QString::fromStdString(id));
    const Reply r = ids.empty() ? runDelete(kIndexKey)
                                : runWrite(kIndexKey, QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    if (!r.answered || (r.error != QKeychain::NoError && r.error != QKeychain::EntryNotFound))
        return failure(r, libraryId);
    return {};
}

}  // namespace tingdu::client
