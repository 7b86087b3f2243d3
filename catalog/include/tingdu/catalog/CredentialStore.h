#pragma once
// Where a reader's library credentials live. The library only takes this interface: the Qt app
// implements it over the OS keyring (QtKeychain); the CLI over environment variables or a prompt.
// Credentials are never written to a plain file by the catalog library.
#include <memory>
#include <optional>
#include <string>

#include "tingdu/catalog/Result.h"

namespace tingdu::catalog {

struct Credentials {
    std::string login;        ///< library card number (or access code)
    std::string password;     ///< PIN
    std::string bearerToken;  ///< from basic-token exchange or OAuth; empty when not signed in that way
    std::string tokenExpires; ///< ISO 8601 when known
};

/// Keyed by library: the auth document's id (falls back to the catalog's host).
/// Implementations must be safe to call from worker threads.
class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    virtual std::optional<Credentials> load(const std::string& libraryId) = 0;
    virtual Result<void> save(const std::string& libraryId, const Credentials& credentials) = 0;
    virtual Result<void> remove(const std::string& libraryId) = 0;
};

/// Holds credentials for the life of the process only (the CLI, tests, "don't remember me").
/// Seeded from TINGDU_CARD / TINGDU_PIN when fromEnvironment is true.
class MemoryCredentialStore final : public CredentialStore {
public:
    explicit MemoryCredentialStore(bool fromEnvironment = false);
    std::optional<Credentials> load(const std::string& libraryId) override;
    Result<void> save(const std::string& libraryId, const Credentials& credentials) override;
    Result<void> remove(const std::string& libraryId) override;
    /// Used for any library that has nothing stored of its own (the environment's card).
    void setDefault(const Credentials& credentials);

private:
    struct Impl;
    std::shared_ptr<Impl> m_impl;
};

}  // namespace tingdu::catalog
