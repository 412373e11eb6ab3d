#pragma once

#include <QByteArray>
#include <QObject>

class QTcpServer;
class QTcpSocket;

namespace lambdesk::debug {

// External mode (debug::Options::externalPort): listens on 127.0.0.1:<listenPort> for one IDE
// (VS Code's or PyCharm's Python attach), connects it to debugpy on 127.0.0.1:<enginePort> and
// forwards every byte both ways unchanged. It reads the engine->IDE direction only to see when
// the runtime stops and runs again (stopped/continued events, and the responses to
// continue/next/stepIn/stepOut), so the environment can hold its timeout clock.
class DapProxy : public QObject
{
    Q_OBJECT
public:
    explicit DapProxy(QObject *parent = nullptr);
    ~DapProxy() override;

    // Listens; false (with failed()) when the port cannot be had.
    bool listen(quint16 listenPort, quint16 enginePort, int connectTimeoutMs);
    quint16 port() const;
    bool isClientAttached() const;
    void close();

Q_SIGNALS:
    void failed(const QString &message);
    void clientAttached();
    void clientDetached();
    // The IDE is connected to the engine (the runtime waits for the IDE's configurationDone).
    void engineConnected();
    // The engine answered the IDE's configurationDone: the runtime runs.
    void configured();
    void stopped(const QString &reason, const QString &text);
    void continued();
    void engineDisconnected();

private:
    void onNewConnection();
    void connectEngine();
    void onEngineBytes();
    void onClientBytes();
    void dropClient();
    // Ends our connection to debugpy, first letting the runtime run on without a debugger.
    void releaseEngine();

    QTcpServer *m_server = nullptr;
    QTcpSocket *m_client = nullptr;
    QTcpSocket *m_engine = nullptr;
    QByteArray m_watch; // a copy of the engine->IDE bytes, framed for watching
    QByteArray m_pendingToEngine; // IDE bytes before the engine connection is up
    quint16 m_enginePort = 0;
    int m_connectTimeoutMs = 10000;
    qint64 m_deadline = 0;
    bool m_engineUp = false;
    bool m_watchBroken = false;
};

} // namespace lambdesk::debug
