#pragma once
// Opens one request's TLS connection in stages a cancel from another thread can interrupt.
// Poco's HTTPSClientSession creates its socket inside connect() and runs the handshake there, so
// the socket could only be registered for cancellation after both (issue #12); here the socket
// exists first, is handed to registerSocket, and only then connects and shakes hands.
#include <Poco/Net/Context.h>
#include <Poco/Net/SecureStreamSocket.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace tingdu::catalog {
class CancelToken;
}

namespace tingdu::catalog::net {

struct ConnectTimeouts {
    std::chrono::milliseconds connect;  ///< TCP connect, and each wait of the TLS handshake
    std::chrono::milliseconds io;       ///< each send / receive after the handshake
};

/// Resolves HOST, connects to PORT and completes a verified TLS handshake (SNI and host name
/// check for HOST). registerSocket(fd) is called once, on the calling thread, after the socket
/// exists and before connect. Returns nullopt when cancel was cancelled at a stage boundary
/// (the name lookup is abandoned, not waited for). Failures throw Poco exceptions, as
/// HTTPSClientSession::connect would; the caller maps them (a cancel shows up as one too).
std::optional<Poco::Net::SecureStreamSocket> connectSecure(const std::string& host, std::uint16_t port,
                                                           const Poco::Net::Context::Ptr& context,
                                                           ConnectTimeouts timeouts,
                                                           const CancelToken* cancel,
                                                           const std::function<void(int fd)>& registerSocket);

}  // namespace tingdu::catalog::net
