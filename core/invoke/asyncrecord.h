#pragma once

#include <QByteArray>
#include <QString>

// AWS's invocation record: what an OnSuccess or OnFailure destination receives after an
// asynchronous invocation, byte for byte in shape and key order:
//   {"version":"1.0","timestamp":"2019-11-14T18:16:05.568Z",
//    "requestContext":{"requestId":"...","functionArn":"arn:...:function:NAME:$LATEST",
//                      "condition":"RetriesExhausted","approximateInvokeCount":3},
//    "requestPayload":<the event>,
//    "responseContext":{"statusCode":200,"executedVersion":"$LATEST","functionError":"Unhandled"},
//    "responsePayload":<the response or the error document>}
// functionError only after an error; responseContext and responsePayload only when an attempt
// ran (an event too old before its first attempt has none).
namespace lambdesk::asyncrecord {

enum class Condition { Success, RetriesExhausted, EventAgeExceeded };
QString conditionName(Condition condition);

struct Input
{
    QString requestId;
    QString functionArn; // qualified: ...:function:NAME:$LATEST (or the version or alias invoked)
    Condition condition = Condition::Success;
    int approximateInvokeCount = 0;
    QByteArray requestPayload; // the event, as JSON text
    bool hasResponse = false;
    int statusCode = 200;
    QString executedVersion;
    QString functionError;      // empty: none
    QByteArray responsePayload; // JSON text; anything else is sent as a JSON string
    qint64 timestampMs = 0;     // epoch ms
};

QByteArray build(const Input &input);
// 2019-11-14T18:16:05.568Z
QString isoTimestamp(qint64 epochMs);

} // namespace lambdesk::asyncrecord
