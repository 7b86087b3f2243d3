// See SecureConnection.h.
#include "net/SecureConnection.h"

#include <Poco/Exception.h>
#include <Poco/Net/IPAddress.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include "tingdu/catalog/HttpsClient.h"

namespace tingdu::catalog::net {

namespace {

Poco::Timespan toTimespan(std::chrono::milliseconds d) { return Poco::Timespan(d.count() * 1000); }

// getaddrinfo cannot be interrupted, so with a token the lookup runs on its own detached thread
// and the caller stops waiting when cancelled; the lookup then finishes (or times out in the
// resolver) on its own and its result is dropped.
std::optional<Poco::Net::SocketAddress> resolve(const std::string& host, std::uint16_t port,
                                                const CancelToken* cancel)
{
    Poco::Net::IPAddress literal;
    if (!cancel || Poco::Net::IPAddress::tryParse(host, literal)) return Poco::Net::SocketAddress(host, port);

    struct Lookup {
        std::mutex mutex;
        std::condition_variable done;
        bool finished = false;
        std::optional<Poco::Net::SocketAddress> address;
        std::exception_ptr failure;
    };
    auto lookup = std::make_shared<Lookup>();
    std::thread([lookup, host, port] {
        std::optional<Poco::Net::SocketAddress> address;
        std::exception_ptr failure;
        try {
            address.emplace(host, port);
        } catch (...) {
            failure = std::current_exception();
        }
        std::lock_guard lock(lookup->mutex);
        lookup->address = std::move(address);
        lookup->failure = failure;
        lookup->finished = true;
        lookup->done.notify_all();
    }).detach();

    std::unique_lock lock(lookup->mutex);
    // cancel() does not know about this wait, so look at the token every few milliseconds.
    while (!lookup->done.wait_for(lock, std::chrono::milliseconds(20), [&] { return lookup->finished; }))
        if (cancel->cancelled()) return std::nullopt;
    if (lookup->failure) std::rethrow_exception(lookup->failure);
    return lookup->address;
}

// Poco's connect(address, timeout) in slices: shutdown() does end a connect in progress, but a
// cancel that lands after the socket is registered and before connect() starts finds nothing to
// shut down (ENOTCONN) and would leave a connect to an unanswering host running to its time-out.
// False when cancelled; failures throw what Poco's connect throws for them.
bool connectTcp(Poco::Net::StreamSocket& socket, const Poco::Net::SocketAddress& address,
                std::chrono::milliseconds timeout, const std::function<bool()>& cancelled)
{
    if (cancelled()) return false;
    socket.connectNB(address);
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    constexpr auto slice = std::chrono::milliseconds(50);
    constexpr int connected = Poco::Net::Socket::SELECT_WRITE | Poco::Net::Socket::SELECT_ERROR;
    while (!socket.poll(toTimespan(slice), connected)) {
        if (cancelled()) return false;
        if (std::chrono::steady_clock::now() >= deadline)
            throw Poco::TimeoutException("connect timed out", address.toString());
    }
    if (cancelled()) return false;
    if (const int err = socket.impl()->socketError(); err != 0) {
        if (err == ECONNREFUSED) throw Poco::Net::ConnectionRefusedException(address.toString());
        if (err == ETIMEDOUT) throw Poco::TimeoutException("connect timed out", address.toString());
        throw Poco::Net::NetException(std::strerror(err), address.toString(), err);
    }
    socket.setBlocking(true);
    return true;
}

}  // namespace

std::optional<Poco::Net::SecureStreamSocket> connectSecure(const std::string& host, std::uint16_t port,
                                                           const Poco::Net::Context::Ptr& context,
                                                           ConnectTimeouts timeouts,
                                                           const CancelToken* cancel,
                                                           const std::function<void(int fd)>& registerSocket)
{
    const std::function<bool()> cancelled = [cancel] { return cancel && cancel->cancelled(); };
    const auto address = resolve(host, port, cancel);
    if (!address || cancelled()) return std::nullopt;

    // The descriptor exists from here on; registering it now lets cancel() shut it down during
    // connect and during the handshake, not only once the request is on its way.
    Poco::Net::StreamSocket plain(address->family());
    if (registerSocket) registerSocket(plain.impl()->sockfd());
    if (!connectTcp(plain, *address, timeouts.connect, cancelled)) return std::nullopt;

    // The handshake's reads and writes wait at most the connect time-out, as in Poco's own connect.
    plain.setReceiveTimeout(toTimespan(timeouts.connect));
    plain.setSendTimeout(toTimespan(timeouts.connect));
    Poco::Net::SecureStreamSocket secure = Poco::Net::SecureStreamSocket::attach(plain, host, context);
    // When a read of the handshake times out, Poco's SSL_connect returns quietly (WANT_READ) and its
    // host name check passes for want of a certificate; the handshake would then finish unchecked
    // inside the first write. Finish it here (a stall throws TimeoutException) and check the name.
    if (secure.completeHandshake() != 1) throw Poco::TimeoutException("TLS handshake timed out", host);
    if (cancelled()) return std::nullopt;
    if (!secure.havePeerCertificate()) throw Poco::Net::SSLException("The server sent no certificate", host);
    secure.verifyPeerCertificate();
    plain.setReceiveTimeout(toTimespan(timeouts.io));
    plain.setSendTimeout(toTimespan(timeouts.io));
    secure.setReceiveTimeout(toTimespan(timeouts.io));
    secure.setSendTimeout(toTimespan(timeouts.io));
    return secure;
}

}  // namespace tingdu::catalog::net
