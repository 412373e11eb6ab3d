#include "httpconnection.h"

#include <QPointer>
#include <QTcpSocket>

#include <sys/socket.h>

namespace lambdesk::api {

namespace {

// What Qt reads from the kernel ahead of us: past it the client's sends wait (TCP flow control).
constexpr qint64 kReadBuffer = 256 * 1024;

} // namespace

HttpResponder::HttpResponder(std::shared_ptr<HttpAnswerSlot> slot, HttpConnection *connection)
    : m_slot(std::move(slot)), m_connection(connection)
{}

void HttpResponder::send(const HttpReply &reply) const
{
    if (!m_slot || m_slot->answered)
        return;
    if (!m_connection || !m_connection->isOpen()) {
        m_slot->answered = true; // dropped: the client has gone
        return;
    }
    m_connection->answer(*m_slot, reply);
}

void HttpResponder::startStream(const HttpReply &head) const
{
    if (!m_slot || m_slot->answered)
        return;
    if (!m_connection || !m_connection->isOpen()) {
        m_slot->answered = true;
        return;
    }
    m_connection->startStream(*m_slot, head);
}

void HttpResponder::sendChunk(QByteArrayView bytes) const
{
    if (!m_slot || !m_slot->streaming || m_slot->finished || !m_connection || !m_connection->isOpen())
        return;
    m_connection->streamMore(*m_slot, bytes, false);
}

void HttpResponder::endStream() const
{
    if (!m_slot || !m_slot->streaming || m_slot->finished)
        return;
    if (!m_connection || !m_connection->isOpen()) {
        m_slot->finished = true;
        return;
    }
    m_connection->streamMore(*m_slot, {}, true);
}

bool HttpResponder::isStreaming() const
{
    return m_slot && m_slot->streaming && !m_slot->finished;
}

bool HttpResponder::isOpen() const
{
    return m_slot && m_connection && m_connection->isOpen();
}

bool HttpResponder::isAnswered() const
{
    return m_slot && m_slot->answered;
}

HttpConnection::HttpConnection(QTcpSocket *socket, HttpServer *server)
    : QObject(server), m_server(server), m_socket(socket), m_options(server->options())
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(kReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::timedOut);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::process);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_state == State::Closing && !m_shutDown && m_socket->bytesToWrite() == 0) {
            beginClosing();
            return;
        }
        if (m_wait == Wait::Idle)
            m_timer.start(m_options.idleTimeoutMs); // the client is taking its answers
        if (readAhead())
            process(); // reading had stopped for a full write buffer
    });
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::gone);
    rearm();
    if (m_socket->bytesAvailable() > 0)
        process();
}

HttpConnection::~HttpConnection() = default;

bool HttpConnection::isOpen() const
{
    return !m_gone && !m_shutDown && m_socket->state() == QAbstractSocket::ConnectedState;
}

bool HttpConnection::readAhead() const
{
    return qsizetype(m_queue.size()) < m_options.maxPipelined && m_socket->bytesToWrite() < m_options.maxWriteBuffer;
}

void HttpConnection::process()
{
    if (m_gone)
        return;
    if (m_processing) { // a handler answered (or refused) from inside dispatch(): go round again
        m_again = true;
        return;
    }
    m_processing = true;
    QPointer<HttpConnection> self(this);
    const qsizetype headCap = m_options.head.maxHeadBytes + 16;
    do {
        m_again = false;
        for (;;) {
            if (m_gone)
                break;
            if (m_state == State::Closing) {
                // No more requests on this connection: what the client still sends is dropped
                // unread (a refused 600 MB body never reaches memory).
                m_in.clear();
                m_socket->skip(m_socket->bytesAvailable());
                break;
            }
            if (m_state == State::Head) {
                if (!readAhead())
                    break;
                if (m_in.size() < headCap)
                    m_in += m_socket->read(std::min<qint64>(headCap - m_in.size(), m_socket->bytesAvailable()));
                if (m_in.isEmpty())
                    break;
                if (m_wait != Wait::Head) { // the head's clock starts with its first byte
                    m_wait = Wait::Head;
                    m_timer.start(m_options.headTimeoutMs);
                }
                const HeadParse parsed = parseHead(m_in, m_options.head);
                if (parsed.state == HeadParse::State::Incomplete) {
                    if (m_socket->bytesAvailable() > 0 && m_in.size() < headCap)
                        continue;
                    break;
                }
                if (parsed.state == HeadParse::State::Failed) {
                    refuse(m_server->errorReply(parsed.error));
                    continue;
                }
                m_in.remove(0, parsed.size);
                if (m_server->m_headCheck) {
                    if (auto refusal = m_server->m_headCheck(parsed.head)) {
                        refuse(*refusal);
                        continue;
                    }
                }
                startBody(parsed.head);
            }
            // State::Body
            const qint64 before = m_body.size();
            qint64 need = m_head.contentLength - m_body.size();
            if (need > 0 && !m_in.isEmpty()) {
                const qsizetype take = qsizetype(std::min<qint64>(need, m_in.size()));
                m_body += QByteArrayView(m_in).first(take);
                m_in.remove(0, take);
                need -= take;
            }
            if (need > 0 && m_socket->bytesAvailable() > 0)
                m_body += m_socket->read(std::min(need, m_socket->bytesAvailable()));
            if (m_body.size() > before)
                m_timer.start(m_options.bodyTimeoutMs); // progress: the body's clock starts again
            if (m_body.size() < m_head.contentLength)
                break;
            dispatch();
            if (!self)
                return;
        }
    } while (m_again && !m_gone);
    m_processing = false;
    rearm();
}

void HttpConnection::startBody(const HttpHead &head)
{
    m_head = head;
    m_body.clear();
    m_state = State::Body;
    m_wait = Wait::Body;
    m_timer.start(m_options.bodyTimeoutMs);
    // A client that asked to be told before sending its body; only when nothing of an earlier
    // answer could still come after it.
    if (head.expectContinue && head.contentLength > 0 && m_in.isEmpty() && m_queue.empty())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::dispatch()
{
    auto slot = std::make_shared<HttpAnswerSlot>();
    slot->close = !m_head.keepAlive;
    slot->headRequest = m_head.method == "HEAD";
    m_queue.push_back(slot);
    HttpRequest request{m_head.method, m_head.path, m_head.query, m_head.headers, std::move(m_body)};
    request.peer = m_socket->peerAddress();
    m_body = QByteArray();
    m_state = slot->close ? State::Closing : State::Head;
    m_wait = Wait::None; // the next head gets its own clock
    m_timer.stop();
    HttpResponder responder(slot, this);
    if (m_server->m_handler)
        m_server->m_handler(std::move(request), responder);
    else
        responder.send(HttpReply{404, {}, {}});
}

void HttpConnection::refuse(const HttpReply &reply)
{
    auto slot = std::make_shared<HttpAnswerSlot>();
    slot->close = true; // the framing can no longer be trusted, or the body is not read
    m_queue.push_back(slot);
    m_state = State::Closing;
    m_in.clear();
    m_body.clear();
    m_wait = Wait::None;
    m_timer.stop();
    answer(*slot, reply);
}

void HttpConnection::answer(HttpAnswerSlot &slot, const HttpReply &reply)
{
    if (slot.answered)
        return;
    slot.bytes = renderReply(reply, slot.close, slot.headRequest);
    slot.answered = true;
    writeAnswers();
}

void HttpConnection::startStream(HttpAnswerSlot &slot, const HttpReply &head)
{
    if (slot.answered)
        return;
    slot.bytes = renderStreamHead(head, slot.close, slot.headRequest);
    slot.answered = true;
    slot.streaming = true;
    writeAnswers();
}

void HttpConnection::streamMore(HttpAnswerSlot &slot, QByteArrayView bytes, bool last)
{
    if (!slot.headRequest)
        slot.bytes += renderChunk(bytes);
    if (last) {
        if (!slot.headRequest)
            slot.bytes += renderLastChunk();
        slot.finished = true;
    }
    // Written at once when this answer is at the front; otherwise kept until those before it are out.
    if (!m_queue.empty() && m_queue.front().get() == &slot)
        writeAnswers();
}

void HttpConnection::writeAnswers()
{
    bool wrote = false;
    while (!m_queue.empty() && m_queue.front()->answered && !m_gone) {
        const std::shared_ptr<HttpAnswerSlot> slot = m_queue.front();
        if (!slot->bytes.isEmpty()) {
            m_socket->write(slot->bytes);
            slot->bytes.clear();
            wrote = true;
        }
        if (slot->streaming && !slot->finished)
            break; // more of it to come; the answers after it wait
        m_queue.pop_front();
        wrote = true;
        if (slot->close) {
            m_queue.clear(); // nothing is read after it
            m_state = State::Closing;
            break;
        }
    }
    if (!wrote)
        return;
    m_socket->flush(); // out now rather than at the next pass of the event loop
    if (m_state == State::Closing && m_queue.empty() && m_socket->bytesToWrite() == 0) {
        beginClosing();
        return;
    }
    process(); // reading may have waited for these answers
}

void HttpConnection::beginClosing()
{
    if (m_gone || m_shutDown)
        return;
    m_state = State::Closing;
    // A lingering close: our side ends, the client reads the answer, what it still sends is
    // dropped; closing outright could reset the connection before it has read the answer.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_shutDown = true;
    m_wait = Wait::Linger;
    m_timer.start(m_options.lingerMs);
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnection::rearm()
{
    if (m_gone)
        return;
    Wait want = Wait::None;
    if (m_state == State::Closing)
        want = m_shutDown ? Wait::Linger : (m_socket->bytesToWrite() > 0 ? Wait::Idle : Wait::None);
    else if (m_state == State::Body)
        want = Wait::Body;
    else if (!readAhead())
        want = m_socket->bytesToWrite() > 0 ? Wait::Idle : Wait::None;
    else if (!m_in.isEmpty())
        want = Wait::Head;
    else if (!m_queue.empty() && m_socket->bytesToWrite() == 0)
        want = Wait::None; // the handler has the request; its own limits apply
    else
        want = Wait::Idle;
    if (want == m_wait)
        return; // a running clock keeps its start
    m_wait = want;
    switch (want) {
    case Wait::None: m_timer.stop(); break;
    case Wait::Idle: m_timer.start(m_options.idleTimeoutMs); break;
    case Wait::Head: m_timer.start(m_options.headTimeoutMs); break;
    case Wait::Body: m_timer.start(m_options.bodyTimeoutMs); break;
    case Wait::Linger: m_timer.start(m_options.lingerMs); break;
    }
}

void HttpConnection::timedOut()
{
    switch (m_wait) {
    case Wait::None: return;
    case Wait::Idle:
    case Wait::Linger:
        m_socket->abort();
        gone();
        return;
    case Wait::Head:
        refuse(m_server->errorReply(
            HeadError{408, "RequestTimeoutException",
                      QStringLiteral("The request head did not arrive within %1 seconds of its first byte")
                          .arg(m_options.headTimeoutMs / 1000.0)}));
        return;
    case Wait::Body:
        refuse(m_server->errorReply(HeadError{
            408, "RequestTimeoutException",
            QStringLiteral("The request body stopped arriving: %1 of %2 bytes came, then nothing for %3 seconds")
                .arg(m_body.size())
                .arg(m_head.contentLength)
                .arg(m_options.bodyTimeoutMs / 1000.0)}));
        return;
    }
}

void HttpConnection::gone()
{
    if (m_gone)
        return;
    m_gone = true;
    m_queue.clear(); // answers given later are dropped (HttpResponder::isOpen says so)
    m_timer.stop();
    deleteLater();
}

} // namespace lambdesk::api
