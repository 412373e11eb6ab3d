// LambdaApiServer: InvokeWithResponseStream (POST /2021-11-15/functions/{name}/response-streaming-invocations).
// The answer is 200 with an event stream (api/eventstream.h): a PayloadChunk per piece the
// handler writes, as it writes it, then InvokeComplete. A handler that does not stream sends
// its whole payload as one PayloadChunk at its end.
#include "backend.h"
#include "eventstream.h"
#include "invoke/versionedstreamsink.h"
#include "requestguard.h"
#include "lambdaapiexchange.h"
#include "lambdaapiserver.h"
#include "requestparser.h"
#include "responses.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QUuid>

namespace lambdesk {

using namespace api;

namespace {

// The HTTP side of one InvokeWithResponseStream: the head goes out with the first chunk (the
// executed version is known by then), each chunk as one PayloadChunk event.
class EventStreamSink : public VersionedStreamSink
{
public:
    EventStreamSink(HttpResponder responder, HttpReply head) : m_responder(std::move(responder)), m_head(std::move(head))
    {}

    void executedVersion(const QString &version) override { m_version = version; }
    void streamStarted(const QByteArray &) override { start(m_version); }
    void streamChunk(const QByteArray &bytes) override
    {
        start(m_version);
        m_responder.sendChunk(eventstream::payloadChunk(bytes));
    }
    bool wantsMore() const override { return m_responder.isOpen(); }

    bool started() const { return m_started; }
    void start(const QString &version)
    {
        if (m_started)
            return;
        m_started = true;
        m_head.addHeader(QByteArrayLiteral("X-Amz-Executed-Version"),
                         version.isEmpty() ? QByteArrayLiteral("$LATEST") : version.toUtf8());
        m_responder.startStream(m_head);
    }
    void finish(const QByteArray &completeEvent)
    {
        m_responder.sendChunk(completeEvent);
        m_responder.endStream();
    }
    const HttpResponder &responder() const { return m_responder; }

private:
    HttpResponder m_responder;
    HttpReply m_head;
    QString m_version;
    bool m_started = false;
};

} // namespace

void LambdaApiServer::invokeWithResponseStream(const ExchangePtr &ex, const HttpRequest &http)
{
    ex->call.operation = QStringLiteral("InvokeWithResponseStream");
    auto parsed = parseResponseStreamInvoke(http);
    if (!parsed) {
        send(*ex, responses::error(parsed.error()));
        return;
    }
    Invoke op = std::move(parsed).value();
    ex->call.function = op.function.name;

    // The invocation's id, chosen here: it goes in the head, which leaves with the first chunk.
    const QString requestId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ex->call.requestId = requestId;
    HttpReply head;
    head.status = 200;
    responses::setRequestId(head, requestId);
    head.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/vnd.amazon.eventstream"));
    if (!ex->corsOrigin.isEmpty())
        head.headers += guard::corsHeaders(ex->corsOrigin);
    auto sink = std::make_shared<EventStreamSink>(ex->responder, head);

    InvokeRequest request{op.function.name, op.function.qualifier, std::move(op.payload), op.type,
                          std::move(op.clientContext), requestId, InvocationSource::Api};
    if (op.type == InvocationType::RequestResponse)
        request.stream = sink;
    const bool tail = op.tailLog;
    const InvocationType type = op.type;
    ++m_inFlight;
    QPointer<LambdaApiServer> self(this);
    m_backend->invoke(std::move(request), [self, ex, sink, tail, type](Result<InvocationResult> r) {
        if (!self)
            return;
        --self->m_inFlight;
        if (!r) {
            self->send(*ex, responses::error(ApiError::fromError(r.error())));
            return;
        }
        ex->call.requestId = r->requestId;
        if (type == InvocationType::DryRun) {
            self->send(*ex, responses::dryRun());
            return;
        }
        sink->start(r->executedVersion); // not yet started: the handler wrote nothing, or did not stream
        QString errorCode;
        QString errorDetails;
        if (r->isError()) {
            errorCode = r->errorType.isEmpty() ? r->functionError : r->errorType;
            const QJsonObject doc = QJsonDocument::fromJson(r->payload).object();
            errorDetails = doc.value(QStringLiteral("errorMessage")).toString();
            if (errorDetails.isEmpty())
                errorDetails = QString::fromUtf8(r->payload);
        } else if (!r->streamed) {
            sink->streamChunk(r->payload); // a handler that does not stream: all of it at once
        }
        sink->finish(eventstream::invokeComplete(errorCode, errorDetails, tail ? r->logText(4096).toBase64() : QByteArray()));
        ex->answered = true;
        ex->call.status = sink->responder().isOpen() ? 200 : 0;
        ex->call.errorType = r->isError() ? errorCode : QString();
        ex->call.durationMs = double(ex->clock.nsecsElapsed()) / 1e6;
        Q_EMIT self->requestHandled(ex->call);
    });
}

} // namespace lambdesk
