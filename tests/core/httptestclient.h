#pragma once

// A minimal HTTP/1.1 client for the core tests that talk to an in-process server over a real
// socket (the Lambda API, function URLs, api::HttpServer): one kept-alive connection, requests
// written as given (also by hand, pipelined), answers read by Content-Length. It waits by
// running the event loop (the server lives on the same thread) until the socket connects, has
// data or closes; the time bound is only a safety net against a hang.

#include <QByteArray>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace testsupport {

inline constexpr int kHttpSafetyNetMs = 60000;

struct HttpTestReply
{
    int status = 0; // 0: no complete answer came (the server closed, or the safety net)
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                return v;
        return {};
    }
    QList<QByteArray> all(QByteArrayView name) const
    {
        QList<QByteArray> out;
        for (const auto &[k, v] : headers)
            if (k.compare(name, Qt::CaseInsensitive) == 0)
                out.append(v);
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

class HttpTestClient
{
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    // connectNow: connect in the constructor (a raw client that writes at once).
    explicit HttpTestClient(quint16 port, bool connectNow = false) : m_port(port)
    {
        if (connectNow)
            connect();
    }

    bool connect()
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), m_port);
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            waitForSocket(kHttpSafetyNetMs);
        return connected();
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // Writes one request; Host (127.0.0.1:port) and Content-Length are added unless given.
    void write(const QByteArray &method, const QByteArray &target, const Headers &headers, const QByteArray &body = {})
    {
        QByteArray raw = method + ' ' + target + " HTTP/1.1\r\n";
        bool host = false;
        for (const auto &[k, v] : headers) {
            raw += k + ": " + v + "\r\n";
            host = host || k.compare("Host", Qt::CaseInsensitive) == 0;
        }
        if (!host)
            raw += "Host: 127.0.0.1:" + QByteArray::number(m_port) + "\r\n";
        raw += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        writeRaw(raw);
    }
    // Sends bytes as they are (a head written by hand, several pipelined requests).
    void writeRaw(const QByteArray &raw)
    {
        if (!connected())
            connect();
        m_socket.write(raw);
    }
    HttpTestReply request(const QByteArray &method, const QByteArray &target, const Headers &headers = {},
                          const QByteArray &body = {})
    {
        write(method, target, headers, body);
        return next();
    }
    // Writes raw bytes and reads the answer.
    HttpTestReply requestRaw(const QByteArray &raw)
    {
        writeRaw(raw);
        return next();
    }

    // The next complete answer on the connection; status 0 when none came.
    HttpTestReply next(int timeoutMs = kHttpSafetyNetMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            m_buffer += m_socket.readAll();
            HttpTestReply r;
            if (parse(r))
                return r;
            if (!connected() || deadline.hasExpired())
                return HttpTestReply{};
            waitForSocket(int(deadline.remainingTime()));
        }
    }
    // True when the server ended the connection (within the safety net); what it sent is kept.
    bool waitForClose()
    {
        const QDeadlineTimer deadline(kHttpSafetyNetMs);
        while (connected() && !deadline.hasExpired()) {
            waitForSocket(int(deadline.remainingTime()));
            m_buffer += m_socket.readAll();
        }
        m_buffer += m_socket.readAll();
        return !connected();
    }
    const QByteArray &received() const { return m_buffer; }
    QTcpSocket &socket() { return m_socket; }

private:
    void waitForSocket(int timeoutMs)
    {
        QEventLoop loop;
        QObject::connect(&m_socket, &QTcpSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit); // a safety net only
        loop.exec();
    }
    bool parse(HttpTestReply &r)
    {
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        HttpTestReply parsed;
        parsed.status = lines.first().split(' ').value(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray k = lines[i].left(colon).trimmed(), v = lines[i].mid(colon + 1).trimmed();
            parsed.headers.append({k, v});
            if (k.compare("Content-Length", Qt::CaseInsensitive) == 0)
                length = v.toLongLong();
        }
        if (m_buffer.size() < end + 4 + length)
            return false;
        parsed.body = m_buffer.mid(end + 4, length);
        m_buffer.remove(0, end + 4 + length);
        r = parsed;
        return true;
    }

    quint16 m_port;
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

} // namespace testsupport
