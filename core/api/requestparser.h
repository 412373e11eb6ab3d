#pragma once

#include "httpmessage.h"
#include "operations.h"

// Routing of the Lambda API (2015-03-31): method, path, query, headers and body in, a typed
// operation or AWS's error out. Pure: LambdaApiServer hands every request to it.
namespace lambdesk::api {

inline constexpr qsizetype kMaxRequestBytes = 70 * 1024 * 1024; // a 50 MB zip, base64-encoded, plus JSON
inline constexpr qsizetype kMaxInvokeRequestBytes = 6291456;    // AWS's limit on an Invoke request (6 MB)
inline constexpr qsizetype kMaxClientContextBytes = 3583;       // base64 text, as AWS allows
inline constexpr int kMaxListItems = 10000;

ApiResult<Operation> parseRequest(const HttpRequest &request);

// The largest body an operation takes, known from the method and path alone so that the server
// can refuse from Content-Length before reading the body.
struct BodyLimit
{
    qint64 bytes = kMaxRequestBytes;
    QString operation; // AWS's name for the limit ("InvokeFunction", "CreateFunction"); may be empty
};
BodyLimit bodyLimit(QByteArrayView method, QByteArrayView rawPath);
// AWS's 413: RequestEntityTooLargeException, "Request must be smaller than N bytes for the X operation".
ApiError tooLargeError(const BodyLimit &limit);

// InvokeWithResponseStream: POST /2021-11-15/functions/{FunctionName}/response-streaming-invocations
// (?Qualifier=, X-Amz-Invocation-Type RequestResponse or DryRun, X-Amz-Log-Type, X-Amz-Client-Context).
bool isResponseStreamInvoke(const HttpRequest &request);
ApiResult<Invoke> parseResponseStreamInvoke(const HttpRequest &request);

// Path segments, percent-decoded; a trailing '/' adds no empty segment.
QStringList pathSegments(QByteArrayView rawPath);

// ListFunctions markers are opaque to clients; Lambdesk's carries the next page's first name.
QString encodeMarker(const QString &firstName);
ApiResult<QString> decodeMarker(const QString &marker);

} // namespace lambdesk::api
