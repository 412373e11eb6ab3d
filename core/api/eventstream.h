#pragma once

#include <QByteArray>
#include <QList>

#include <optional>
#include <utility>

// AWS's event stream framing (application/vnd.amazon.eventstream), as InvokeWithResponseStream
// answers: each message is a prelude (total length, headers length, CRC32 of those 8 bytes),
// string headers, the payload and a CRC32 of all before it; all integers big-endian. Pure.
namespace lambdesk::api::eventstream {

using Headers = QList<std::pair<QByteArray, QByteArray>>; // string-typed headers (type 7)

struct Message
{
    Headers headers;
    QByteArray payload;

    QByteArray header(QByteArrayView name) const;
};

QByteArray encode(const Message &message);

// One message from the start of `bytes`: nothing when more bytes are needed; `consumed` is
// its size. A message whose CRCs or lengths are wrong sets `error` (then nothing is returned).
std::optional<Message> decode(QByteArrayView bytes, qsizetype *consumed, QByteArray *error = nullptr);

// An event of the Lambda API's InvokeWithResponseStream:
// PayloadChunk {Payload} (the payload member is the message's payload, raw bytes) ...
QByteArray payloadChunk(QByteArrayView bytes);
// ... then InvokeComplete {ErrorCode, ErrorDetails, LogResult} (JSON, members left out when empty).
QByteArray invokeComplete(const QString &errorCode, const QString &errorDetails, const QByteArray &logResultBase64);

} // namespace lambdesk::api::eventstream
