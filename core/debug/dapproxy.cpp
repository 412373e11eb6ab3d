#include "dapproxy.h"

#include "dapmessage.h"

#include <QDateTime>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace lambdesk::debug {

namespace {
constexpr int kRetryMs = 25;
// The seq of the disconnect the proxy sends for an IDE that left without one: far above what
// an IDE's session numbers reach.
constexpr int kProxyDisconnectSeq = 1'000'000'000;
}

DapProxy::DapProxy(QObject *parent) : QObject(parent) {}

DapProxy::~DapProxy()
{
    close();
}

bool DapProxy::listen(quint16 listenPort, quint16 enginePort, int connectTimeoutMs)
{
    m_enginePort = enginePort;
    m_connectTimeoutMs = connectTimeoutMs;
    m_server = new QTcpServer(this);
    m_server->setMaxPendingConnections(1);
    if (!m_server->listen(QHostAddress(QHostAddress::LocalHost), listenPort)) {
        const QString why = m_server->serverError() == QAbstractSocket::AddressInUseError
            ? QStringLiteral("The debug port %1 is in use on 127.0.0.1 (another program listens there): choose another port")
                  .arg(listenPort)
            : QStringLiteral("Cannot listen for the debugger on 127.0.0.1:%1: %2").arg(listenPort).arg(m_server->errorString());
        delete m_server;
        m_server = nullptr;
        // From the event loop: the caller is still inside start().
        QTimer::singleShot(0, this, [this, why] { Q_EMIT failed(why); });
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &DapProxy::onNewConnection);
    return true;
}

quint16 DapProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

bool DapProxy::isClientAttached() const
{
    return m_client != nullptr;
}

void DapProxy::close()
{
    if (m_server) {
        m_server->close();
        m_server->deleteLater();
        m_server = nullptr;
    }
    releaseEngine();
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
        m_client->deleteLater();
        m_client = nullptr;
    }
}

void DapProxy::onNewConnection()
{
    while (QTcpSocket *socket = m_server ? m_server->nextPendingConnection() : nullptr) {
        if (m_client) { // one IDE at a time: debugpy serves one client
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_client = socket;
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_pendingToEngine.clear();
        m_watch.clear();
        m_watchBroken = false;
        connect(m_client, &QTcpSocket::readyRead, this, &DapProxy::onClientBytes);
        connect(m_client, &QTcpSocket::disconnected, this, &DapProxy::dropClient);
        Q_EMIT clientAttached();
        m_deadline = QDateTime::currentMSecsSinceEpoch() + std::max(0, m_connectTimeoutMs);
        connectEngine();
    }
}

void DapProxy::connectEngine()
{
    if (!m_client)
        return;
    if (!m_engine) {
        m_engine = new QTcpSocket(this);
        connect(m_engine, &QTcpSocket::connected, this, [this] {
            m_engine->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_engineUp = true;
            if (!m_pendingToEngine.isEmpty())
                m_engine->write(std::exchange(m_pendingToEngine, {}));
            Q_EMIT engineConnected();
        });
        connect(m_engine, &QTcpSocket::readyRead, this, &DapProxy::onEngineBytes);
        connect(m_engine, &QTcpSocket::errorOccurred, this, [this] {
            if (m_engineUp)
                return; // disconnected() follows
            const bool waiting = m_engine->error() == QAbstractSocket::ConnectionRefusedError;
            if (waiting && QDateTime::currentMSecsSinceEpoch() < m_deadline) {
                QTimer::singleShot(kRetryMs, this, &DapProxy::connectEngine);
                return;
            }
            const QString why = QStringLiteral("Could not connect to the Python debugger (debugpy) on 127.0.0.1:%1: %2")
                                    .arg(m_enginePort)
                                    .arg(m_engine->errorString());
            close();
            Q_EMIT failed(why);
        });
        connect(m_engine, &QTcpSocket::disconnected, this, [this] {
            // The runtime ended (or debugpy dropped us): the IDE's session is over too.
            m_engineUp = false;
            if (m_client) {
                m_client->disconnect(this);
                m_client->flush();
                m_client->disconnectFromHost();
                m_client->deleteLater();
                m_client = nullptr;
                Q_EMIT clientDetached();
            }
            m_engine->deleteLater();
            m_engine = nullptr;
            Q_EMIT engineDisconnected();
        });
    }
    m_engine->abort();
    m_engine->connectToHost(QHostAddress(QHostAddress::LocalHost), m_enginePort);
}

void DapProxy::onClientBytes()
{
    const QByteArray bytes = m_client->readAll();
    if (m_engine && m_engineUp)
        m_engine->write(bytes);
    else
        m_pendingToEngine.append(bytes);
}

void DapProxy::onEngineBytes()
{
    const QByteArray bytes = m_engine->readAll();
    if (m_client)
        m_client->write(bytes);
    if (m_watchBroken)
        return;
    m_watch.append(bytes);
    while (true) {
        dap::Taken taken = dap::takeMessage(m_watch);
        if (taken.status == dap::Taken::NeedMore)
            return;
        if (taken.status == dap::Taken::Invalid) {
            // Forwarding goes on; only the watching stops (the IDE sees the same bytes).
            m_watchBroken = true;
            m_watch.clear();
            return;
        }
        const Result<QJsonObject> parsed = dap::parse(taken.body);
        if (!parsed)
            continue;
        const QJsonObject &m = *parsed;
        const QString type = m.value(QStringLiteral("type")).toString();
        if (type == u"event") {
            const QString event = m.value(QStringLiteral("event")).toString();
            const QJsonObject body = m.value(QStringLiteral("body")).toObject();
            if (event == u"stopped") {
                QString text = dap::undecorated(body.value(QStringLiteral("text")).toString());
                const QString description = body.value(QStringLiteral("description")).toString();
                if (!description.isEmpty() && description != text)
                    text = text.isEmpty() ? description : text + QStringLiteral(": ") + description;
                Q_EMIT stopped(body.value(QStringLiteral("reason")).toString(), text);
            } else if (event == u"continued") {
                Q_EMIT continued();
            }
        } else if (type == u"response" && m.value(QStringLiteral("success")).toBool()) {
            const QString command = m.value(QStringLiteral("command")).toString();
            if (command == u"continue" || command == u"next" || command == u"stepIn" || command == u"stepOut"
                || command == u"stepBack" || command == u"reverseContinue" || command == u"goto")
                Q_EMIT continued();
            else if (command == u"configurationDone")
                Q_EMIT configured();
        }
    }
}

void DapProxy::releaseEngine()
{
    if (m_engine) {
        m_engine->disconnect(this);
        if (m_engineUp) {
            // debugpy keeps the breakpoints of a client that just went away (it waits for it
            // to come back): say goodbye for the IDE, so the runtime cannot stop with no one
            // to resume it. (A second disconnect after the IDE's own is harmless.)
            m_engine->write(dap::request(kProxyDisconnectSeq, QStringLiteral("disconnect"),
                                         QJsonObject{{QStringLiteral("restart"), false},
                                                     {QStringLiteral("terminateDebuggee"), false}}));
            connect(m_engine, &QTcpSocket::disconnected, m_engine, &QObject::deleteLater);
            m_engine->disconnectFromHost(); // after the write went out
        } else {
            m_engine->abort();
            m_engine->deleteLater();
        }
        m_engine = nullptr;
    }
    m_engineUp = false;
}

void DapProxy::dropClient()
{
    if (!m_client)
        return;
    m_client->deleteLater();
    m_client = nullptr;
    // Ending our connection to debugpy ends the IDE's session: debugpy removes its breakpoints
    // and the runtime runs on. A new IDE may attach (a new connection to debugpy).
    releaseEngine();
    m_engineUp = false;
    m_pendingToEngine.clear();
    Q_EMIT clientDetached();
}

} // namespace lambdesk::debug
