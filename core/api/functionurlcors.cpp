#include "functionurlcors.h"

namespace lambdesk::api::urlcors {

namespace {

bool contains(const QStringList &list, QByteArrayView value, Qt::CaseSensitivity cs)
{
    const QString v = QString::fromUtf8(value);
    for (const QString &item : list)
        if (item == u"*" || item.compare(v, cs) == 0)
            return true;
    return false;
}

QByteArray joined(const QStringList &list)
{
    return list.join(u',').toUtf8();
}

// "*" when any origin may call and no credentials travel; otherwise the origin itself (a
// browser refuses "*" on a credentialed request).
QByteArray allowOriginValue(const FunctionUrlCors &cors, QByteArrayView origin)
{
    if (cors.allowOrigins.contains(QStringLiteral("*")) && !cors.allowCredentials)
        return QByteArrayLiteral("*");
    return origin.toByteArray();
}

void addOriginHeaders(HttpReply &reply, const FunctionUrlCors &cors, QByteArrayView origin)
{
    const QByteArray value = allowOriginValue(cors, origin);
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), value);
    if (cors.allowCredentials)
        reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Credentials"), QByteArrayLiteral("true"));
    if (!cors.exposeHeaders.isEmpty())
        reply.addHeader(QByteArrayLiteral("Access-Control-Expose-Headers"), joined(cors.exposeHeaders));
    if (value != "*")
        reply.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
}

} // namespace

bool isPreflight(const HttpRequest &request)
{
    return request.method == "OPTIONS" && request.has("Origin") && request.has("Access-Control-Request-Method");
}

bool originAllowed(const FunctionUrlCors &cors, QByteArrayView origin)
{
    // Origins compare without regard to case (scheme and host are case-insensitive).
    return !origin.isEmpty() && contains(cors.allowOrigins, origin, Qt::CaseInsensitive);
}

HttpReply preflight(const HttpRequest &request, const FunctionUrlCors &cors)
{
    HttpReply reply;
    reply.status = 200;
    const QByteArray origin = request.header("Origin");
    const QByteArray method = request.header("Access-Control-Request-Method").trimmed();
    if (!originAllowed(cors, origin) || !contains(cors.allowMethods, method, Qt::CaseSensitive))
        return reply;
    addOriginHeaders(reply, cors, origin);
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), joined(cors.allowMethods));
    if (!cors.allowHeaders.isEmpty())
        reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), joined(cors.allowHeaders));
    if (cors.maxAge > 0)
        reply.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArray::number(cors.maxAge));
    return reply;
}

void apply(HttpReply &reply, const HttpRequest &request, const FunctionUrlCors &cors)
{
    reply.headers.removeIf([](const std::pair<QByteArray, QByteArray> &h) {
        return h.first.size() > 15 && QByteArrayView(h.first).first(15).compare("access-control-", Qt::CaseInsensitive) == 0;
    });
    const QByteArray origin = request.header("Origin");
    if (originAllowed(cors, origin))
        addOriginHeaders(reply, cors, origin);
}

} // namespace lambdesk::api::urlcors
