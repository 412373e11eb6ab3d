// The runtime's answers: the posted /response and /error, and the streamed /response (chunks, the sink).
#include "executionenvironment.h"

#include "executionenvironmenthelpers.h"
#include "invocationreport.h"
#include "invoke/versionedstreamsink.h"

namespace lambdesk {

using namespace executionenvironmentdetail;

runtimeapi::Reply ExecutionEnvironment::responsePosted(const QString &requestId, const QByteArray &body)
{
    return posted(runtimeapi::Route::Response, requestId, body, {});
}

runtimeapi::Reply ExecutionEnvironment::errorPosted(const QString &requestId, const QByteArray &body,
                                                    const QByteArray &errorTypeHeader)
{
    return posted(runtimeapi::Route::Error, requestId, body, errorTypeHeader);
}

runtimeapi::Reply ExecutionEnvironment::initErrorPosted(const QByteArray &body, const QByteArray &errorTypeHeader)
{
    return posted(runtimeapi::Route::InitError, {}, body, errorTypeHeader);
}

runtimeapi::Reply ExecutionEnvironment::posted(runtimeapi::Route route, const QString &requestId,
                                               const QByteArray &body, const QByteArray &errorTypeHeader)
{
    QElapsedTimer clock;
    clock.start();
    if (m_state == State::Stopping || m_state == State::Stopped)
        return environmentGone();
    m_process->drain(); // every line printed before this request belongs to the invocation
    const auto out = route == runtimeapi::Route::Response ? m_protocol.onResponse(requestId, body.size())
        : route == runtimeapi::Route::Error               ? m_protocol.onError(requestId)
                                                          : m_protocol.onInitError();
    Q_ASSERT(out.reply); // the protocol answers every POST at once
    if (m_pending)
        m_pending->overheadNs += clock.nsecsElapsed();
    if (out.completion)
        finishFromRuntime(*out.completion, body, errorTypeHeader);
    return out.reply.value_or(runtimeapi::accepted());
}

bool ExecutionEnvironment::isStreamOf(const QString &requestId) const
{
    return m_pending && m_pending->streaming && m_pending->event.requestId == requestId
        && m_state != State::Stopping && m_state != State::Stopped;
}

std::optional<runtimeapi::Reply> ExecutionEnvironment::streamOpened(const QString &requestId,
                                                                    const QByteArray &contentType)
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return environmentGone();
    if (auto refused = m_protocol.checkResponse(requestId))
        return refused;
    if (!m_pending || m_pending->streaming)
        return runtimeapi::error(403, QStringLiteral("InvalidStateTransition"),
                                 QStringLiteral("A response is already being streamed for this invocation."));
    m_process->drain();
    m_pending->streaming = true;
    if (const auto &sink = m_pending->event.stream) {
        if (auto *versioned = dynamic_cast<VersionedStreamSink *>(sink.get()))
            versioned->executedVersion(m_spec.version);
        sink->streamStarted(contentType);
    }
    return std::nullopt;
}

bool ExecutionEnvironment::streamData(const QString &requestId, const QByteArray &bytes)
{
    if (!isStreamOf(requestId))
        return false;
    Pending &p = *m_pending;
    p.streamedBytes += bytes.size();
    if (p.streamedBytes > runtimeapi::kMaxStreamedResponseBytes) {
        // Cut, as AWS does past the limit: the client has what came before; the invocation fails.
        m_process->drain();
        m_protocol.onError(requestId);
        const QString type = QStringLiteral("Function.ResponseSizeTooLarge");
        complete(errorDocument(type, QStringLiteral("Response payload size exceeded maximum allowed payload size "
                                                    "(%1 bytes).")
                                         .arg(runtimeapi::kMaxStreamedResponseBytes)),
                 type, InvocationStatus::Failed);
        return false;
    }
    if (p.streamed.size() < runtimeapi::kMaxResponseBytes)
        p.streamed.append(QByteArrayView(bytes).first(
            std::min<qsizetype>(bytes.size(), runtimeapi::kMaxResponseBytes - p.streamed.size())));
    if (const auto &sink = p.event.stream; sink && sink->wantsMore())
        sink->streamChunk(bytes);
    return true;
}

runtimeapi::Reply ExecutionEnvironment::streamCutReply()
{
    return runtimeapi::error(413, QStringLiteral("RequestEntityTooLarge"),
                             QStringLiteral("Exceeded maximum allowed payload size (%1 bytes).")
                                 .arg(runtimeapi::kMaxStreamedResponseBytes));
}

runtimeapi::Reply ExecutionEnvironment::streamClosed(const QString &requestId, const QByteArray &errorType,
                                                     const QByteArray &errorBodyBase64)
{
    if (m_state == State::Stopping || m_state == State::Stopped)
        return environmentGone();
    if (!isStreamOf(requestId)) {
        if (auto refused = m_protocol.checkResponse(requestId))
            return *refused;
        return runtimeapi::accepted(); // ended already (its deadline passed): nothing to add
    }
    m_process->drain(); // what the handler printed belongs to this invocation
    if (errorType.isEmpty()) {
        const auto out = m_protocol.onResponse(requestId, 0);
        QByteArray payload = std::move(m_pending->streamed);
        complete(std::move(payload), {}, InvocationStatus::Succeeded);
        return out.reply.value_or(runtimeapi::accepted());
    }
    const auto out = m_protocol.onError(requestId);
    const auto decoded = QByteArray::fromBase64Encoding(errorBodyBase64);
    const QByteArray body = decoded ? *decoded : QByteArray();
    const auto error = InvocationReport::runtimeError(body, errorType, false);
    complete(error.payload, error.errorType, InvocationStatus::Failed);
    return out.reply.value_or(runtimeapi::accepted());
}

void ExecutionEnvironment::streamBroken(const QString &requestId)
{
    if (!isStreamOf(requestId))
        return;
    // The runtime's connection ended mid-body: the response is truncated. If the process died,
    // its exit tells more; otherwise this is the invocation's end.
    m_process->drain();
    m_protocol.onError(requestId);
    failInvocation(QStringLiteral("Runtime.TruncatedResponse"),
                   QStringLiteral("The runtime's streamed response ended before its last chunk."));
}

} // namespace lambdesk
