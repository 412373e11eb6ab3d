#pragma once

#include "httphead.h"
#include "httpresponder.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

class QSocketNotifier;

namespace lambdesk::api {

class HttpConnection;

// What one connection may take. The timeouts are injectable so that tests need not wait.
struct HttpServerOptions
{
    HeadLimits head;
    int idleTimeoutMs = 60000; // a kept-alive connection with no request, or an answer nobody reads
    int headTimeoutMs = 30000; // from a head's first byte to its blank line (slowloris)
    int bodyTimeoutMs = 30000; // without one byte of a body arriving
    int lingerMs = 2000;       // after a refusal, while the client reads it; what it still sends is dropped
    int maxPipelined = 16;     // requests read ahead of their answers; past it the client waits (TCP)
    qint64 maxWriteBuffer = 4 * 1024 * 1024; // answers not yet taken by the client; past it no more reading
    int acceptRetryMs = 500; // out of file descriptors: accept again after this, or when a connection ends
};

// A small HTTP/1.1 server in front of the Lambda API. Qt 6.4's QHttpServer reads whole bodies
// before anyone can check their size, drops header fields past the 100th without a word,
// answers pipelined requests in the order they finish, has no timeouts and spins when accept()
// fails for want of descriptors; none of that can be changed from outside it. This one reads
// the head first (parseHead, limits), lets the owner refuse from the head (headCheck: a
// Content-Length past the operation's limit), reads the body only then, answers strictly in
// order through HttpResponder (now or later), keeps connections alive, times out idle and
// slow ones, and pauses accepting while the process is out of file descriptors. It accepts
// itself (QTcpServer 6.4 takes EMFILE for a passing error and polls the still-readable listening
// socket again at once, without end).
// Lives on one thread; call everything there.
class HttpServer : public QObject
{
    Q_OBJECT
public:
    // Every request with its complete body; answer through the responder, now or later.
    using Handler = std::function<void(HttpRequest request, HttpResponder responder)>;
    // Before the body is read: a refusal to send instead (the connection then ends), or nothing.
    using HeadCheck = std::function<std::optional<HttpReply>(const HttpHead &head)>;
    // The answer to a head the server itself refuses (malformed, too large, too slow).
    using ErrorReply = std::function<HttpReply(const HeadError &error)>;

    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setOptions(const HttpServerOptions &options) { m_options = options; }
    const HttpServerOptions &options() const { return m_options; }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }
    void setErrorReply(ErrorReply reply) { m_errorReply = std::move(reply); }

    bool listen(const QHostAddress &address, quint16 port);
    QAbstractSocket::SocketError serverError() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // Stops taking connections; the open ones stay until they end.
    void stopListening();
    // Stops listening and drops every connection.
    void close();
    bool isListening() const;
    QHostAddress address() const;
    quint16 port() const;
    int connectionCount() const { return m_connections; }
    bool isAcceptPaused() const { return m_acceptPaused; }

Q_SIGNALS:
    // Accepting stopped because the process has no file descriptor left (or another accept
    // error) while a client waits to connect; it resumes by itself. Each is emitted once per
    // pause: acceptResumed when a connection is taken again (or nobody waits any more).
    void acceptPaused(QAbstractSocket::SocketError error);
    void acceptResumed();
    // A connection ended (its client left, it timed out, or it was refused); its answers are dropped.
    void connectionEnded();

private:
    friend class HttpConnection;
    void acceptConnections();
    void onAcceptError(QAbstractSocket::SocketError error);
    void resumeAccepting();
    void endPause();
    bool connectionWaiting() const;
    void onConnectionDestroyed();
    HttpReply errorReply(const HeadError &error) const;

    HttpServerOptions m_options;
    Handler m_handler;
    HeadCheck m_headCheck;
    ErrorReply m_errorReply;
    int m_listenFd = -1;
    QSocketNotifier *m_notifier = nullptr;
    // Two descriptors held back (a pipe) while accepting, given up when accept() runs out of
    // descriptors: the process then still has room for what it must open (SQLite, a log file,
    // a sanitizer's probe), and they are taken back before accepting resumes.
    int m_reserve[2] = {-1, -1};
    bool takeReserve();
    void releaseReserve();
    QHostAddress m_address;
    quint16 m_port = 0;
    QTimer m_acceptRetry;
    QAbstractSocket::SocketError m_error = QAbstractSocket::UnknownSocketError;
    QString m_errorString;
    int m_connections = 0;
    bool m_acceptPaused = false;
};

} // namespace lambdesk::api
