// In-process credential store (see CredentialStore.h); a mutex makes it safe across workers.
#include <cstdlib>
#include <map>
#include <mutex>

#include "tingdu/catalog/CredentialStore.h"

namespace tingdu::catalog {

struct MemoryCredentialStore::Impl {
    std::mutex mutex;
    std::map<std::string, Credentials> byLibrary;
    std::optional<Credentials> fallback;
};

MemoryCredentialStore::MemoryCredentialStore(bool fromEnvironment) : m_impl(std::make_shared<Impl>())
{
    if (!fromEnvironment) return;
    const char* card = std::getenv("TINGDU_CARD");
    const char* pin = std::getenv("TINGDU_PIN");
    if (card && *card) m_impl->fallback = Credentials{card, pin ? pin : "", {}, {}};
}

std::optional<Credentials> MemoryCredentialStore::load(const std::string& libraryId)
{
    std::lock_guard lock(m_impl->mutex);
    if (auto it = m_impl->byLibrary.find(libraryId); it != m_impl->byLibrary.end()) return it->second;
    return m_impl->fallback;
}

Result<void> MemoryCredentialStore::save(const std::string& libraryId, const Credentials& credentials)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->byLibrary[libraryId] = credentials;
    return {};
}

Result<void> MemoryCredentialStore::remove(const std::string& libraryId)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->byLibrary.erase(libraryId);
    return {};
}

void MemoryCredentialStore::setDefault(const Credentials& credentials)
{
    std::lock_guard lock(m_impl->mutex);
    m_impl->fallback = credentials;
}

}  // namespace tingdu::catalog
