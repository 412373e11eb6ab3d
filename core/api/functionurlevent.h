#pragma once

#include "httpmessage.h"

#include <QString>

#include <optional>

// A function URL's request as AWS's payload format 2.0 event, and the function's answer as the
// HTTP reply AWS makes of it. Pure (DESIGN §6.6): the URL server hands requests to these, the
// tests drive them without sockets.
namespace lambdesk::api::urlevent {

// The caller's identity that an AWS_IAM URL puts in requestContext.authorizer.iam.
struct IamCaller
{
    QString accessKey;
    QString accountId;
    QString callerId;
    QString userArn;
    QString userId;
};

// What the event takes from outside the request itself.
struct Context
{
    QString urlId;                // requestContext.apiId, domainPrefix
    QByteArray rawPath;           // the path the function sees (the path form's rest), as sent
    QString requestId;            // requestContext.requestId
    QString sourceIp;             // requestContext.http.sourceIp, x-forwarded-for
    quint16 port = 0;             // x-forwarded-port
    qint64 timeEpochMs = 0;       // requestContext.time / timeEpoch
    std::optional<IamCaller> iam; // AWS_IAM: the signer (accountId becomes theirs); NONE: "anonymous"
    QString traceId;              // x-amzn-trace-id's Root; empty: none added
};

// AWS's documented rule: a body is passed as text when its Content-Type is text/* or one of the
// textual application types (json, javascript, xml, x-www-form-urlencoded, and +json / +xml
// suffixes); anything else, or no Content-Type, is binary and base64-encoded.
bool isTextContentType(QByteArrayView contentType);

// A header a function may set on its answer: the name an HTTP token (RFC 9110), the value free
// of CR, LF and NUL. Anything else would split the answer's header block (response splitting):
// such headers (and such cookies) are left out, buffered or streamed alike.
bool isSafeHeader(QByteArrayView name, QByteArrayView value);

// "12/Mar/2020:19:03:58 +0000"
QString requestTime(qint64 epochMs);

// The payload format 2.0 event (compact JSON): version, routeKey "$default", rawPath,
// rawQueryString, cookies (from Cookie, split on "; "; the header itself is left out of
// headers, as AWS does), headers (names lower-cased, repeated ones joined with ","),
// queryStringParameters (decoded, repeated joined with ","; absent without a query),
// requestContext, body (absent when empty) and isBase64Encoded.
QByteArray event(const HttpRequest &request, const Context &context);

// The function's answer as AWS maps it: a JSON object with statusCode gives the status,
// headers, cookies (one Set-Cookie each), body (decoded when isBase64Encoded); anything else
// (a string, a number, an object without statusCode) is a 200 application/json whose body is
// the payload (a string's text, unquoted). A statusCode that is not an HTTP status: 502.
HttpReply reply(const QByteArray &payload);

// AWS's replies when the function did not answer: a function error or a timeout (502), a
// throttle (429), an unknown URL (404), a refused signature (403), an internal failure (500),
// a body past 6 MB (413).
HttpReply functionError();
HttpReply throttled();
HttpReply notFound();
HttpReply forbidden();
HttpReply internalError();
HttpReply tooLarge(qint64 limit);

} // namespace lambdesk::api::urlevent
