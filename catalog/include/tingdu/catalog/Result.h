#pragma once
// Errors are values at the catalog boundary: every fallible call returns Result<T>.
// Same shape as tingdu/media/Result.h; catalog depends on neither media nor accessibility.
#include <string>
#include <utility>
#include <variant>

namespace tingdu::catalog {

/// What went wrong, in the distinct cases a caller words differently.
enum class ErrorCode {
    Offline,           ///< no route to the server (connection refused, network unreachable)
    Dns,               ///< the host name did not resolve
    Timeout,           ///< the server did not answer in time
    ConnectionLost,    ///< the connection dropped in the middle of a response
    Tls,               ///< the certificate was not accepted (message names why)
    Unauthorized,      ///< 401: sign-in needed or credentials refused
    Forbidden,         ///< 403
    NotFound,          ///< 404 (or a local file that does not exist)
    Server,            ///< 5xx
    HttpStatus,        ///< another unexpected HTTP status
    MalformedBody,     ///< the body is not the JSON/XML/feed it claims to be
    InsecureRedirect,  ///< an https URL redirected to plain http
    TooManyRedirects,  ///< redirect loop or chain too long
    TooLarge,          ///< exceeds a safety bound
    Problem,           ///< an RFC 7807 problem document (see Error::problemType)
    Cancelled,         ///< the caller cancelled the operation
    Checksum,          ///< a download's size or checksum did not match
    Io,                ///< a local read or write failed (disk full, disk gone)
    Database,          ///< the shelf database failed
    InvalidArgument,   ///< the caller passed something unusable (bad URL, missing link)
    Unsupported,       ///< the server wants something Tingdu does not speak
    Internal,          ///< a bug or an unexpected library failure
};

/// A human, one-sentence message plus the subject it is about (a URL or path).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;      ///< English sentence for logs and the CLI; the UI words its own by code
    std::string subject;      ///< the URL, file or entry the error is about, if any
    int httpStatus = 0;       ///< the HTTP status when one was received
    std::string problemType;  ///< RFC 7807 "type" URI when code == Problem (or a 4xx carried one)
    std::string tlsReason;    ///< for Tls: "expired", "wrong-host", "unknown-ca", "self-signed", "handshake"

    /// "subject: message" — the one-line form the CLI prints.
    std::string describe() const { return subject.empty() ? message : subject + ": " + message; }
};

inline Error makeError(ErrorCode code, std::string message, std::string subject = {})
{
    Error e;
    e.code = code;
    e.message = std::move(message);
    e.subject = std::move(subject);
    return e;
}

/// A value or an Error (a small std::expected for C++20).
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    const Error& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but may fail.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}
    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

}  // namespace tingdu::catalog
