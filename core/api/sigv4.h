#pragma once

#include "apierror.h"
#include "httpmessage.h"

#include <QDateTime>
#include <QString>

// AWS Signature Version 4 (header form), as pure functions: the server's "require signature"
// check, and a signer for Lambdesk's own test and benchmark clients. The canonical request is
// built from the request exactly as received (path and query as sent), as AWS does.
namespace lambdesk::api::sigv4 {

struct Credentials
{
    QString accessKeyId;
    QString secretAccessKey;
};

// "AWS4-HMAC-SHA256 Credential=AKID/20150830/us-east-1/lambda/aws4_request, SignedHeaders=host;x-amz-date, Signature=hex"
struct Authorization
{
    QString accessKeyId;
    QString date; // yyyyMMdd
    QString region;
    QString service;
    QList<QByteArray> signedHeaders; // lower case, as listed
    QByteArray signature;            // hex
};
ApiResult<Authorization> parseAuthorization(QByteArrayView header);

// URI-encodes the path as sent (a second time for what was already encoded), keeping '/'.
QByteArray canonicalUri(QByteArrayView rawPath);
// Pairs decoded, re-encoded with RFC 3986's unreserved set, sorted by name then value.
QByteArray canonicalQuery(QByteArrayView rawQuery);
// "name:trimmed value\n" for each signed header; repeated headers join with ','.
QByteArray canonicalHeaders(const Headers &headers, const QList<QByteArray> &signedHeaders);
QByteArray canonicalRequest(const HttpRequest &request, const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHash);
QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest);
QByteArray signingKey(const QString &secret, const QString &date, const QString &region, const QString &service);
// Hex signature of a canonical request.
QByteArray signature(const QString &secret, const QByteArray &amzDate, const QString &region, const QString &service,
                     const QByteArray &canonicalRequest);

QByteArray payloadHash(const QByteArray &body); // hex SHA-256
QByteArray amzDate(const QDateTime &utc);       // 20150830T123600Z

// Signs in place as the AWS SDKs do: adds X-Amz-Date and Authorization over every header present.
void sign(HttpRequest &request, const Credentials &credentials, const QString &region, const QString &service,
          const QDateTime &nowUtc);

// The server's check: nothing when the request is signed with `credentials`, for `service`,
// within 15 minutes of `nowUtc`; otherwise AWS's error (MissingAuthenticationToken,
// IncompleteSignature, UnrecognizedClient, InvalidSignature).
std::optional<ApiError> verify(const HttpRequest &request, const Credentials &credentials, const QDateTime &nowUtc,
                               const QString &service = QStringLiteral("lambda"));

} // namespace lambdesk::api::sigv4
