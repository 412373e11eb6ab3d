#pragma once

#include <QTcpServer>

#include <functional>

class QTcpSocket;

namespace lambdesk {

// A loopback port of the Runtime API that asks, once per connection and before any byte is
// read, whether the process at the other end may use it; a connection refused is closed.
class RuntimeApiListener : public QTcpServer
{
    Q_OBJECT
public:
    using Filter = std::function<bool(qintptr socketDescriptor)>;
    explicit RuntimeApiListener(Filter filter, QObject *parent = nullptr);
    // Called with each socket let in, before anyone else (QAbstractHttpServer) connects to it:
    // its readyRead connections come first.
    using SocketHook = std::function<void(QTcpSocket *)>;
    void setSocketHook(SocketHook hook) { m_hook = std::move(hook); }

    int refusedCount() const { return m_refused; }
    // Connections let in so far: a runtime that keeps its connection alive adds one in all.
    int acceptedCount() const { return m_accepted; }

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Filter m_filter;
    SocketHook m_hook;
    int m_refused = 0;
    int m_accepted = 0;
};

} // namespace lambdesk
