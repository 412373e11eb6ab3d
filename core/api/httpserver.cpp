#include "httpserver.h"

#include "httpconnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace lambdesk::api {

HttpServer::HttpServer(QObject *parent) : QObject(parent)
{
    m_acceptRetry.setSingleShot(true);
    connect(&m_acceptRetry, &QTimer::timeout, this, &HttpServer::resumeAccepting);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    stopListening();
    auto *tcp = new QTcpServer(this);
    if (!tcp->listen(address, port)) {
        m_error = tcp->serverError();
        m_errorString = tcp->errorString();
        delete tcp;
        return false;
    }
    connect(tcp, &QTcpServer::newConnection, this, &HttpServer::takeConnections);
    connect(tcp, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
    m_tcp = tcp;
    return true;
}

void HttpServer::stopListening()
{
    m_acceptRetry.stop();
    m_acceptPaused = false;
    if (!m_tcp)
        return;
    m_tcp->close();
    m_tcp->deleteLater(); // the connections are ours, not its: they stay
    m_tcp = nullptr;
}

void HttpServer::close()
{
    stopListening();
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly))
        delete c;
    m_connections = 0;
}

bool HttpServer::isListening() const
{
    return m_tcp && m_tcp->isListening();
}

QHostAddress HttpServer::address() const
{
    return m_tcp ? m_tcp->serverAddress() : QHostAddress();
}

quint16 HttpServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

void HttpServer::takeConnections()
{
    while (m_tcp && m_tcp->hasPendingConnections()) {
        QTcpSocket *socket = m_tcp->nextPendingConnection();
        auto *connection = new HttpConnection(socket, this);
        ++m_connections;
        connect(connection, &QObject::destroyed, this, &HttpServer::onConnectionDestroyed);
    }
}

void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    // Out of file descriptors (EMFILE/ENFILE), the listening socket stays readable: accepting
    // again at once would only fail again, as fast as the CPU allows. Wait for a connection to
    // end or for the retry timer instead.
    if (!m_tcp)
        return;
    m_tcp->pauseAccepting();
    if (!m_acceptPaused) {
        m_acceptPaused = true;
        Q_EMIT acceptPaused(error);
    }
    m_acceptRetry.start(m_options.acceptRetryMs);
}

void HttpServer::resumeAccepting()
{
    m_acceptRetry.stop();
    if (!m_acceptPaused || !m_tcp)
        return;
    m_acceptPaused = false;
    m_tcp->resumeAccepting();
    Q_EMIT acceptResumed();
}

void HttpServer::onConnectionDestroyed()
{
    --m_connections;
    Q_EMIT connectionEnded();
    if (m_acceptPaused) // a descriptor is free again (its socket closes right after this)
        QMetaObject::invokeMethod(this, &HttpServer::resumeAccepting, Qt::QueuedConnection);
}

HttpReply HttpServer::errorReply(const HeadError &error) const
{
    if (m_errorReply)
        return m_errorReply(error);
    HttpReply reply;
    reply.status = error.status;
    reply.addHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    reply.addHeader(QByteArrayLiteral("x-amzn-ErrorType"), error.type);
    reply.body = QJsonDocument(QJsonObject{{QStringLiteral("Type"), QStringLiteral("User")},
                                           {QStringLiteral("message"), error.message}})
                     .toJson(QJsonDocument::Compact);
    return reply;
}

} // namespace lambdesk::api
