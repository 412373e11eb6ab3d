#pragma once

#include <QByteArray>

#include <memory>

namespace lambdesk {

// Where a streamed response goes while the handler writes it (InvokeMode RESPONSE_STREAM:
// function URLs, InvokeWithResponseStream). The runtime POSTs its /response with
// Lambda-Runtime-Function-Response-Mode: streaming and a chunked body; each chunk reaches the
// sink as it arrives, on the backend thread, before the invocation ends. A handler that does
// not stream answers as usual: then nothing is called here and the whole payload is in the
// InvocationResult. The invocation's end (success, error, timeout) is the InvokeCallback as
// always; a sink that wants to stop early (its client left) says so through wantsMore().
class ResponseStreamSink
{
public:
    virtual ~ResponseStreamSink() = default;
    // The runtime began a streamed response; `contentType` is its Content-Type header
    // (application/vnd.awslambda.http-integration-response for HttpResponseStream.from:
    // a JSON prelude, eight NUL bytes, then the body).
    virtual void streamStarted(const QByteArray &contentType) = 0;
    virtual void streamChunk(const QByteArray &bytes) = 0;
    // false: nobody reads any more (the client went away); the backend may stop forwarding.
    virtual bool wantsMore() const { return true; }
};

} // namespace lambdesk
