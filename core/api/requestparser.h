#pragma once

#include "httpmessage.h"
#include "operations.h"

// Routing of the Lambda API (2015-03-31): method, path, query, headers and body in, a typed
// operation or AWS's error out. Pure: LambdaApiServer hands every request to it.
namespace lambdesk::api {

inline constexpr qsizetype kMaxRequestBytes = 70 * 1024 * 1024; // a 50 MB zip, base64-encoded, plus JSON
inline constexpr qsizetype kMaxClientContextBytes = 3583;       // base64 text, as AWS allows
inline constexpr int kMaxListItems = 10000;

ApiResult<Operation> parseRequest(const HttpRequest &request);

// Path segments, percent-decoded; a trailing '/' adds no empty segment.
QStringList pathSegments(QByteArrayView rawPath);

// ListFunctions markers are opaque to clients; Lambdesk's carries the next page's first name.
QString encodeMarker(const QString &firstName);
ApiResult<QString> decodeMarker(const QString &marker);

} // namespace lambdesk::api
