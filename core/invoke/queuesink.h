#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace lambdesk {

// The seam between asynchronous invocation and the local queues (issue 13 part 4, another
// branch): the Backend holds one (Backend::setQueueSink) and, through it, checks that a queue
// named by a destination or a dead-letter target exists, lists the queues for the console's
// target picker, and delivers invocation records and dead-letter events. Called on the
// backend thread. Without a sink (or with `exists` empty) no queue can be named.
struct QueueSink
{
    std::function<bool(const QString &queue)> exists;
    // The message body is what AWS puts in the SQS message: the invocation record (OnSuccess,
    // OnFailure) or the event itself (a dead-letter queue). On disk when Ok comes back.
    std::function<Status(const QString &queue, const QByteArray &body)> send;
    std::function<QStringList()> list; // optional: the queue names, for the target picker

    bool isSet() const { return bool(exists) && bool(send); }
};

} // namespace lambdesk
