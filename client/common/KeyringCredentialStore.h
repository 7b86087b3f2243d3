#pragma once
// Library cards in the OS keyring (Secret Service on Linux, Keychain on macOS, Credential
// Manager on Windows) through QtKeychain. Never a plain file: QtKeychain's insecure fallback
// stays off, so without a keyring nothing is stored and the caller is told why.
#include <QString>
#include <optional>
#include <string>
#include <vector>

#include "tingdu/catalog/CredentialStore.h"

namespace tingdu::client {

/// What the keyring said last; the app words each case differently (keyringStatusText()).
enum class KeyringStatus {
    Unknown,    ///< not asked yet
    Available,  ///< a keyring answers
    NoService,  ///< no keyring on this computer (no Secret Service or KWallet on the session bus)
    Denied,     ///< the keyring is locked and stayed locked, or refused access
    TimedOut,   ///< the keyring did not answer within the time limit
    Failed,     ///< any other keyring error (the message says which)
};

/// A CredentialStore over QtKeychain. QtKeychain's jobs are asynchronous and run one at a time
/// per process on the thread that started the first of them, so every job of every store runs
/// on one process-wide keyring thread; the calls below wait for their job's answer (bounded by
/// the timeout) and are safe from any thread, the GUI thread included. Needs a QCoreApplication.
///
/// Each card is one keyring item (service = Options::service, key = "card:" + library id,
/// value = JSON). The keyring cannot be listed, so an index item ("libraries") names the
/// libraries with a card. After a timeout or a refusal the keyring is not asked again in this
/// process (a job stuck in QtKeychain's queue would hold every later one): calls then fail at once.
class KeyringCredentialStore final : public catalog::CredentialStore {
public:
    struct Options {
        QString service = QStringLiteral("org.tingdu.Tingdu");  ///< the items' service attribute
        int timeoutMs = 20000;  ///< per job; long enough for a reader to unlock the keyring
    };
    KeyringCredentialStore();
    explicit KeyringCredentialStore(Options options);
    ~KeyringCredentialStore() override;

    /// The card for LIBRARYID; nullopt when none is stored or the keyring cannot be used.
    std::optional<catalog::Credentials> load(const std::string& libraryId) override;
    /// Stores the card; an Error (message in English) when the keyring cannot: status() says why.
    catalog::Result<void> save(const std::string& libraryId, const catalog::Credentials& credentials) override;
    /// Deletes the card; deleting what is not there succeeds.
    catalog::Result<void> remove(const std::string& libraryId) override;

    /// The card, or nothing, or why the keyring could not be read.
    catalog::Result<std::optional<catalog::Credentials>> read(const std::string& libraryId);
    /// The libraries that have a card in the keyring, as the index item lists them.
    catalog::Result<std::vector<std::string>> libraries();

    /// Asks the session bus (bounded) whether a keyring service is there, once per process.
    bool available();
    /// The process-wide state after the last job.
    KeyringStatus status() const;

    /// Public for the keyring thread's helpers only.
    struct Reply;

private:
    Reply runRead(const QString& key);
    Reply runWrite(const QString& key, const QString& value);
    Reply runDelete(const QString& key);
    /// Records what went wrong (for the rest of the process) and words it as an Error.
    catalog::Error failure(const Reply& reply, const std::string& subject) const;
    /// The Error for a keyring already known to be unusable.
    catalog::Error unusable(const std::string& subject) const;
    catalog::Result<void> updateIndex(const std::string& libraryId, bool add);

    Options m_options;
};

}  // namespace tingdu::client
