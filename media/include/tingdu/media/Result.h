#pragma once
// Errors are values at the library boundary: every fallible call returns Result<T>.
#include <string>
#include <utility>
#include <variant>

namespace tingdu::media {

/// What went wrong, in the distinct cases a caller words differently.
enum class ErrorCode {
    NotFound,          ///< the file or folder does not exist
    PermissionDenied,  ///< it exists but cannot be read or written
    Empty,             ///< a zero-byte file or an empty folder
    Unsupported,       ///< not a format Tingdu reads (or an unsupported codec)
    Corrupt,           ///< the format is recognised but the content is broken or truncated
    DrmProtected,      ///< encrypted by a DRM scheme Tingdu cannot open
    TooLarge,          ///< exceeds a safety bound (archive size, ratio, XML size)
    UnsafeContent,     ///< path traversal, external entities and similar attacks
    Network,           ///< connection failed, dropped or timed out
    Tls,               ///< the server's certificate was not accepted
    Unauthorized,      ///< 401/403 from a stream server
    Io,                ///< a read or write failed (disk full, disk gone)
    Cancelled,         ///< the caller cancelled the operation
    InvalidArgument,   ///< the caller passed something out of range
    Internal,          ///< a bug or an unexpected library failure
};

/// A human, one-sentence message plus the subject it is about (a path or URL).
struct Error {
    ErrorCode code = ErrorCode::Internal;
    std::string message;  ///< English sentence for logs and the CLI; the UI words its own by code
    std::string subject;  ///< the file, URL or entry the error is about, if any

    /// "subject: message" — the one-line form the CLI prints.
    std::string describe() const { return subject.empty() ? message : subject + ": " + message; }
};

inline Error makeError(ErrorCode code, std::string message, std::string subject = {})
{
    return Error{code, std::move(message), std::move(subject)};
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

}  // namespace tingdu::media
