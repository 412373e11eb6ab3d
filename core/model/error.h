#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lambdesk {

// An error a caller can show as is: `message` names the field and the rule where there is one.
// `kind` lets the HTTP layer pick AWS's exception type and status without parsing text.
struct Error
{
    enum class Kind {
        InvalidParameter,   // InvalidParameterValueException 400
        InvalidRequest,     // InvalidRequestContentException 400 (bad JSON and the like)
        NotFound,           // ResourceNotFoundException 404
        Conflict,           // ResourceConflictException 409
        PreconditionFailed, // PreconditionFailedException 412 (a RevisionId that is not the current one)
        TooLarge,           // RequestTooLargeException 413
        Throttled,          // TooManyRequestsException 429
        Unavailable,        // the machine cannot do it (runtime missing, workspace locked)
        Internal,           // ServiceException 500
    };

    Kind kind = Kind::Internal;
    QString message;
    QString field; // AWS field name, e.g. "MemorySize"; empty when the error is not about one field.
                   // For Throttled: AWS's Reason (ReservedFunctionConcurrentInvocationLimitExceeded, ...)

    static Error invalid(QString field, QString message)
    {
        return Error{Kind::InvalidParameter, std::move(message), std::move(field)};
    }
    static Error notFound(QString message) { return Error{Kind::NotFound, std::move(message), {}}; }
    static Error conflict(QString message) { return Error{Kind::Conflict, std::move(message), {}}; }
    static Error internal(QString message) { return Error{Kind::Internal, std::move(message), {}}; }
};

// A value or an Error (std::expected arrives with C++23). E: another error type where a layer
// needs more than Error carries (the HTTP API's ApiError).
template<typename T, typename E = Error>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(E error) : m_v(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<T>(m_v); }
    T &value() & { return std::get<T>(m_v); }
    T &&value() && { return std::get<T>(std::move(m_v)); }
    const T *operator->() const { return &std::get<T>(m_v); }
    const T &operator*() const & { return std::get<T>(m_v); }
    const E &error() const { return std::get<E>(m_v); }

private:
    std::variant<T, E> m_v;
};

struct Ok
{};
using Status = Result<Ok>;

} // namespace lambdesk
