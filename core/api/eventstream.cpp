#include "eventstream.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <zlib.h>

namespace lambdesk::api::eventstream {

namespace {

constexpr char kStringType = 7;
constexpr qsizetype kPreludeBytes = 12;
constexpr qsizetype kMaxMessageBytes = 16 * 1024 * 1024 + 128 * 1024; // AWS: 16 MB payload, 128 kB headers

quint32 crc(QByteArrayView bytes, quint32 start = 0)
{
    return quint32(::crc32(start, reinterpret_cast<const Bytef *>(bytes.data()), uInt(bytes.size())));
}

void putU32(QByteArray &out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

quint32 getU32(QByteArrayView bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.data() + at);
}

QByteArray event(const char *type, const char *contentType, QByteArrayView payload)
{
    Message m;
    m.headers = {{QByteArrayLiteral(":event-type"), QByteArray(type)},
                 {QByteArrayLiteral(":content-type"), QByteArray(contentType)},
                 {QByteArrayLiteral(":message-type"), QByteArrayLiteral("event")}};
    m.payload = payload.toByteArray();
    return encode(m);
}

} // namespace

QByteArray Message::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (key == name)
            return value;
    }
    return {};
}

QByteArray encode(const Message &message)
{
    QByteArray headers;
    for (const auto &[name, value] : message.headers) {
        headers.append(char(quint8(name.size())));
        headers.append(name);
        headers.append(kStringType);
        char len[2];
        qToBigEndian(quint16(value.size()), len);
        headers.append(len, 2);
        headers.append(value);
    }
    const quint32 total = quint32(kPreludeBytes + headers.size() + message.payload.size() + 4);
    QByteArray out;
    out.reserve(qsizetype(total));
    putU32(out, total);
    putU32(out, quint32(headers.size()));
    putU32(out, crc(QByteArrayView(out).first(8)));
    out.append(headers);
    out.append(message.payload);
    putU32(out, crc(out));
    return out;
}

std::optional<Message> decode(QByteArrayView bytes, qsizetype *consumed, QByteArray *error)
{
    const auto fail = [error](const char *why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (bytes.size() < kPreludeBytes)
        return std::nullopt;
    const quint32 total = getU32(bytes, 0);
    const quint32 headersLength = getU32(bytes, 4);
    if (getU32(bytes, 8) != crc(bytes.first(8)))
        return fail("prelude CRC mismatch");
    if (total < kPreludeBytes + 4 || qsizetype(total) > kMaxMessageBytes || headersLength > total - kPreludeBytes - 4)
        return fail("bad message lengths");
    if (bytes.size() < qsizetype(total))
        return std::nullopt;
    if (getU32(bytes, total - 4) != crc(bytes.first(total - 4)))
        return fail("message CRC mismatch");
    Message m;
    qsizetype at = kPreludeBytes;
    const qsizetype headersEnd = kPreludeBytes + headersLength;
    while (at < headersEnd) {
        const qsizetype nameLength = quint8(bytes[at]);
        if (at + 1 + nameLength + 3 > headersEnd)
            return fail("bad header");
        QByteArray name = bytes.sliced(at + 1, nameLength).toByteArray();
        at += 1 + nameLength;
        if (bytes[at] != kStringType)
            return fail("header type other than string");
        const qsizetype valueLength = qFromBigEndian<quint16>(bytes.data() + at + 1);
        at += 3;
        if (at + valueLength > headersEnd)
            return fail("bad header value");
        m.headers.append({std::move(name), bytes.sliced(at, valueLength).toByteArray()});
        at += valueLength;
    }
    m.payload = bytes.sliced(headersEnd, total - 4 - headersEnd).toByteArray();
    if (consumed)
        *consumed = total;
    return m;
}

QByteArray payloadChunk(QByteArrayView bytes)
{
    return event("PayloadChunk", "application/octet-stream", bytes);
}

QByteArray invokeComplete(const QString &errorCode, const QString &errorDetails, const QByteArray &logResultBase64)
{
    QJsonObject o;
    if (!errorCode.isEmpty())
        o.insert(QStringLiteral("ErrorCode"), errorCode);
    if (!errorDetails.isEmpty())
        o.insert(QStringLiteral("ErrorDetails"), errorDetails);
    if (!logResultBase64.isEmpty())
        o.insert(QStringLiteral("LogResult"), QString::fromLatin1(logResultBase64));
    return event("InvokeComplete", "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace lambdesk::api::eventstream
