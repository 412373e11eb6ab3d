#include "codelink.h"

#include <QMessageAuthenticationCode>
#include <QUrl>

namespace lambdesk::api::codelink {

namespace {

QByteArray sign(const QString &name, qint64 expires, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(name.toUtf8() + '\n' + QByteArray::number(expires), key,
                                            QCryptographicHash::Sha256)
        .toHex();
}

} // namespace

QString make(const QString &baseUrl, const QString &name, qint64 expiresEpochSecs, const QByteArray &key)
{
    return baseUrl + QStringLiteral("/lambdesk/code/") + QString::fromLatin1(QUrl::toPercentEncoding(name))
        + QStringLiteral(".zip?expires=") + QString::number(expiresEpochSecs) + QStringLiteral("&signature=")
        + QString::fromLatin1(sign(name, expiresEpochSecs, key));
}

std::optional<ApiError> verify(const GetCodeArchive &link, const QByteArray &key, qint64 nowEpochSecs)
{
    if (link.signature.isEmpty() || link.signature != sign(link.name, link.expires, key))
        return ApiError::accessDenied(
            QStringLiteral("This code link is not valid: take Code.Location from a fresh GetFunction "
                           "(links are signed by the running Lambdesk and end when it stops)"));
    if (nowEpochSecs > link.expires)
        return ApiError::accessDenied(
            QStringLiteral("This code link expired %1 s ago (links last %2 s): call GetFunction again")
                .arg(nowEpochSecs - link.expires)
                .arg(kValidSecs));
    return std::nullopt;
}

} // namespace lambdesk::api::codelink
