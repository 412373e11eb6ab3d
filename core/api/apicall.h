#pragma once

#include <QMetaType>
#include <QString>

namespace lambdesk {

// One request the Lambda API answered, for the console's live list of calls.
struct ApiCall
{
    qint64 timeMs = 0; // epoch ms when it arrived
    QString method;    // GET, POST, ...
    QString path;      // decoded, without the query
    QString operation; // AWS's name (Invoke, CreateFunction, ...); empty when unknown
    QString function;  // empty when none
    int status = 0;    // HTTP status sent (0: the client left before the answer)
    QString errorType; // x-amzn-ErrorType, or X-Amz-Function-Error for a function error
    QString requestId;
    double durationMs = 0;
};

} // namespace lambdesk

Q_DECLARE_METATYPE(lambdesk::ApiCall)
