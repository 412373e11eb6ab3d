#include "runtimeapiserver.h"

#include "executionenvironment.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

namespace lambdesk {

RuntimeApiServer::RuntimeApiServer(QObject *parent) : QAbstractHttpServer(parent)
{}

RuntimeApiServer::~RuntimeApiServer() = default;

quint16 RuntimeApiServer::addEndpoint(ExecutionEnvironment *env)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, 0)) {
        delete server;
        return 0;
    }
    bind(server);
    const quint16 port = server->serverPort();
    m_endpoints.insert(port, Endpoint{server, env});
    return port;
}

void RuntimeApiServer::removeEndpoint(quint16 port)
{
    const Endpoint ep = m_endpoints.take(port);
    if (ep.server) {
        ep.server->close();
        ep.server->deleteLater(); // its sockets go with it
    }
}

void RuntimeApiServer::write(QHttpServerResponder &responder, const runtimeapi::Reply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[key, value] : reply.headers)
        responder.writeHeader(key, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

bool RuntimeApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Endpoint ep = m_endpoints.value(socket->localPort());
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!ep.env) {
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
    switch (parsed.route) {
    case runtimeapi::Route::NotFound: write(responder, runtimeapi::notFound()); return true;
    case runtimeapi::Route::MethodNotAllowed: write(responder, runtimeapi::methodNotAllowed()); return true;
    default: break;
    }
    ep.env->handleRuntimeRequest(parsed, request, std::move(responder));
    return true;
}

void RuntimeApiServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    write(responder, runtimeapi::notFound());
}

} // namespace lambdesk
