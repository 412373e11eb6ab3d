#pragma once

#include "apierror.h"
#include "operations.h"

// GetFunction's Code.Location: on AWS a presigned S3 link valid for 10 minutes; here a link to
// the API server itself, signed with a key of the running server so that it works without
// SigV4 (curl, a browser) yet cannot be forged or reused later.
namespace lambdesk::api::codelink {

inline constexpr qint64 kValidSecs = 600;

// baseUrl like "http://127.0.0.1:9001" (the Host the client used).
QString make(const QString &baseUrl, const QString &name, qint64 expiresEpochSecs, const QByteArray &key);
std::optional<ApiError> verify(const GetCodeArchive &link, const QByteArray &key, qint64 nowEpochSecs);

} // namespace lambdesk::api::codelink
