#include "httpmessage.h"

#include <QString>

namespace lambdesk::api {

QByteArray headerValue(const Headers &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool hasHeader(const Headers &headers, QByteArrayView name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QList<std::pair<QString, QString>> queryItems(QByteArrayView rawQuery)
{
    QList<std::pair<QString, QString>> items;
    if (rawQuery.isEmpty())
        return items;
    for (const QByteArray &pair : rawQuery.toByteArray().split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = eq < 0 ? pair : pair.left(eq);
        const QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        items.append({QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return items;
}

QString queryValue(const QList<std::pair<QString, QString>> &items, QStringView name)
{
    for (const auto &[key, value] : items) {
        if (key == name)
            return value;
    }
    return {};
}

} // namespace lambdesk::api
