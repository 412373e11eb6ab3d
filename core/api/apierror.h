#pragma once

#include "httpmessage.h"
#include "model/error.h"

#include <QString>

#include <utility>

namespace lambdesk::api {

// An error as the Lambda API sends it: HTTP status, exception type (the x-amzn-errortype header
// and the body's "Type"), and a message that names the field and the rule.
struct ApiError
{
    int status = 500;
    QByteArray type = QByteArrayLiteral("ServiceException");
    QString message;
    Headers headers; // extra reply headers (Retry-After on a throttle)
    QString reason;  // TooManyRequestsException: the body's Reason (empty: ConcurrentInvocationLimitExceeded)

    bool operator==(const ApiError &) const = default;

    // Backend errors keep their message; the kind picks AWS's exception and status.
    static ApiError fromError(const Error &error);

    static ApiError make(int status, QByteArray type, QString message)
    {
        return ApiError{status, std::move(type), std::move(message), {}, {}};
    }
    static ApiError invalidParameter(QString message)
    {
        return make(400, "InvalidParameterValueException", std::move(message));
    }
    static ApiError invalidContent(QString message)
    {
        return make(400, "InvalidRequestContentException", std::move(message));
    }
    static ApiError notFound(QString message) { return make(404, "ResourceNotFoundException", std::move(message)); }
    static ApiError conflict(QString message) { return make(409, "ResourceConflictException", std::move(message)); }
    // AWS answers an oversized request with this type (the API reference's RequestTooLargeException
    // never comes over the wire).
    static ApiError tooLarge(QString message)
    {
        return make(413, "RequestEntityTooLargeException", std::move(message));
    }
    static ApiError service(QString message) { return make(500, "ServiceException", std::move(message)); }
    static ApiError accessDenied(QString message) { return make(403, "AccessDeniedException", std::move(message)); }
};

// A value or an ApiError (Error has no room for the HTTP-only exceptions: unknown operation,
// signature, precondition).
template<typename T>
using ApiResult = Result<T, ApiError>;

} // namespace lambdesk::api
