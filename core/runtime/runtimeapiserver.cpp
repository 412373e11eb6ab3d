#include "runtimeapiserver.h"

#include "executionenvironment.h"
#include "runtimeapilistener.h"
#include "runtimeresponsestream.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

namespace lambdesk {

namespace {
const QByteArray kErrorTypeHeader = QByteArrayLiteral("Lambda-Runtime-Function-Error-Type");
}

RuntimeApiServer::RuntimeApiServer(QObject *parent) : QAbstractHttpServer(parent)
{}

RuntimeApiServer::~RuntimeApiServer() = default;

quint16 RuntimeApiServer::addEndpoint(ExecutionEnvironment *env)
{
    // Only the environment's own processes get in: any local process could otherwise take its
    // events (/next) or answer for it. Checked once per connection, before a byte is read.
    auto *server = new RuntimeApiListener(
        [env = QPointer<ExecutionEnvironment>(env)](qintptr fd) { return env && env->ownsConnection(fd); }, this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return 0;
    }
    // Streamed responses are taken at the connection, before QAbstractHttpServer reads them.
    server->setSocketHook([this, env = QPointer<ExecutionEnvironment>(env)](QTcpSocket *socket) {
        auto *stream = new RuntimeResponseStream(socket, env.data());
        m_streams.insert(socket, stream);
        connect(stream, &QObject::destroyed, this, [this, socket] { m_streams.remove(socket); });
    });
    bind(server);
    const quint16 port = server->serverPort();
    Endpoint &ep = m_endpoints[port];
    ep.server = server;
    ep.env = env;
    return port;
}

int RuntimeApiServer::acceptedConnections() const
{
    int n = 0;
    for (const auto &[port, endpoint] : m_endpoints)
        n += endpoint.server->acceptedCount();
    return n;
}

void RuntimeApiServer::removeEndpoint(quint16 port)
{
    const auto it = m_endpoints.find(port);
    if (it == m_endpoints.end())
        return;
    RuntimeApiListener *server = it->second.server;
    m_endpoints.erase(it); // the held responder goes unanswered
    server->close();
    server->deleteLater(); // its sockets go with it
}

bool RuntimeApiServer::answerNext(quint16 port, const runtimeapi::Reply &reply)
{
    const auto it = m_endpoints.find(port);
    if (it == m_endpoints.end() || !it->second.heldNext)
        return false;
    const std::unique_ptr<QHttpServerResponder> held = std::move(it->second.heldNext);
    const QPointer<QTcpSocket> socket = it->second.heldSocket;
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    write(*held, reply);
    return true;
}

void RuntimeApiServer::write(QHttpServerResponder &responder, const runtimeapi::Reply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[key, value] : reply.headers) {
        // A CR, LF or NUL would end the header and start another: never written.
        if (!runtimeapi::headerValueAllowed(key) || !runtimeapi::headerValueAllowed(value)) {
            qWarning("Runtime API: header %s not sent: its value holds CR, LF or NUL",
                     runtimeapi::headerValueAllowed(key) ? key.constData() : "(name)");
            continue;
        }
        responder.writeHeader(key, value);
    }
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
    // Out now, in one write, rather than when the event loop next finds the socket writable:
    // the runtime waits for it (an event, or the answer to a result).
    if (QTcpSocket *socket = responder.socket())
        socket->flush();
}

bool RuntimeApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (RuntimeResponseStream *stream = m_streams.value(socket))
        stream->requestHandled();
    const quint16 port = socket->localPort();
    const auto it = m_endpoints.find(port);
    ExecutionEnvironment *env = it != m_endpoints.end() ? it->second.env.data() : nullptr;
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!env) {
        write(responder,
              runtimeapi::error(410, QStringLiteral("EnvironmentGone"),
                                QStringLiteral("This execution environment has been shut down.")));
        return true;
    }
    QByteArrayView method;
    switch (request.method()) {
    case QHttpServerRequest::Method::Get: method = "GET"; break;
    case QHttpServerRequest::Method::Post: method = "POST"; break;
    default: method = "OTHER"; break;
    }
    const runtimeapi::Request parsed = runtimeapi::parse(method, request.url().path());
    // The environment may add or remove endpoints while it answers: `it` is not used past here.
    switch (parsed.route) {
    case runtimeapi::Route::Next: {
        // Held first: the environment may answer it before nextRequested() returns.
        it->second.heldNext = std::make_unique<QHttpServerResponder>(std::move(responder));
        it->second.heldSocket = socket;
        if (const std::optional<runtimeapi::Reply> now = env->nextRequested())
            answerNext(port, *now);
        return true;
    }
    case runtimeapi::Route::Response:
        if (request.value(runtimeapi::kResponseModeHeader.toByteArray()).compare("streaming", Qt::CaseInsensitive) == 0) {
            // A streamed response whose head came in pieces: whole here, handed on as one piece.
            if (const auto refused = env->streamOpened(parsed.requestId, request.value(QByteArrayLiteral("Content-Type")))) {
                write(responder, *refused);
                return true;
            }
            const QByteArray body = request.body();
            if (!body.isEmpty() && !env->streamData(parsed.requestId, body)) {
                write(responder, ExecutionEnvironment::streamCutReply());
                return true;
            }
            write(responder, env->streamClosed(parsed.requestId, request.value(kErrorTypeHeader),
                                               request.value(runtimeapi::kErrorBodyTrailer.toByteArray())));
            return true;
        }
        write(responder, env->responsePosted(parsed.requestId, request.body()));
        return true;
    case runtimeapi::Route::Error:
        write(responder, env->errorPosted(parsed.requestId, request.body(), request.value(kErrorTypeHeader)));
        return true;
    case runtimeapi::Route::InitError:
        write(responder, env->initErrorPosted(request.body(), request.value(kErrorTypeHeader)));
        return true;
    case runtimeapi::Route::NotFound: write(responder, runtimeapi::notFound()); return true;
    case runtimeapi::Route::MethodNotAllowed: write(responder, runtimeapi::methodNotAllowed()); return true;
    }
    return true;
}

void RuntimeApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, runtimeapi::notFound());
}

} // namespace lambdesk
