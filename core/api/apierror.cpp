#include "apierror.h"

namespace lambdesk::api {

ApiError ApiError::fromError(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::InvalidParameter: return invalidParameter(error.message);
    case Error::Kind::InvalidRequest: return invalidContent(error.message);
    case Error::Kind::NotFound: return notFound(error.message);
    case Error::Kind::Conflict: return conflict(error.message);
    case Error::Kind::PreconditionFailed: return make(412, "PreconditionFailedException", error.message);
    case Error::Kind::TooLarge: return tooLarge(error.message);
    case Error::Kind::Throttled: {
        // AWS adds the reason to the body and asks clients to come back in a second.
        ApiError e = make(429, "TooManyRequestsException", error.message);
        e.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
        // Which limit: the invoker names AWS's Reason in the error's field (anything else there
        // is no Reason, and the body says ConcurrentInvocationLimitExceeded).
        if (error.field == u"ReservedFunctionConcurrentInvocationLimitExceeded"
            || error.field == u"ConcurrentInvocationLimitExceeded")
            e.reason = error.field;
        return e;
    }
    case Error::Kind::Unavailable:
    case Error::Kind::Internal: break;
    }
    return service(error.message);
}

} // namespace lambdesk::api
