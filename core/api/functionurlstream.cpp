#include "functionurlstream.h"
#include "functionurlevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace lambdesk::api::urlstream {

std::optional<qsizetype> preludeEnd(QByteArrayView bytes)
{
    const qsizetype at = bytes.indexOf(QByteArrayView("\0\0\0\0\0\0\0\0", 8));
    if (at < 0)
        return std::nullopt;
    return at + 8;
}

HttpReply headFromPrelude(QByteArrayView preludeJson)
{
    HttpReply head;
    head.status = 200;
    const QJsonObject o = QJsonDocument::fromJson(preludeJson.toByteArray()).object();
    const int status = o.value(QStringLiteral("statusCode")).toInt(200);
    head.status = status >= 100 && status <= 599 ? status : 200;
    const QJsonObject headers = o.value(QStringLiteral("headers")).toObject();
    bool contentType = false;
    for (auto it = headers.begin(); it != headers.end(); ++it) {
        const QByteArray name = it.key().toUtf8();
        const QByteArray value = it.value().toVariant().toString().toUtf8(); // numbers and booleans as text
        if (!urlevent::isSafeHeader(name, value))
            continue; // would split the header block
        contentType = contentType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        head.addHeader(name, value);
    }
    for (const QJsonValue &cookie : o.value(QStringLiteral("cookies")).toArray()) {
        const QByteArray c = cookie.toString().toUtf8();
        if (!c.isEmpty() && urlevent::isSafeHeader("Set-Cookie", c))
            head.addHeader(QByteArrayLiteral("Set-Cookie"), c);
    }
    if (!contentType) // AWS's default for a streamed URL answer
        head.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/octet-stream"));
    return head;
}

HttpReply wholeReply(const QByteArray &contentType, const QByteArray &payload)
{
    if (contentType == kHttpIntegrationType) {
        const std::optional<qsizetype> end = preludeEnd(payload);
        HttpReply r = headFromPrelude(end ? QByteArrayView(payload).first(*end - 8) : QByteArrayView(payload));
        if (end)
            r.body = payload.sliced(*end);
        return r;
    }
    HttpReply r;
    r.status = 200;
    r.addHeader(QByteArrayLiteral("Content-Type"),
                contentType.isEmpty() ? QByteArrayLiteral("application/octet-stream") : contentType);
    r.body = payload;
    return r;
}

} // namespace lambdesk::api::urlstream
