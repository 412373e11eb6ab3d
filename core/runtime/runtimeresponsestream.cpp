#include "runtimeresponsestream.h"

#include "executionenvironment.h"
#include "runtimeapi.h"

#include <QTcpSocket>

namespace lambdesk {

namespace {
constexpr qint64 kPeekBytes = 8192; // a runtime's request head is far smaller
}

RuntimeResponseStream::RuntimeResponseStream(QTcpSocket *socket, ExecutionEnvironment *env)
    : QObject(socket), m_socket(socket), m_env(env)
{
    connect(socket, &QTcpSocket::readyRead, this, &RuntimeResponseStream::onReadyRead);
}

std::optional<RuntimeResponseStream::StreamHead> RuntimeResponseStream::streamHead(QByteArrayView head)
{
    if (!head.startsWith("POST "))
        return std::nullopt;
    qsizetype eol = head.indexOf("\r\n");
    if (eol < 0)
        eol = head.size();
    const QByteArrayView requestLine = head.first(eol);
    const qsizetype sp = requestLine.indexOf(' ', 5);
    if (sp < 0)
        return std::nullopt;
    QByteArrayView target = requestLine.sliced(5, sp - 5);
    if (const qsizetype q = target.indexOf('?'); q >= 0)
        target = target.first(q);
    const runtimeapi::Request parsed = runtimeapi::parse("POST", QString::fromLatin1(target));
    if (parsed.route != runtimeapi::Route::Response)
        return std::nullopt;
    bool streaming = false;
    bool chunked = false;
    StreamHead out;
    out.requestId = parsed.requestId;
    qsizetype pos = eol + 2;
    while (pos < head.size()) {
        qsizetype end = head.indexOf("\r\n", pos);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(pos, end - pos);
        pos = end + 2;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon).trimmed();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name.compare(runtimeapi::kResponseModeHeader, Qt::CaseInsensitive) == 0)
            streaming = value.compare("streaming", Qt::CaseInsensitive) == 0;
        else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
            chunked = value.toByteArray().toLower().contains("chunked");
        else if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            out.contentType = value.toByteArray();
    }
    if (!streaming || !chunked)
        return std::nullopt;
    return out;
}

void RuntimeResponseStream::onReadyRead()
{
    if (m_streaming) {
        onBody();
        return;
    }
    if (!m_atStart)
        return;
    m_atStart = false; // until the server has taken this request whole
    const QByteArray peeked = m_socket->peek(std::min(kPeekBytes, m_socket->bytesAvailable()));
    const qsizetype end = peeked.indexOf("\r\n\r\n");
    // Only a whole head is judged here; one in pieces stays the server's (see the class note).
    if (end < 0 || !peeked.startsWith("POST "))
        return;
    const std::optional<StreamHead> head = streamHead(QByteArrayView(peeked).first(end));
    if (!head)
        return;
    // Ours from here: the server's readyRead handler never sees this connection again.
    QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
    connect(m_socket, &QTcpSocket::readyRead, this, &RuntimeResponseStream::onBody);
    connect(m_socket, &QTcpSocket::disconnected, this, &RuntimeResponseStream::onDisconnected);
    m_socket->skip(end + 4);
    m_streaming = true;
    m_requestId = head->requestId;
    if (!m_env) {
        answer(410, runtimeapi::error(410, QStringLiteral("EnvironmentGone"),
                                      QStringLiteral("This execution environment has been shut down."))
                        .body);
        return;
    }
    if (const std::optional<runtimeapi::Reply> refused = m_env->streamOpened(m_requestId, head->contentType)) {
        answer(refused->status, refused->body);
        return;
    }
    onBody();
}

void RuntimeResponseStream::onBody()
{
    if (m_finished)
        return;
    while (m_socket->bytesAvailable() > 0 && !m_finished) {
        const QByteArray in = m_socket->read(std::min<qint64>(m_socket->bytesAvailable(), 256 * 1024));
        QByteArray data;
        m_body.feed(in, data);
        if (!data.isEmpty()) {
            if (!m_env || !m_env->streamData(m_requestId, data)) {
                const runtimeapi::Reply cut = ExecutionEnvironment::streamCutReply();
                answer(cut.status, cut.body);
                return;
            }
        }
        if (m_body.failed()) {
            if (m_env)
                m_env->streamBroken(m_requestId);
            const runtimeapi::Reply bad = runtimeapi::error(400, QStringLiteral("InvalidRequest"),
                                                            QString::fromLatin1(m_body.error()));
            answer(bad.status, bad.body);
            return;
        }
        if (m_body.done()) {
            const runtimeapi::Reply reply = m_env
                ? m_env->streamClosed(m_requestId, m_body.trailer(QByteArrayLiteral("Lambda-Runtime-Function-Error-Type")),
                                      m_body.trailer(runtimeapi::kErrorBodyTrailer))
                : runtimeapi::accepted();
            answer(reply.status, reply.body);
            return;
        }
    }
}

void RuntimeResponseStream::answer(int status, const QByteArray &body)
{
    m_finished = true;
    const char *reason = status == 202 ? "Accepted"
        : status == 400                ? "Bad Request"
        : status == 403                ? "Forbidden"
        : status == 410                ? "Gone"
        : status == 413                ? "Payload Too Large"
                                       : "Error";
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(out);
    m_socket->flush();
    m_socket->disconnectFromHost(); // after what is written has left
}

void RuntimeResponseStream::onDisconnected()
{
    if (m_streaming && !m_finished && m_env) {
        m_finished = true;
        m_env->streamBroken(m_requestId);
    }
}

} // namespace lambdesk
