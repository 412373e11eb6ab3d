#pragma once

#include "debug/debugtypes.h"
#include "invocationresult.h"
#include "responsestream.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace lambdesk {

// One request to invoke a function, from whoever asks (console, CLI, API, Event queue).
struct InvokeRequest
{
    QString function;
    QString qualifier; // empty or $LATEST
    QByteArray payload;
    InvocationType type = InvocationType::RequestResponse;
    QByteArray clientContext; // JSON text (decoded from X-Amz-Client-Context)
    QString requestId;        // empty: a fresh one (the console picks its own; async retries pass the event's)
    InvocationSource source = InvocationSource::Console;
    // Set: the caller takes a streamed response as it is written (see responsestream.h).
    std::shared_ptr<ResponseStreamSink> stream;
    // Set: runs under the debugger (debug/debugtypes.h; Backend::debugInvoke), in a debug
    // environment of the function.
    std::shared_ptr<const debug::Options> debug;
};

} // namespace lambdesk
