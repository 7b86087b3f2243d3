#pragma once
// The catalog session's library cards: kept in memory for this run and, when remembering is
// wanted, in the OS keyring too (never at a library station; the CLI only reads the keyring).
// Without a usable keyring, sign-in still works for the run; the app is told once why the card
// will not be remembered.
#include <QString>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "KeyringCredentialStore.h"
#include "tingdu/catalog/CredentialStore.h"

namespace tingdu::client {

class KeyringSessionStore final : public catalog::CredentialStore {
public:
    /// KEYRING may be null: memory only. REMEMBER: save() also writes the card to the keyring.
    /// FROMENVIRONMENT: TINGDU_CARD / TINGDU_PIN serve every library without a card of its own
    /// in memory (before the keyring is asked), as MemoryCredentialStore does.
    KeyringSessionStore(std::shared_ptr<KeyringCredentialStore> keyring, bool remember, bool fromEnvironment = false);

    /// Memory, then the environment's card, then the keyring (which may take a while: a worker's call).
    std::optional<catalog::Credentials> load(const std::string& libraryId) override;
    /// Always kept for this run; a keyring that cannot take it is not an error (see takeRememberProblem()).
    catalog::Result<void> save(const std::string& libraryId, const catalog::Credentials& credentials) override;
    /// Forgets the card for this run and deletes it from the keyring; an Error if the keyring refused.
    catalog::Result<void> remove(const std::string& libraryId) override;
    /// The card used for libraries with none of their own (the CLI's prompt, the environment).
    void setDefault(const catalog::Credentials& credentials);

    struct Account {
        std::string libraryId;
        std::string maskedCard;   ///< maskCardNumber() of the login; empty for a token-only sign-in
        bool remembered = false;  ///< in the keyring (else only for this run)
    };
    /// This run's cards and the keyring's, one per library (reads the keyring: call it on a worker).
    std::vector<Account> accounts();

    /// Why the last card could not be remembered — given once, then nullopt.
    std::optional<KeyringStatus> takeRememberProblem();
    bool remembers() const { return m_remember && m_keyring; }
    KeyringCredentialStore* keyring() const { return m_keyring.get(); }

private:
    std::shared_ptr<KeyringCredentialStore> m_keyring;
    const bool m_remember;
    std::mutex m_mutex;
    std::map<std::string, catalog::Credentials> m_cards;
    std::optional<catalog::Credentials> m_default;
    std::optional<KeyringStatus> m_problem;
    bool m_problemTold = false;
};

/// "•••• 1234": enough of a card number to tell two cards apart, not enough to use one.
std::string maskCardNumber(const std::string& card);

/// The sentence shown and spoken when a card could not be remembered (translated).
QString keyringProblemText(KeyringStatus status);

}  // namespace tingdu::client
