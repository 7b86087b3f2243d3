// KeyringSessionStore: memory first, the keyring behind it; see the header for the rules.
#include "KeyringSessionStore.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdlib>
#include <utility>

namespace tingdu::client {

KeyringSessionStore::KeyringSessionStore(std::shared_ptr<KeyringCredentialStore> keyring, bool remember,
                                         bool fromEnvironment)
    : m_keyring(std::move(keyring)), m_remember(remember)
{
    if (!fromEnvironment)
        return;
    const char* card = std::getenv("TINGDU_CARD");
    const char* pin = std::getenv("TINGDU_PIN");
    if (card && *card)
        m_default = catalog::Credentials{card, pin ? pin : "", {}, {}};
}

std::optional<catalog::Credentials> KeyringSessionStore::load(const std::string& libraryId)
{
    {
        std::lock_guard lock(m_mutex);
        if (auto it = m_cards.find(libraryId); it != m_cards.end())
            return it->second;
        if (m_default)
            return m_default;
    }
    // Not cached in memory: "Forget card" in another process (or Settings) must take effect.
    return m_keyring ? m_keyring->load(libraryId) : std::nullopt;
}

catalog::Result<void> KeyringSessionStore::save(const std::string& libraryId, const catalog::Credentials& credentials)
{
    {
        std::lock_guard lock(m_mutex);
        m_cards[libraryId] = credentials;
    }
    if (!remembers())
        return {};
    if (auto stored = m_keyring->save(libraryId, credentials); !stored) {
        std::lock_guard lock(m_mutex);
        if (!m_problemTold)
            m_problem = m_keyring->status();
    }
    return {};
}

catalog::Result<void> KeyringSessionStore::remove(const std::string& libraryId)
{
    {
        std::lock_guard lock(m_mutex);
        m_cards.erase(libraryId);
    }
    if (!m_keyring || !m_remember)
        return {};
    // A keyring this run could not use holds nothing it could delete now: the run's card is gone.
    if (const KeyringStatus s = m_keyring->status(); s != KeyringStatus::Available && s != KeyringStatus::Unknown)
        return {};
    return m_keyring->remove(libraryId);
}

void KeyringSessionStore::setDefault(const catalog::Credentials& credentials)
{
    std::lock_guard lock(m_mutex);
    m_default = credentials;
}

std::vector<KeyringSessionStore::Account> KeyringSessionStore::accounts()
{
    std::vector<Account> out;
    {
        std::lock_guard lock(m_mutex);
        for (const auto& [id, card] : m_cards)
            out.push_back({id, maskCardNumber(card.login), false});
    }
    if (!remembers())
        return out;
    auto listed = m_keyring->libraries();
    if (!listed)
        return out;
    for (const std::string& id : listed.value()) {
        auto it = std::find_if(out.begin(), out.end(), [&](const Account& a) { return a.libraryId == id; });
        if (it != out.end()) {
            it->remembered = true;
            continue;
        }
        if (auto card = m_keyring->load(id))
            out.push_back({id, maskCardNumber(card->login), true});
    }
    return out;
}

std::optional<KeyringStatus> KeyringSessionStore::takeRememberProblem()
{
    std::lock_guard lock(m_mutex);
    if (!m_problem)
        return std::nullopt;
    m_problemTold = true;
    return std::exchange(m_problem, std::nullopt);
}

std::string maskCardNumber(const std::string& card)
{
    if (card.empty())
        return {};
    const std::size_t keep = card.size() >= 8 ? 4 : card.size() / 3;
    std::string masked = "\u2022\u2022\u2022\u2022";  // a fixed width: the length is not told either
    if (keep > 0)
        masked += " " + card.substr(card.size() - keep);
    return masked;
}

QString keyringProblemText(KeyringStatus status)
{
    switch (status) {
    case KeyringStatus::NoService:
        return QCoreApplication::translate("Keyring",
                                           "Your library card cannot be remembered on this computer: it has no keyring "
                                           "(Secret Service). You are signed in until Tingdu closes.");
    case KeyringStatus::Denied:
        return QCoreApplication::translate("Keyring",
                                           "Your library card was not remembered: the keyring stayed locked. You are "
                                           "signed in until Tingdu closes.");
    case KeyringStatus::TimedOut:
        return QCoreApplication::translate("Keyring",
                                           "Your library card was not remembered: the keyring did not answer. You are "
                                           "signed in until Tingdu closes.");
    case KeyringStatus::Failed:
        return QCoreApplication::translate("Keyring",
                                           "Your library card was not remembered: the keyring reported an error. You "
                                           "are signed in until Tingdu closes.");
    case KeyringStatus::Unknown:
    case KeyringStatus::Available:
        break;
    }
    return {};
}

}  // namespace tingdu::client
