#include "functionurlevent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace lambdesk::api::urlevent {

namespace {

QString latin1(const QByteArray &b)
{
    return QString::fromLatin1(b);
}

HttpReply plain(int status, QByteArray contentType, QByteArray body)
{
    HttpReply r;
    r.status = status;
    r.addHeader(QByteArrayLiteral("Content-Type"), std::move(contentType));
    r.body = std::move(body);
    return r;
}

// Headers the transport writes itself; a function's own would frame the reply wrongly.
bool isTransportHeader(QByteArrayView name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("connection", Qt::CaseInsensitive) == 0;
}

QByteArray headerText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString().toUtf8();
    case QJsonValue::Double: return QByteArray::number(v.toDouble(), 'g', 17);
    case QJsonValue::Bool: return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default: return {};
    }
}

} // namespace

bool isTextContentType(QByteArrayView contentType)
{
    // The media type alone, without parameters (charset, boundary) or blanks.
    QByteArrayView type = contentType;
    if (const qsizetype semi = type.indexOf(';'); semi >= 0)
        type = type.first(semi);
    type = type.trimmed();
    if (type.isEmpty())
        return false;
    const QByteArray lower = type.toByteArray().toLower();
    if (lower.startsWith("text/"))
        return true;
    if (lower.endsWith("+json") || lower.endsWith("+xml"))
        return true;
    static constexpr const char *kTextApplicationTypes[] = {
        "application/json",       "application/javascript", "application/x-javascript", "application/ecmascript",
        "application/xml",        "application/x-www-form-urlencoded", "application/graphql",
        "application/x-ndjson",
    };
    for (const char *t : kTextApplicationTypes)
        if (lower == t)
            return true;
    return false;
}

QString requestTime(qint64 epochMs)
{
    return QLocale::c().toString(QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC),
                                 QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"));
}

QByteArray event(const HttpRequest &request, const Context &context)
{
    // Headers: lower-cased names, repeated ones joined with ',' in arrival order; Cookie goes
    // to `cookies` instead.
    QJsonObject headers;
    QJsonArray cookies;
    QByteArray userAgent;
    QByteArray contentType;
    for (const auto &[name, value] : request.headers) {
        const QByteArray key = name.toLower();
        if (key == "cookie") {
            for (const QByteArray &c : value.split(';')) {
                const QByteArray t = c.trimmed();
                if (!t.isEmpty())
                    cookies.append(QString::fromUtf8(t));
            }
            continue;
        }
        if (key == "user-agent")
            userAgent = value;
        else if (key == "content-type")
            contentType = value;
        const QString k = latin1(key);
        const auto it = headers.constFind(k);
        if (it == headers.constEnd())
            headers.insert(k, QString::fromUtf8(value));
        else
            headers.insert(k, QString(it->toString() + u',' + QString::fromUtf8(value)));
    }
    // What AWS's front end adds.
    if (!context.sourceIp.isEmpty() && !headers.contains(u"x-forwarded-for"))
        headers.insert(QStringLiteral("x-forwarded-for"), context.sourceIp);
    headers.insert(QStringLiteral("x-forwarded-proto"), QStringLiteral("http"));
    if (context.port)
        headers.insert(QStringLiteral("x-forwarded-port"), QString::number(context.port));
    if (!context.traceId.isEmpty())
        headers.insert(QStringLiteral("x-amzn-trace-id"), QString(QStringLiteral("Root=") + context.traceId));

    const QString rawPath = context.rawPath.isEmpty() ? QStringLiteral("/") : QString::fromUtf8(context.rawPath);
    QJsonObject http{
        {QStringLiteral("method"), latin1(request.method)},
        {QStringLiteral("path"), rawPath},
        {QStringLiteral("protocol"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("sourceIp"), context.sourceIp},
        {QStringLiteral("userAgent"), QString::fromUtf8(userAgent)},
    };
    QJsonObject requestContext{
        {QStringLiteral("accountId"), context.iam ? context.iam->accountId : QStringLiteral("anonymous")},
        {QStringLiteral("apiId"), context.urlId},
        {QStringLiteral("domainName"), QString(context.urlId + QStringLiteral(".lambda-url.localhost"))},
        {QStringLiteral("domainPrefix"), context.urlId},
        {QStringLiteral("http"), http},
        {QStringLiteral("requestId"), context.requestId},
        {QStringLiteral("routeKey"), QStringLiteral("$default")},
        {QStringLiteral("stage"), QStringLiteral("$default")},
        {QStringLiteral("time"), requestTime(context.timeEpochMs)},
        {QStringLiteral("timeEpoch"), double(context.timeEpochMs)},
    };
    if (context.iam) {
        const IamCaller &c = *context.iam;
        requestContext.insert(QStringLiteral("authorizer"),
                              QJsonObject{{QStringLiteral("iam"),
                                           QJsonObject{
                                               {QStringLiteral("accessKey"), c.accessKey},
                                               {QStringLiteral("accountId"), c.accountId},
                                               {QStringLiteral("callerId"), c.callerId},
                                               {QStringLiteral("cognitoIdentity"), QJsonValue::Null},
                                               {QStringLiteral("principalOrgId"), QJsonValue::Null},
                                               {QStringLiteral("userArn"), c.userArn},
                                               {QStringLiteral("userId"), c.userId},
                                           }}});
    }

    QJsonObject e{
        {QStringLiteral("version"), QStringLiteral("2.0")},
        {QStringLiteral("routeKey"), QStringLiteral("$default")},
        {QStringLiteral("rawPath"), rawPath},
        {QStringLiteral("rawQueryString"), QString::fromUtf8(request.query)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("requestContext"), requestContext},
    };
    if (!cookies.isEmpty())
        e.insert(QStringLiteral("cookies"), cookies);
    if (!request.query.isEmpty()) {
        QJsonObject params;
        for (const auto &[name, value] : queryItems(request.query)) {
            const auto it = params.constFind(name);
            params.insert(name, it == params.constEnd() ? value : QString(it->toString() + u',' + value));
        }
        e.insert(QStringLiteral("queryStringParameters"), params);
    }
    bool base64 = false;
    if (!request.body.isEmpty()) {
        base64 = !isTextContentType(contentType);
        e.insert(QStringLiteral("body"),
                 base64 ? latin1(request.body.toBase64()) : QString::fromUtf8(request.body));
    }
    e.insert(QStringLiteral("isBase64Encoded"), base64);
    return QJsonDocument(e).toJson(QJsonDocument::Compact);
}

bool isSafeHeader(QByteArrayView name, QByteArrayView value)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!token)
            return false;
    }
    return !value.contains('\r') && !value.contains('\n') && !value.contains('\0');
}

HttpReply reply(const QByteArray &payload)
{
    const auto inferred = [](QByteArray body) {
        return plain(200, QByteArrayLiteral("application/json"), std::move(body));
    };
    // Only an object can carry statusCode; anything else is the body as it is (a string's
    // text without its quotes, as AWS gives it).
    qsizetype first = 0;
    while (first < payload.size() && (payload[first] == ' ' || payload[first] == '\n' || payload[first] == '\r'
                                      || payload[first] == '\t'))
        ++first;
    if (first < payload.size() && payload[first] == '"') {
        // QJsonDocument takes only objects and arrays: read the string as an array's element.
        const QJsonDocument doc = QJsonDocument::fromJson('[' + payload + ']');
        if (doc.isArray() && doc.array().size() == 1 && doc.array().first().isString())
            return inferred(doc.array().first().toString().toUtf8());
        return inferred(payload);
    }
    if (first >= payload.size() || payload[first] != '{' || !payload.contains("\"statusCode\""))
        return inferred(payload);
    const QJsonDocument doc = QJsonDocument::fromJson(payload);
    if (!doc.isObject() || !doc.object().contains(u"statusCode"))
        return inferred(payload);
    const QJsonObject o = doc.object();

    const QJsonValue code = o.value(u"statusCode");
    int status = 0;
    if (code.isDouble() && code.toDouble() == double(code.toInt()))
        status = code.toInt();
    else if (code.isString())
        status = code.toString().toInt();
    if (status < 100 || status > 599)
        return functionError(); // AWS: a response it cannot read is a bad gateway

    HttpReply r;
    r.status = status;
    bool hasContentType = false;
    const QJsonObject headers = o.value(u"headers").toObject();
    for (auto it = headers.constBegin(); it != headers.constEnd(); ++it) {
        const QByteArray name = it.key().toLatin1();
        const QByteArray value = headerText(it.value());
        if (isTransportHeader(name) || !isSafeHeader(name, value))
            continue;
        if (name.compare("content-type", Qt::CaseInsensitive) == 0)
            hasContentType = true;
        r.addHeader(name, value);
    }
    for (const QJsonValue &c : o.value(u"cookies").toArray()) {
        const QByteArray cookie = c.toString().toUtf8();
        if (c.isString() && isSafeHeader("Set-Cookie", cookie))
            r.addHeader(QByteArrayLiteral("Set-Cookie"), cookie);
    }
    if (!hasContentType)
        r.headers.prepend({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});

    const QJsonValue body = o.value(u"body");
    if (body.isString()) {
        r.body = body.toString().toUtf8();
        if (o.value(u"isBase64Encoded").toBool())
            r.body = QByteArray::fromBase64(r.body);
    } else if (body.isObject()) {
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    } else if (body.isArray()) {
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    } else if (!body.isNull() && !body.isUndefined()) {
        r.body = headerText(body);
    }
    return r;
}

HttpReply functionError()
{
    return plain(502, QByteArrayLiteral("application/json"), QByteArrayLiteral("Internal Server Error"));
}

HttpReply throttled()
{
    return plain(429, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"Message\":\"Rate Exceeded.\"}"));
}

HttpReply notFound()
{
    return plain(404, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"Message\":null}"));
}

HttpReply forbidden()
{
    return plain(403, QByteArrayLiteral("application/json"), QByteArrayLiteral("{\"Message\":\"Forbidden\"}"));
}

HttpReply internalError()
{
    return plain(500, QByteArrayLiteral("application/json"), QByteArrayLiteral("Internal Server Error"));
}

HttpReply tooLarge(qint64 limit)
{
    return plain(413, QByteArrayLiteral("application/json"),
                 QByteArrayLiteral("{\"Message\":\"Request must be smaller than ") + QByteArray::number(limit)
                     + QByteArrayLiteral(" bytes for the InvokeFunction operation\"}"));
}

} // namespace lambdesk::api::urlevent
