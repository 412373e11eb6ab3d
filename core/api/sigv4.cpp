#include "sigv4.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <algorithm>

namespace lambdesk::api::sigv4 {

namespace {

constexpr qint64 kMaxSkewSecs = 15 * 60;

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
        || c == '.' || c == '~';
}

QByteArray uriEncode(QByteArrayView bytes, bool keepSlash)
{
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(bytes.size() * 3 / 2);
    for (const char c : bytes) {
        if (unreserved(c) || (keepSlash && c == '/')) {
            out += c;
        } else {
            const auto u = static_cast<unsigned char>(c);
            out += '%';
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    return out;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// Lower-case header values collapse runs of white space into one space, trimmed at both ends.
QByteArray trimAll(const QByteArray &value)
{
    return value.simplified();
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

ApiError incomplete(const QString &message)
{
    return ApiError::make(400, "IncompleteSignatureException", message);
}

ApiError invalidSignature(const QString &message)
{
    return ApiError::make(403, "InvalidSignatureException", message);
}

} // namespace

ApiResult<Authorization> parseAuthorization(QByteArrayView header)
{
    const QByteArray text = header.toByteArray().trimmed();
    const QByteArray algorithm = "AWS4-HMAC-SHA256";
    if (!text.startsWith("AWS4-HMAC-SHA256 "))
        return incomplete(
            QStringLiteral("Authorization header must start with AWS4-HMAC-SHA256 (Signature Version 4); got '%1'")
                .arg(QString::fromUtf8(text.left(40))));
    Authorization a;
    QByteArray credential, signedHeaders;
    for (QByteArray part : text.mid(algorithm.size()).split(',')) {
        part = part.trimmed();
        const qsizetype eq = part.indexOf('=');
        if (eq < 0)
            continue;
        const QByteArray key = part.left(eq).trimmed();
        const QByteArray value = part.mid(eq + 1).trimmed();
        if (key == "Credential")
            credential = value;
        else if (key == "SignedHeaders")
            signedHeaders = value;
        else if (key == "Signature")
            a.signature = value.toLower();
    }
    QStringList missing;
    if (credential.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Credential' parameter.");
    if (signedHeaders.isEmpty())
        missing << QStringLiteral("Authorization header requires 'SignedHeaders' parameter.");
    if (a.signature.isEmpty())
        missing << QStringLiteral("Authorization header requires 'Signature' parameter.");
    if (!missing.isEmpty())
        return incomplete(missing.join(u' '));
    const QList<QByteArray> scope = credential.split('/');
    if (scope.size() != 5 || scope[4] != "aws4_request" || scope[1].size() != 8)
        return incomplete(
            QStringLiteral("Credential must have the form ACCESS_KEY/YYYYMMDD/REGION/SERVICE/aws4_request; got '%1'")
                .arg(QString::fromUtf8(credential)));
    a.accessKeyId = QString::fromUtf8(scope[0]);
    a.date = QString::fromLatin1(scope[1]);
    a.region = QString::fromUtf8(scope[2]);
    a.service = QString::fromUtf8(scope[3]);
    for (const QByteArray &h : signedHeaders.split(';'))
        a.signedHeaders.append(h.trimmed().toLower());
    return a;
}

QByteArray canonicalUri(QByteArrayView rawPath)
{
    if (rawPath.isEmpty())
        return QByteArrayLiteral("/");
    return uriEncode(rawPath, true);
}

QByteArray canonicalQuery(QByteArrayView rawQuery)
{
    QList<std::pair<QByteArray, QByteArray>> pairs;
    for (const QByteArray &item : rawQuery.toByteArray().split('&')) {
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(eq < 0 ? item : item.left(eq));
        const QByteArray value = eq < 0 ? QByteArray() : QByteArray::fromPercentEncoding(item.mid(eq + 1));
        if (key == "X-Amz-Signature")
            continue;
        pairs.append({uriEncode(key, false), uriEncode(value, false)});
    }
    std::sort(pairs.begin(), pairs.end());
    QByteArray out;
    for (const auto &[key, value] : pairs) {
        if (!out.isEmpty())
            out += '&';
        out += key + '=' + value;
    }
    return out;
}

QByteArray canonicalHeaders(const Headers &headers, const QList<QByteArray> &signedHeaders)
{
    QByteArray out;
    for (const QByteArray &name : signedHeaders) {
        QByteArray joined;
        bool first = true;
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!first)
                joined += ',';
            joined += trimAll(value);
            first = false;
        }
        out += name + ':' + joined + '\n';
    }
    return out;
}

QByteArray canonicalRequest(const HttpRequest &request, const QList<QByteArray> &signedHeaders,
                            const QByteArray &payloadHash)
{
    return request.method.toUpper() + '\n' + canonicalUri(request.path) + '\n' + canonicalQuery(request.query) + '\n'
        + canonicalHeaders(request.headers, signedHeaders) + '\n' + signedHeaders.join(';') + '\n' + payloadHash;
}

QByteArray stringToSign(const QByteArray &amzDate, const QByteArray &scope, const QByteArray &canonicalRequest)
{
    return "AWS4-HMAC-SHA256\n" + amzDate + '\n' + scope + '\n'
        + QCryptographicHash::hash(canonicalRequest, QCryptographicHash::Sha256).toHex();
}

QByteArray signingKey(const QString &secret, const QString &date, const QString &region, const QString &service)
{
    const QByteArray kDate = hmac("AWS4" + secret.toUtf8(), date.toUtf8());
    const QByteArray kRegion = hmac(kDate, region.toUtf8());
    const QByteArray kService = hmac(kRegion, service.toUtf8());
    return hmac(kService, QByteArrayLiteral("aws4_request"));
}

QByteArray signature(const QString &secret, const QByteArray &amzDate, const QString &region, const QString &service,
                     const QByteArray &canonicalRequest)
{
    const QString date = QString::fromLatin1(amzDate.left(8));
    const QByteArray scope = date.toLatin1() + '/' + region.toUtf8() + '/' + service.toUtf8() + "/aws4_request";
    return hmac(signingKey(secret, date, region, service), stringToSign(amzDate, scope, canonicalRequest)).toHex();
}

QByteArray payloadHash(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

QByteArray amzDate(const QDateTime &utc)
{
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

void sign(HttpRequest &request, const Credentials &credentials, const QString &region, const QString &service,
          const QDateTime &nowUtc)
{
    const QByteArray date = amzDate(nowUtc);
    request.headers.append({QByteArrayLiteral("X-Amz-Date"), date});
    QList<QByteArray> names;
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (name != "user-agent" && name != "expect" && name != "authorization" && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    const QByteArray sig = signature(credentials.secretAccessKey, date, region, service,
                                     canonicalRequest(request, names, payloadHash(request.body)));
    request.headers.append({QByteArrayLiteral("Authorization"),
                            "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId.toUtf8() + '/' + date.left(8) + '/'
                                + region.toUtf8() + '/' + service.toUtf8()
                                + "/aws4_request, SignedHeaders=" + names.join(';') + ", Signature=" + sig});
}

std::optional<ApiError> verify(const HttpRequest &request, const Credentials &credentials, const QDateTime &nowUtc,
                               const QString &service)
{
    const QByteArray header = request.header("Authorization");
    if (header.isEmpty())
        return ApiError::make(
            403, "MissingAuthenticationTokenException",
            QStringLiteral("Missing Authentication Token: this Lambdesk API requires SigV4-signed requests; "
                           "sign them with the access key Lambdesk shows (lambdesk serve --print-profile)"));
    auto auth = parseAuthorization(header);
    if (!auth)
        return auth.error();
    const Authorization &a = auth.value();
    if (a.accessKeyId != credentials.accessKeyId)
        return ApiError::make(
            403, "UnrecognizedClientException",
            QStringLiteral("The security token included in the request is invalid. (Lambdesk accepts only the access "
                           "key it shows: lambdesk serve --print-profile)"));
    if (a.service != service)
        return invalidSignature(QStringLiteral("Credential should be scoped to correct service: '%1'.").arg(service));
    if (!a.signedHeaders.contains("host"))
        return invalidSignature(QStringLiteral("The Host header must be signed (SignedHeaders lacks host)."));

    const QByteArray date = request.header("X-Amz-Date");
    const QDateTime signedAt = QDateTime::fromString(QString::fromLatin1(date), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (date.isEmpty() || !signedAt.isValid())
        return incomplete(
            QStringLiteral(
                "X-Amz-Date is required with the form yyyyMMddTHHmmssZ (for example 20150830T123600Z); got '%1'")
                .arg(QString::fromLatin1(date)));
    const QDateTime at(signedAt.date(), signedAt.time(), Qt::UTC);
    if (date.left(8) != a.date.toLatin1())
        return invalidSignature(
            QStringLiteral(
                "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '%1' != '%2', from '%3'.")
                .arg(a.date, QString::fromLatin1(date.left(8)), QString::fromLatin1(date)));
    const qint64 skew = at.secsTo(nowUtc);
    const QString now = QString::fromLatin1(amzDate(nowUtc));
    if (skew > kMaxSkewSecs)
        return invalidSignature(
            QStringLiteral("Signature expired: %1 is now earlier than %2 (%3 - 15 min.)")
                .arg(QString::fromLatin1(date), QString::fromLatin1(amzDate(nowUtc.addSecs(-kMaxSkewSecs))), now));
    if (skew < -kMaxSkewSecs)
        return invalidSignature(
            QStringLiteral("Signature not yet current: %1 is still later than %2 (%3 + 15 min.)")
                .arg(QString::fromLatin1(date), QString::fromLatin1(amzDate(nowUtc.addSecs(kMaxSkewSecs))), now));

    QByteArray hash = request.header("X-Amz-Content-Sha256");
    if (hash == "UNSIGNED-PAYLOAD" && !request.body.isEmpty())
        // The signature would not cover the body: anyone on the way could change it.
        return invalidSignature(QStringLiteral(
            "X-Amz-Content-Sha256: UNSIGNED-PAYLOAD is refused for a request with a body: this Lambdesk API requires "
            "signed requests, so the body must be signed too (send its hex SHA-256 in X-Amz-Content-Sha256)"));
    if (hash.isEmpty()) {
        hash = payloadHash(request.body);
    } else if (hash != "UNSIGNED-PAYLOAD" && hash.toLower() != payloadHash(request.body)) {
        return ApiError::make(
            400, "XAmzContentSHA256Mismatch",
            QStringLiteral("The provided 'x-amz-content-sha256' header does not match what was computed."));
    }
    const QByteArray expected = signature(credentials.secretAccessKey, date, a.region, a.service,
                                          canonicalRequest(request, a.signedHeaders, hash));
    if (!constantTimeEquals(expected, a.signature))
        return invalidSignature(QStringLiteral(
            "The request signature we calculated does not match the signature you provided. "
            "Check your AWS Secret Access Key and signing method. Consult the service documentation for details."));
    return std::nullopt;
}

} // namespace lambdesk::api::sigv4
