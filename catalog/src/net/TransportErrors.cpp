// Maps Poco's exception hierarchy to the error cases the UI words differently.
#include "net/TransportErrors.h"

#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLException.h>

#include "net/SslRuntime.h"

namespace tingdu::catalog::net {

namespace {
bool contains(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }
}  // namespace

Error transportError(const Poco::Exception& e, const std::string& url, bool afterHeaders)
{
    const std::string text = e.displayText();
    if (dynamic_cast<const Poco::TimeoutException*>(&e))
        return makeError(ErrorCode::Timeout, "The server did not answer in time.", url);
    if (dynamic_cast<const Poco::Net::HostNotFoundException*>(&e) ||
        dynamic_cast<const Poco::Net::NoAddressFoundException*>(&e) || dynamic_cast<const Poco::Net::DNSException*>(&e))
        return makeError(ErrorCode::Dns, "The server's name could not be found (check the address or the network).", url);
    if (dynamic_cast<const Poco::Net::SSLException*>(&e) && !afterHeaders) {
        const int code = lastCertificateFailure();
        std::string reason;
        if (code != 0) reason = tlsReasonFor(code);
        else if (dynamic_cast<const Poco::Net::CertificateValidationException*>(&e)) reason = "wrong-host";  // Poco's host check
        else if (dynamic_cast<const Poco::Net::SSLConnectionUnexpectedlyClosedException*>(&e))
            return makeError(ErrorCode::ConnectionLost, "The server closed the connection during the secure handshake.", url);
        else reason = contains(text, "certificate verify failed") ? "unknown-ca" : "handshake";
        Error err = makeError(ErrorCode::Tls, tlsSentence(reason), url);
        err.tlsReason = reason;
        return err;
    }
    if (afterHeaders && (contains(text, "zlib") || contains(text, "inflat")))
        return makeError(ErrorCode::MalformedBody, "The server's compressed answer is corrupt.", url);
    if (dynamic_cast<const Poco::Net::ConnectionRefusedException*>(&e) || contains(text, "unreachable"))
        return makeError(ErrorCode::Offline, "The server could not be reached (no connection, or it is not running).", url);
    if (dynamic_cast<const Poco::Net::ConnectionResetException*>(&e) ||
        dynamic_cast<const Poco::Net::ConnectionAbortedException*>(&e) ||
        dynamic_cast<const Poco::Net::NoMessageException*>(&e) || dynamic_cast<const Poco::Net::MessageException*>(&e) ||
        dynamic_cast<const Poco::Net::SSLException*>(&e) || afterHeaders)
        return makeError(ErrorCode::ConnectionLost, "The connection dropped before the whole answer arrived.", url);
    if (dynamic_cast<const Poco::DataFormatException*>(&e) || dynamic_cast<const Poco::IOException*>(&e))
        return makeError(ErrorCode::ConnectionLost, "The connection failed: " + e.message() + ".", url);
    return makeError(ErrorCode::Offline, "The server could not be reached: " + text + ".", url);
}

}  // namespace tingdu::catalog::net
