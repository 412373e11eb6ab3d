#include "requestguard.h"

#include <QHostAddress>
#include <QUrl>

namespace lambdesk::api::guard {

namespace {

ApiError forbidden(const QString &message)
{
    return ApiError::accessDenied(message);
}

} // namespace

bool isLoopbackHost(QStringView host)
{
    const QString h = host.toString().toLower();
    if (h == u"localhost" || h.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(h))
        return false;
    if (address.isLoopback())
        return true;
    bool ok = false;
    const QHostAddress v4(address.toIPv4Address(&ok)); // ::ffff:127.0.0.1
    return ok && v4.isLoopback();
}

QString hostOf(QByteArrayView hostHeader)
{
    const QString text = QString::fromLatin1(hostHeader).trimmed();
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return {};
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return {};
        return text.mid(1, close - 1);
    }
    const qsizetype colon = text.indexOf(u':');
    if (colon >= 0 && text.indexOf(u':', colon + 1) >= 0)
        return text; // a bare IPv6 address (not valid in Host, but unambiguous)
    return colon < 0 ? text : text.left(colon);
}

std::optional<ApiError> checkHost(QByteArrayView hostHeader, const Policy &policy)
{
    if (hostHeader.isEmpty())
        return std::nullopt; // HTTP/1.0 tools; a browser always sends Host
    const QString host = hostOf(hostHeader);
    if (!host.isEmpty() && isLoopbackHost(host))
        return std::nullopt;
    if (policy.allowRemote && !host.isEmpty()) {
        if (QHostAddress().setAddress(host))
            return std::nullopt; // an address literal cannot be rebound by DNS
        for (const QString &name : policy.extraHosts) {
            if (name.compare(host, Qt::CaseInsensitive) == 0)
                return std::nullopt;
        }
    }
    return forbidden(
        QStringLiteral("Host '%1' is refused: Lambdesk's API answers only requests addressed to localhost, "
                       "127.0.0.1 or [::1]%2 (protection against DNS rebinding by web pages)")
            .arg(QString::fromLatin1(hostHeader),
                 policy.allowRemote ? QStringLiteral(", an IP address or this machine's name")
                                    : QStringLiteral("; serve with --allow-remote to accept other addresses")));
}

QString normalizeOrigin(QStringView origin)
{
    const QUrl url(origin.toString(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")
        || !(url.path().isEmpty() || url.path() == u"/"))
        return {};
    const int defaultPort = url.scheme() == u"https" ? 443 : 80;
    QString out = url.scheme() + QStringLiteral("://")
        + (url.host().contains(u':') ? u'[' + url.host() + u']' : url.host());
    if (url.port() != -1 && url.port() != defaultPort)
        out += u':' + QString::number(url.port());
    return out.toLower();
}

bool originAllowed(QByteArrayView origin, const Policy &policy)
{
    const QString normalized = normalizeOrigin(QString::fromUtf8(origin));
    if (normalized.isEmpty())
        return false;
    for (const QString &allowed : policy.allowedOrigins) {
        if (normalizeOrigin(allowed) == normalized)
            return true;
    }
    return false;
}

std::optional<ApiError> checkBrowser(const HttpRequest &request, const Policy &policy)
{
    const QByteArray origin = request.header("Origin");
    if (request.has("Origin")) {
        if (originAllowed(origin, policy))
            return std::nullopt;
        return forbidden(
            QStringLiteral("Origin '%1' is refused: web pages may call Lambdesk's API only from allowed origins "
                           "(none yet; add one with lambdesk serve --allow-origin ORIGIN)")
                .arg(QString::fromUtf8(origin)));
    }
    // Browsers leave Origin out of simple GETs (an <img> or <script> tag), but say where they come from.
    const QByteArray site = request.header("Sec-Fetch-Site").toLower();
    if (site == "cross-site" || site == "same-site")
        return forbidden(QStringLiteral("A %1 browser request is refused: web pages may not call Lambdesk's API")
                             .arg(QString::fromLatin1(site)));
    return std::nullopt;
}

bool isPreflight(const HttpRequest &request)
{
    return request.method == "OPTIONS" && request.has("Origin") && request.has("Access-Control-Request-Method");
}

HttpReply preflight(const HttpRequest &request, const Policy &policy)
{
    HttpReply reply;
    const QByteArray origin = request.header("Origin");
    if (!originAllowed(origin, policy)) {
        reply.status = 403;
        reply.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
        return reply;
    }
    reply.status = 204;
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Origin"), origin);
    reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Methods"), QByteArrayLiteral("GET, POST, PUT, DELETE"));
    const QByteArray asked = request.header("Access-Control-Request-Headers");
    if (!asked.isEmpty())
        reply.addHeader(QByteArrayLiteral("Access-Control-Allow-Headers"), asked);
    reply.addHeader(QByteArrayLiteral("Access-Control-Max-Age"), QByteArrayLiteral("600"));
    reply.addHeader(QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin"));
    return reply;
}

Headers corsHeaders(QByteArrayView origin)
{
    return {
        {QByteArrayLiteral("Access-Control-Allow-Origin"), origin.toByteArray()},
        {QByteArrayLiteral("Access-Control-Expose-Headers"),
         QByteArrayLiteral(
             "x-amzn-RequestId, x-amzn-ErrorType, X-Amz-Function-Error, X-Amz-Log-Result, X-Amz-Executed-Version")},
        {QByteArrayLiteral("Vary"), QByteArrayLiteral("Origin")},
    };
}

} // namespace lambdesk::api::guard
